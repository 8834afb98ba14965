/**
 * Layout stage alone (issue 11, session 5): loads the archive (bodies from
 * the render cache when a build ran before), computes the site data, then
 * lays the site out pass by pass into OUT, printing each pass's pages, wall
 * time and this process's CPU time — Eleventy's start-up per pass against
 * its cost per page.
 *
 * `--heap`: how the heap is kept between passes (session 7): `default` (V8's own growth), `layout` (the
 * layout's, src/pipeline/passGarbage.ts), `collect` (a full collection after each pass), `hold` (V8's heap growth
 * held to 50 %); each line has the pass's largest RSS and heap (sampled every 50 ms) too. On the shared machine
 * the CPU of six 10k passes swung 9.6-15.7 s for the same mode: compare modes alternated, several times.
 *
 *   node --import tsx bench/layoutStage.ts --content DIR --out DIR [--pass-pages 2500] [--passes N] [--heap hold]
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rm } from 'node:fs/promises';
import { runEleventy } from '../src/layout/runEleventy.ts';
import { DEFAULT_PASS_PAGES, planLayoutPasses } from '../src/layout/layoutPasses.ts';
import { siteData } from '../src/layout/siteData.ts';
import { pageCount } from '../src/pipeline/changedPages.ts';
import { loadArchive } from '../src/loadArchive.ts';
import { loadSiteSettings } from '../src/site.ts';
import { fullCollection, PassGarbage } from '../src/pipeline/passGarbage.ts';
import { benchArgs } from './benchArgs.ts';

const { values } = benchArgs(
  'bench/layoutStage.ts --content DIR --out DIR [--pass-pages N] [--passes N] [--heap hold|layout|collect]',
  { options: { content: { type: 'string' }, out: { type: 'string' }, 'pass-pages': { type: 'string' }, passes: { type: 'string' }, heap: { type: 'string', default: 'default' } } },
  ['content', 'out'],
);
const site = loadSiteSettings({ projectDir: process.cwd(), env: {} }).settings;
const archive = await loadArchive({ contentDir: values.content });
if (!archive.ok) throw new Error('the content has errors: run npm run check');
const data = await siteData(archive, { site });
const passes = planLayoutPasses(data, Number(values['pass-pages'] ?? DEFAULT_PASS_PAGES)).slice(0, Number(values.passes ?? Infinity));
await rm(values.out, { recursive: true, force: true });
const lines: string[] = [];
if (values.heap === 'hold') setFlagsFromString('--heap-growing-percent=50');
const garbage = values.heap === 'layout' ? new PassGarbage(fullCollection()) : undefined;
let collect: (() => void) | undefined;
if (values.heap === 'collect') {
  setFlagsFromString('--expose-gc');
  collect = runInNewContext('gc') as () => void;
}
const MB = 2 ** 20;
let peak = { rssMB: 0, heapMB: 0 };
const sampling = setInterval(() => {
  peak = { rssMB: Math.max(peak.rssMB, Math.round(process.memoryUsage.rss() / MB)), heapMB: Math.max(peak.heapMB, Math.round(getHeapStatistics().used_heap_size / MB)) };
}, 50);
const allCpu = process.cpuUsage();
for (const [index, pass] of passes.entries()) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  peak = { rssMB: 0, heapMB: 0 };
  await runEleventy({ outputDir: values.out, site, data }, [pass]);
  collect?.();
  garbage?.afterPass();
  const used = process.cpuUsage(cpu);
  lines.push(JSON.stringify({ pass: index, pages: pageCount(pass), wallMs: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), ...peak }));
}
clearInterval(sampling);
const used = process.cpuUsage(allCpu);
lines.push(JSON.stringify({ heap: values.heap, passes: passes.length, cpuMs: Math.round((used.user + used.system) / 1000), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
process.stdout.write(`${lines.join('\n')}\n`, () => process.exit(0));
