/**
 * Runs one command and measures it: wall time, and peak memory —
 * the peak of the summed RSS of the whole process tree (sampled from /proc,
 * so Pagefind's binary, worker processes and Hugo's children count), the
 * largest single process's max RSS as the kernel reports it (`/usr/bin/time`),
 * and each command's largest single process as sampled (Node, Pagefind, …):
 * issue 11's memory target is per process, not the tree's sum.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface RunResult {
  command: string;
  exitCode: number;
  wallMs: number;
  /** Peak of the summed RSS of the process and all its descendants, sampled every `sampleMs`. */
  peakTreeRssBytes: number;
  /** ru_maxrss of the largest single process in the tree (GNU time), when available. */
  maxProcessRssBytes?: number;
  /** The largest single process of the tree: the larger of GNU time's figure and the samples. */
  peakProcessRssBytes: number;
  /** Per command name (`/proc/PID/stat`'s, e.g. `node`, `pagefind_extend`), its largest single process as sampled. */
  peakRssByCommand: Record<string, number>;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
}

const PAGE_SIZE = 4096;
const GNU_TIME = '/usr/bin/time';

interface ProcessRow {
  ppid: number;
  rss: number;
  command: string;
}

async function processTable(): Promise<Map<number, ProcessRow>> {
  const table = new Map<number, ProcessRow>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const statText = await readFile(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const rssPages = Number(fields[21]);
      const command = statText.slice(statText.indexOf('(') + 1, statText.lastIndexOf(')'));
      table.set(Number(name), { ppid, rss: rssPages * PAGE_SIZE, command });
    } catch {
      // The process ended between readdir and readFile.
    }
  }
  return table;
}

/** The tree's summed RSS, and each of its processes. */
async function treeRss(root: number): Promise<{ total: number; processes: ProcessRow[] }> {
  const table = await processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const processes: ProcessRow[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const row = table.get(pid);
    if (row) {
      total += row.rss;
      processes.push(row);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, processes };
}

export async function measure(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useTime
    ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (stderr.length > 1_000_000) stderr = stderr.slice(-500_000);
  });

  let peak = 0;
  const byCommand: Record<string, number> = {};
  let sampling = true;
  const sampler = (async () => {
    while (sampling && child.pid !== undefined) {
      const tree = await treeRss(child.pid);
      peak = Math.max(peak, tree.total);
      for (const row of tree.processes) byCommand[row.command] = Math.max(byCommand[row.command] ?? 0, row.rss);
      await new Promise((resolve) => setTimeout(resolve, options.sampleMs ?? 100));
    }
  })();
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - started;
  sampling = false;
  await sampler;

  let maxProcessRssBytes: number | undefined;
  if (useTime) {
    try {
      const lines = (await readFile(timeFile, 'utf8')).trim().split('\n');
      const kb = Number(lines[lines.length - 1]);
      if (Number.isFinite(kb)) maxProcessRssBytes = kb * 1024;
    } catch {
      // time wrote nothing (the command could not start).
    }
    await rm(timeFile, { force: true });
  }
  return {
    command: [command, ...args].join(' '),
    exitCode,
    wallMs,
    peakTreeRssBytes: Math.max(peak, maxProcessRssBytes ?? 0),
    ...(maxProcessRssBytes === undefined ? {} : { maxProcessRssBytes }),
    peakProcessRssBytes: Math.max(maxProcessRssBytes ?? 0, ...Object.values(byCommand)),
    peakRssByCommand: byCommand,
    stdout,
    stderr,
  };
}

/** Total size in bytes and number of files under `dir` (0 when it does not exist). */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
