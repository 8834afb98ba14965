/**
 * Index stage alone (issue 11, item 4), on a site already built from the
 * same content: loads the archive (bodies from the render cache), then builds
 * the search index afresh (no bundle cache) into that site, and prints the
 * stage's wall time and how many Pagefind processes ran at once.
 *
 *   node --import tsx bench/indexStage.ts --content DIR --site DIR [--shard 2000] [--at-once 1]
 */
import { loadArchive } from '../src/loadArchive.ts';
import { buildSearchIndex, concurrentShards } from '../src/searchIndex/searchIndex.ts';
import { planSearchShards, DEFAULT_SHARD_ARTICLES } from '../src/searchIndex/searchShards.ts';
import { benchArgs } from './benchArgs.ts';

const { values } = benchArgs(
  'bench/indexStage.ts --content DIR --site DIR [--shard N] [--at-once N]',
  { options: { content: { type: 'string' }, site: { type: 'string' }, shard: { type: 'string' }, 'at-once': { type: 'string' } } },
  ['content', 'site'],
);
const maxArticlesPerShard = Number(values.shard ?? DEFAULT_SHARD_ARTICLES);
const archive = await loadArchive({ contentDir: values.content });
if (!archive.ok) throw new Error('the content has errors: run npm run check');
const shards = planSearchShards(archive.articles, maxArticlesPerShard);
const atOnce = values['at-once'] === undefined ? concurrentShards(shards) : Number(values['at-once']);
const started = performance.now();
const result = await buildSearchIndex(values.site, archive.articles, { cacheDir: null, maxArticlesPerShard, concurrentShards: atOnce });
const line = {
  articles: archive.articles.length,
  shards: result.shards.length,
  atOnce,
  indexMs: Math.round(performance.now() - started),
};
process.stdout.write(`${JSON.stringify(line)}\n`, () => process.exit(0));
