/**
 * Benchmark by hand (issue 11, session 5): one article's title and body
 * changed in a generated archive (bench/generate.ts), then a build, in this
 * process; prints one JSON line: wall and CPU time of the build, its stage
 * timings and what it laid out. Without `--edit`, a build of what is there
 * (the first, cold one). Run it under `/usr/bin/time -v` for the peak RSS,
 * with `--cpu-prof` for a profile.
 *
 *   node --import tsx bench/oneArticle.ts --root DIR [--edit 1500 --tag e1] [--clean]
 *
 * DIR holds `content/`; the site is built into `DIR/_site`, its state in `DIR/.cache`.
 * `--edit N`: the Nth article file in name order (or the first whose name starts with N).
 * The line also holds, per stage, the largest RSS and heap sampled (every 200 ms, between the start of the
 * stage's progress line and the next one's: the site data is computed under `render`'s) and what each stage said.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from '../src/build.ts';
import type { Reporter } from '../src/report/progress.ts';
import { benchArgs } from './benchArgs.ts';

const { values } = benchArgs(
  'bench/oneArticle.ts --root DIR [--edit N --tag TEXT] [--clean]',
  { options: { root: { type: 'string' }, edit: { type: 'string' }, tag: { type: 'string', default: 'edited' }, clean: { type: 'boolean', default: false } } },
  ['root'],
);
const content = path.join(values.root, 'content');
const tag = values.tag;
if (values.edit !== undefined) {
  const names = (await readdir(content)).filter((name) => name.endsWith('.md')).sort();
  const name = names.find((candidate) => candidate.startsWith(values.edit!)) ?? names[Number(values.edit)];
  if (!name) throw new Error(`--edit ${values.edit}: Unexpected article, expected a number below ${names.length} or the start of a file name`);
  const file = path.join(content, name);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^title: "(.*)"$/m, `title: "$1 ${tag}"`).replace(/\n$/, `\n\nAn added paragraph ${tag}.\n`));
  process.stderr.write(`edited ${file}\n`);
}
const MB = 1024 * 1024;
const memory: Record<string, { rssMB: number; heapMB: number }> = {};
const said: Record<string, string> = {};
let current = 'start';
const sample = (): void => {
  const { rss, heapUsed } = process.memoryUsage();
  const known = (memory[current] ??= { rssMB: 0, heapMB: 0 });
  known.rssMB = Math.max(known.rssMB, Math.round(rss / MB));
  known.heapMB = Math.max(known.heapMB, Math.round(heapUsed / MB));
};
const sampling = setInterval(sample, 200);
const notes: string[] = [];
const reporter: Reporter = {
  notes,
  note: (line) => void notes.push(line),
  stage(name) {
    sample();
    current = name;
    return { tick() {}, end: (detail) => void (said[name] = detail ?? '') };
  },
};
const started = performance.now();
const cpu = process.cpuUsage();
const result = await build({ contentDir: content, outputDir: path.join(values.root, '_site'), clean: values.clean, reporter });
const used = process.cpuUsage(cpu);
sample();
clearInterval(sampling);
const line = {
  tag,
  ok: result.ok,
  wallMs: Math.round(performance.now() - started),
  cpuUserMs: Math.round(used.user / 1000),
  cpuSystemMs: Math.round(used.system / 1000),
  timings: Object.fromEntries(Object.entries(result.timings).map(([stage, ms]) => [stage, Math.round(ms ?? 0)])),
  layout: result.layout,
  notes: result.notes,
  said,
  memory,
};
process.stdout.write(`${JSON.stringify(line)}\n`, () => process.exit(0));
