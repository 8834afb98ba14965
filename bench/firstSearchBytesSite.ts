/**
 * Benchmark helper: a site to measure the first search on, built in two
 * steps so the search can be re-indexed and re-measured without laying out
 * 100,000 pages again (an hour on this machine).
 *
 *   npx tsx bench/firstSearchBytesSite.ts --content DIR --out SITE [--layout] [--layout-only]
 *
 * `--layout` (or a SITE without pages) lays the whole archive out with the
 * real build, index skipped. Every run then reloads the archive (render
 * cache on disk), indexes it with the real index stage (bundle cache in
 * SITE/../search-cache), and replaces the search page, its scripts and CSS
 * with those of a fresh build of the repository's own content: the search
 * page is the same for every archive (it reads the index's manifest), so
 * this is what a full build would publish.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from '../src/build.ts';
import { buildSearchIndex } from '../src/searchIndex/searchIndex.ts';
import { loadArchive } from '../src/loadArchive.ts';
import { benchArgs } from './benchArgs.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = benchArgs(
  'bench/firstSearchBytesSite.ts --content DIR --out SITE [--layout] [--layout-only]',
  {
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      layout: { type: 'boolean', default: false },
      'layout-only': { type: 'boolean', default: false },
    },
  },
  ['content', 'out'],
);
const contentDir = path.resolve(values.content);
const siteDir = path.resolve(values.out);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

let started = performance.now();
if (values.layout || !existsSync(path.join(siteDir, 'index.html'))) {
  const built = await build({ contentDir, outputDir: siteDir, skipIndex: true });
  if (!built.ok) throw new Error(`${contentDir} did not build`);
  log(`laid out ${built.archive.articles.length} articles in ${Math.round((performance.now() - started) / 1000)} s`);
}
if (values['layout-only']) process.exit(0);

started = performance.now();
const archive = await loadArchive({ contentDir, includeDrafts: false });
if (!archive.ok) throw new Error(`${contentDir} did not load`);
log(`loaded ${archive.articles.length} articles in ${Math.round((performance.now() - started) / 1000)} s`);

started = performance.now();
const indexed = await buildSearchIndex(siteDir, archive.articles, { cacheDir: path.join(path.dirname(siteDir), 'search-cache') });
const cached = indexed.shards.filter((shard) => shard.cached).length;
log(`indexed ${indexed.pages} pages and ${indexed.quotes} quotes in ${indexed.shards.length} shards (${cached} cached) in ${Math.round((performance.now() - started) / 1000)} s`);

const fresh = await mkdtemp(path.join(os.tmpdir(), 'search-page-'));
try {
  const small = await build({ contentDir: path.join(ROOT, 'content'), outputDir: fresh, skipIndex: true });
  if (!small.ok) throw new Error('the repository content did not build');
  for (const part of ['search', 'js', 'css']) {
    await rm(path.join(siteDir, part), { recursive: true, force: true });
    await cp(path.join(fresh, part), path.join(siteDir, part), { recursive: true });
  }
} finally {
  await rm(fresh, { recursive: true, force: true });
}
log(`search page, scripts and CSS replaced from a fresh build: ${siteDir}`);
