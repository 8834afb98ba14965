/**
 * A cold build's content stages alone — load, validate and render, as
 * src/build.ts runs them (build state and render cache from nothing, bodies
 * deferred) — each run in a fresh Node process. Prints per run the wall
 * time, the CPU of the main thread (the build's critical path: what a quiet
 * machine waits for) and of the whole process (worker threads and V8's
 * helpers too), the stage lines and the workers used; then medians. Issue
 * 11, item 4 (docs/PERFORMANCE.md, session 10).
 *
 *   npx tsx bench/contentStages.ts --content /tmp/cold10/content [--repeat 3] [--workers N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArchive } from '../src/loadArchive.ts';
import { benchArgs } from './benchArgs.ts';

const { values } = benchArgs(
  'bench/contentStages.ts --content DIR [--repeat 3] [--workers N]',
  {
    options: {
      content: { type: 'string' },
      repeat: { type: 'string', default: '3' },
      workers: { type: 'string' },
      child: { type: 'boolean', default: false },
    },
  },
  ['content'],
);
const contentDir = path.resolve(values.content);

interface Run {
  files: number;
  wallMs: number;
  mainCpuMs: number;
  processCpuMs: number;
  workers: number;
  load: number;
  validate: number;
  render: number;
}

/** The main thread's user + system CPU so far (Linux: /proc/self/task/PID/stat, fields 14 and 15, in clock ticks of 10 ms). */
function mainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

if (values.child) {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'content-stages-'));
  try {
    const cpu = process.cpuUsage();
    const main = mainThreadCpuMs();
    const started = performance.now();
    const archive = await loadArchive({
      contentDir,
      cacheDir,
      state: new Map(),
      deferBodies: true,
      ...(values.workers === undefined ? {} : { workers: Number(values.workers) }),
    });
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const run: Run = {
      files: archive.files.length,
      wallMs,
      mainCpuMs: mainThreadCpuMs() - main,
      processCpuMs: (used.user + used.system) / 1000,
      workers: archive.render.workers,
      ...archive.timings,
    };
    console.log(JSON.stringify(run));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  process.exit(0);
} else {
  const runs: Run[] = [];
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--content', contentDir, ...(values.workers === undefined ? [] : ['--workers', values.workers])];
  const seconds = (ms: number): string => (ms / 1000).toFixed(1);
  for (let i = 0; i < Number(values.repeat); i++) {
    const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
    const run = JSON.parse(out.trim().split('\n').at(-1)!) as Run;
    runs.push(run);
    console.log(
      `run ${i + 1}: wall ${seconds(run.wallMs)} s, CPU main thread ${seconds(run.mainCpuMs)} s, process ${seconds(run.processCpuMs)} s (${run.workers} workers); load ${seconds(run.load)}, validate ${seconds(run.validate)}, render ${seconds(run.render)} s`,
    );
  }
  const median = (key: keyof Run) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  console.log(
    `${runs[0]!.files} files, median of ${runs.length}: wall ${seconds(median('wallMs'))} s, CPU main thread ${seconds(median('mainCpuMs'))} s, process ${seconds(median('processCpuMs'))} s`,
  );
}
