/**
 * `npm run bench -- --parts N`: a build split across N runners (issue 15),
 * simulated on this machine. One generated archive; a one-machine cold build
 * of it; then each part built cold, one after another, in a clean copy of
 * its own (its own content folder and caches, as a CI runner has), and the
 * join. Reports each part's stages, the slowest part plus the join against
 * the one-machine build, and whether the joined site is byte-identical to
 * the one-machine site. Each build runs in a process of its own (this file,
 * `--child`), so its peak memory is its own.
 *
 *   node --import tsx bench/parts.ts --size 10000 --parts 3 [--seed TEXT] [--keep]
 *   node --import tsx bench/parts.ts --size 100000 --parts 3 --only 1     one part alone
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseChildResult, RESULT_PREFIX, type ChildResult } from './childResult.ts';
import { DEFAULT_SEED, writeArchive } from './generate.ts';
import { measure } from './measure.ts';
import { listFiles } from '../src/pipeline/partManifest.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SELF = fileURLToPath(import.meta.url);

export interface TimedBuild {
  wallMs: number;
  peakRssBytes: number;
  stagesMs: Record<string, number>;
  /** Bodies rendered (not from the cache). */
  rendered?: number;
  files?: number;
}

export interface PartsResult {
  articles: number;
  parts: number;
  loadAverage: { before: number; after: number };
  whole: TimedBuild;
  each: TimedBuild[];
  join: TimedBuild;
  slowestPartMs: number;
  /** Slowest part + join, as CI would see it with every part on a runner of its own. */
  splitMs: number;
  splitVsWhole: number;
  /** The joined site equals the one-machine site, file by file. */
  identical: boolean;
  differingFiles: number;
}

/** Every file of a site by path, with its SHA-256 (the manifest's own listing). */
async function treeDigest(dir: string): Promise<Map<string, string>> {
  return new Map((await listFiles(dir)).map((file) => [file.path, file.sha256]));
}

async function child(args: string[]): Promise<TimedBuild> {
  const run = await measure(process.execPath, ['--import', 'tsx', SELF, '--child', ...args], { cwd: ROOT });
  const result: ChildResult | undefined = parseChildResult(run.stdout);
  if (run.exitCode !== 0 || !result?.ok) throw new Error(`${args.join(' ')}: exit ${run.exitCode}\n${run.stderr.trim().split('\n').slice(-10).join('\n')}`);
  const render = result.render as { rendered?: number } | undefined;
  return {
    wallMs: run.wallMs,
    peakRssBytes: run.peakTreeRssBytes,
    stagesMs: result.timings,
    ...(render?.rendered === undefined ? {} : { rendered: render.rendered }),
    ...(result.pages === undefined ? {} : { files: result.pages }),
  };
}

export async function runParts(options: { size: number; parts: number; seed?: string; keep?: boolean; log?: (line: string) => void }): Promise<PartsResult> {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const work = await mkdtemp(path.join(tmpdir(), 'bench-parts-'));
  const before = loadavg()[0]!;
  try {
    const source = path.join(work, 'whole', 'content');
    await writeArchive(source, { count: options.size, seed: options.seed ?? DEFAULT_SEED });
    log(`  ${options.size} articles generated; one machine, cold:`);
    const whole = await child(['--content', source, '--output', path.join(work, 'whole', '_site')]);
    log(`    ${(whole.wallMs / 1000).toFixed(1)} s`);
    const each: TimedBuild[] = [];
    const dirs: string[] = [];
    for (let k = 1; k <= options.parts; k++) {
      // A clean copy: its own content folder and caches, as a runner of its own has.
      const copy = path.join(work, `runner-${k}`);
      await mkdir(copy, { recursive: true });
      await cp(source, path.join(copy, 'content'), { recursive: true });
      const out = path.join(work, 'parts', String(k));
      each.push(await child(['--content', path.join(copy, 'content'), '--output', out, '--part', `${k}/${options.parts}`]));
      dirs.push(out);
      log(`    part ${k}/${options.parts}: ${(each.at(-1)!.wallMs / 1000).toFixed(1)} s, ${each.at(-1)!.rendered ?? '?'} bodies rendered`);
      // The runner's caches go with it.
      await rm(copy, { recursive: true, force: true });
    }
    const joined = path.join(work, 'joined');
    const join = await child(['--join', ...dirs, '--output', joined]);
    log(`    join: ${(join.wallMs / 1000).toFixed(1)} s`);
    const a = await treeDigest(path.join(work, 'whole', '_site'));
    const b = await treeDigest(joined);
    const names = new Set([...a.keys(), ...b.keys()]);
    const differingFiles = [...names].filter((name) => a.get(name) !== b.get(name)).length;
    const slowestPartMs = Math.max(...each.map((part) => part.wallMs));
    return {
      articles: options.size,
      parts: options.parts,
      loadAverage: { before, after: loadavg()[0]! },
      whole,
      each,
      join,
      slowestPartMs,
      splitMs: slowestPartMs + join.wallMs,
      splitVsWhole: (slowestPartMs + join.wallMs) / whole.wallMs,
      identical: differingFiles === 0,
      differingFiles,
    };
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
  }
}

/** One build or join in this process; one `BENCH_RESULT` line on stdout. */
async function childMain(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { child: { type: 'boolean' }, content: { type: 'string' }, output: { type: 'string' }, part: { type: 'string' }, join: { type: 'boolean' } },
  });
  let report: ChildResult;
  if (values.join) {
    const { joinParts } = await import('../src/pipeline/joinParts.ts');
    const joined = await joinParts(positionals, values.output!);
    report = { ok: true, articles: 0, pages: joined.files, timings: joined.timings, nodeMaxRssBytes: process.resourceUsage().maxRSS * 1024 };
  } else {
    const { build } = await import('../src/build.ts');
    const { parsePart } = await import('../src/pipeline/parts.ts');
    const result = await build({ contentDir: values.content!, outputDir: values.output!, ...(values.part ? { part: parsePart(values.part) } : {}) });
    report = {
      ok: result.ok,
      articles: result.archive.articles.length,
      timings: result.timings as Record<string, number>,
      nodeMaxRssBytes: process.resourceUsage().maxRSS * 1024,
      render: result.archive.render,
    };
  }
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(report)}\n`, () => process.exit(report.ok ? 0 : 1));
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The figures as a Markdown table. */
export function partsTable(result: PartsResult): string {
  const stages = ['load', 'validate', 'plan', 'render', 'layout', 'index', 'manifest', 'publish'];
  const row = (name: string, run: TimedBuild) =>
    `| ${name} | ${seconds(run.wallMs)} | ${stages.map((stage) => (run.stagesMs[stage] === undefined ? '–' : seconds(run.stagesMs[stage]!))).join(' | ')} | ${run.rendered ?? '–'} | ${(run.peakRssBytes / 2 ** 30).toFixed(2)} GiB |`;
  return [
    `| build | wall | ${stages.join(' | ')} | bodies rendered | peak RSS |`,
    `|---|---|${stages.map(() => '---').join('|')}|---|---|`,
    row('one machine', result.whole),
    ...result.each.map((run, i) => row(`part ${i + 1}/${result.parts}`, run)),
    `| join | ${seconds(result.join.wallMs)} | ${Object.entries(result.join.stagesMs).map(([step, ms]) => `${step} ${seconds(ms)}`).join(', ')} |`,
    '',
    `Slowest part + join: ${seconds(result.splitMs)} against ${seconds(result.whole.wallMs)} on one machine (${result.splitVsWhole.toFixed(2)}×); ` +
      `joined site ${result.identical ? 'byte-identical to' : `differs in ${result.differingFiles} files from`} the one-machine site; ` +
      `load average ${result.loadAverage.before.toFixed(1)} → ${result.loadAverage.after.toFixed(1)}.`,
  ].join('\n');
}

/** One part alone, cold, in a clean copy (`--only K`): a large archive's slowest part without the hour the rest takes. */
export async function runOnePart(options: { size: number; parts: number; k: number; seed?: string }): Promise<TimedBuild> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-part-'));
  try {
    const content = path.join(work, 'content');
    await writeArchive(content, { count: options.size, seed: options.seed ?? DEFAULT_SEED });
    return await child(['--content', content, '--output', path.join(work, 'part'), '--part', `${options.k}/${options.parts}`]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const args = process.argv.slice(2);
  if (args.includes('--child')) await childMain(args);
  else {
    const { values } = parseArgs({
      options: { size: { type: 'string', default: '10000' }, parts: { type: 'string', default: '3' }, seed: { type: 'string' }, keep: { type: 'boolean', default: false }, only: { type: 'string' } },
    });
    if (values.only) {
      const run = await runOnePart({ size: Number(values.size), parts: Number(values.parts), k: Number(values.only), ...(values.seed ? { seed: values.seed } : {}) });
      process.stdout.write(`${JSON.stringify({ loadAverage: loadavg()[0], ...run }, null, 2)}\n`);
      process.exit(0);
    }
    const result = await runParts({ size: Number(values.size), parts: Number(values.parts), keep: values.keep, ...(values.seed ? { seed: values.seed } : {}) });
    process.stderr.write(`${partsTable(result)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }
}
