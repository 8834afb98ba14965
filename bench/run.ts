/**
 * `npm run bench`: generated archives of growing size, built by ours (cold
 * and warm), by plain Eleventy (baseline) and by Hugo + Pagefind's CLI, on
 * the same articles in the same run. Prints a table (stderr when --json) and
 * JSON; `--out docs/PERFORMANCE.md` writes the report and its SVG chart.
 * A benchmark, not a test: nothing here asserts a time.
 *
 *   npm run bench -- --sizes 1000,10000 [--repeat 3] [--json] [--json-out FILE]
 *                    [--out docs/PERFORMANCE.md] [--no-hugo] [--no-baseline] [--no-dev-edit]
 *                    [--seed TEXT] [--query WORD] [--keep] [--include EARLIER.json]
 *   npm run bench -- --parts 3 --sizes 10000     a build split across 3 runners, simulated (bench/parts.ts)
 *
 * `--include` adds the sizes of an earlier run's `--json-out` (a 100k run takes
 * an hour: it is run on its own and merged into the report, marked as such).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { firstSearchAvailable } from './firstSearchHook.ts';
import { DEFAULT_SEED } from './generate.ts';
import { pagefindBinary } from './competitors.ts';
import { extractNotes, renderChart, renderMarkdown, renderTable, type BenchReport, type Machine } from './report.ts';
import { runSuite, type SizeResult } from './suite.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    repeat: { type: 'string' },
    json: { type: 'boolean', default: false },
    'json-out': { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: DEFAULT_SEED },
    query: { type: 'string', default: 'yerevan' },
    'no-hugo': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-dev-edit': { type: 'boolean', default: false },
    include: { type: 'string', multiple: true },
    keep: { type: 'boolean', default: false },
    parts: { type: 'string' },
  },
});

const sizes = values.sizes.split(',').map((s) => Number(s.replace(/k$/i, '000').replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected counts such as 1000,10000; got ${values.sizes}`);
/** Medians of 3 on small archives; one run on big ones unless asked. */
const repeatFor = (size: number): number => (values.repeat ? Math.max(1, Number(values.repeat)) : size <= 1000 ? 3 : 1);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

const run = (file: string, args: string[]): string => {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

function ensureHugo(): boolean {
  if (run('hugo', ['version'])) return true;
  log('Hugo is missing: running bench/setup-hugo.sh');
  spawnSync('bash', [path.join(ROOT, 'bench', 'setup-hugo.sh')], { stdio: ['ignore', 2, 2] });
  return run('hugo', ['version']) !== '';
}

function machine(): Machine {
  const pagefind = pagefindBinary();
  const eleventy = run(process.execPath, [path.join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'), '--version']);
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    nproc: Number(run('nproc', [])) || os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    eleventy,
    hugo: run('hugo', ['version']).split(' ').slice(0, 2).join(' '),
    pagefind: pagefind ? run(pagefind, ['--version']) : '',
  };
}

if (values.parts) {
  // Issue 15's simulation alone: parts one after another, the join, against one machine.
  const { partsTable, runParts } = await import('./parts.ts');
  const results = [];
  for (const size of sizes) {
    log(`${size} articles in ${values.parts} parts:`);
    const result = await runParts({ size, parts: Number(values.parts), seed: values.seed, keep: values.keep, log });
    log(partsTable(result));
    results.push(result);
  }
  if (values['json-out']) await writeFile(values['json-out'], JSON.stringify(results, null, 2) + '\n');
  process.exit(0);
}

const hugo = !values['no-hugo'] && ensureHugo();
if (!values['no-hugo'] && !hugo) log('Hugo could not be installed: its column is left out.');
if (!pagefindBinary()) log("Pagefind's CLI binary was not found under node_modules/@pagefind: the Hugo column is left out.");
const searchMissing = firstSearchAvailable();
if (searchMissing) log(`First search bytes not measured: ${searchMissing}.`);

const report: BenchReport = {
  date: new Date().toISOString(),
  commit: run('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']),
  seed: values.seed,
  query: values.query,
  machine: machine(),
  results: [],
};

for (const size of sizes) {
  log(`${size} articles:`);
  const result: SizeResult = await runSuite({
    size,
    seed: values.seed,
    repeat: repeatFor(size),
    baseline: !values['no-baseline'],
    hugo,
    devEdit: !values['no-dev-edit'],
    query: values.query,
    keep: values.keep,
    log,
  });
  report.results.push(result);
  // Partial results survive a later size that runs out of time or memory.
  if (values['json-out']) await mkdir(path.dirname(values['json-out']), { recursive: true });
  if (values['json-out']) await writeFile(values['json-out'], JSON.stringify(report, null, 2) + '\n');
}

for (const file of values.include ?? []) {
  const earlier = JSON.parse(await readFile(file, 'utf8')) as BenchReport;
  for (const result of earlier.results) {
    if (report.results.some((r) => r.articles === result.articles)) continue;
    report.results.push({ ...result, from: { commit: earlier.commit, date: earlier.date } });
  }
}
report.results.sort((a, b) => a.articles - b.articles);

const table = renderTable(report);
if (values.json) {
  log(table);
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  process.stdout.write(table + '\n');
}
if (values.out) {
  const svgPath = path.join(path.dirname(values.out), 'performance.svg');
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(svgPath, renderChart(report));
  const notes = existsSync(values.out) ? extractNotes(await readFile(values.out, 'utf8')) : undefined;
  await writeFile(values.out, renderMarkdown(report, path.basename(svgPath), notes));
  log(`Wrote ${values.out} and ${svgPath}`);
}
