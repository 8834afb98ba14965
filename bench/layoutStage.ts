/**
 * Layout stage alone (issue 11, session 5): loads the archive (bodies from
 * the render cache when a build ran before), computes the site data, then
 * lays the site out pass by pass into OUT, printing each pass's pages, wall
 * time and this process's CPU time — Eleventy's start-up per pass against
 * its cost per page.
 *
 *   node --import tsx bench/layoutStage.ts --content DIR --out DIR [--pass-pages 2500] [--passes N]
 */
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runEleventy } from '../src/layout/runEleventy.ts';
import { DEFAULT_PASS_PAGES, planLayoutPasses } from '../src/layout/layoutPasses.ts';
import { siteData } from '../src/layout/siteData.ts';
import { pageCount } from '../src/pipeline/changedPages.ts';
import { loadArchive } from '../src/loadArchive.ts';
import { loadSiteSettings } from '../src/site.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, out: { type: 'string' }, 'pass-pages': { type: 'string' }, passes: { type: 'string' } },
});
if (!values.content || !values.out) throw new Error('Usage: layoutStage.ts --content DIR --out DIR [--pass-pages N] [--passes N]');
const site = loadSiteSettings({ projectDir: process.cwd(), env: {} }).settings;
const archive = await loadArchive({ contentDir: values.content });
if (!archive.ok) throw new Error('the content has errors: run npm run check');
const data = await siteData(archive, { site });
const passes = planLayoutPasses(data, Number(values['pass-pages'] ?? DEFAULT_PASS_PAGES)).slice(0, Number(values.passes ?? Infinity));
await rm(values.out, { recursive: true, force: true });
const lines: string[] = [];
for (const [index, pass] of passes.entries()) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await runEleventy({ outputDir: values.out, site, data }, [pass]);
  const used = process.cpuUsage(cpu);
  lines.push(JSON.stringify({ pass: index, pages: pageCount(pass), wallMs: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) }));
}
process.stdout.write(`${lines.join('\n')}\n`, () => process.exit(0));
