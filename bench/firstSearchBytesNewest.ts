/**
 * Benchmark helper: the part of a large archive's site that a first search
 * can touch, when building the whole site takes longer than there is time
 * (100,000 articles: over an hour on a shared 2-core machine).
 *
 *   npx tsx bench/firstSearchBytesNewest.ts --content DIR --out SITE [--shards 2]
 *
 * A first search reads the manifest, the newest shard, and at most one more
 * shard unasked (src/browser/search/shardedSearch.ts). So this
 *  1. reads every article's frontmatter and plans the shards of the whole
 *     archive with the real planner (src/searchIndex/searchShards.ts);
 *  2. builds the articles of the newest `--shards` shards with the real build
 *     (layout and index): their shard plan is the whole archive's, since the
 *     planner packs from the oldest and they begin at a shard boundary;
 *  3. writes the whole archive's manifest (the shards not built listed with
 *     their real dates and counts, their bundles absent: a request for one
 *     would be a 404, which the measurement would show) and the facet files
 *     of all its articles (src/searchIndex/facetCounts.ts).
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { build } from '../src/build.ts';
import { writeFacetFiles } from '../src/searchIndex/facetCounts.ts';
import { SHARDS_MANIFEST, type ShardsManifest, type ShardSummary } from '../src/searchIndex/shardsManifest.ts';
import { DEFAULT_SHARD_ARTICLES, planSearchShards, PRIMARY_BUNDLE } from '../src/searchIndex/searchShards.ts';
import { indexLanguage, type Article } from '../src/model/article.ts';
import { benchArgs } from './benchArgs.ts';

const { values } = benchArgs(
  'bench/firstSearchBytesNewest.ts --content DIR --out SITE [--shards 2]',
  { options: { content: { type: 'string' }, out: { type: 'string' }, shards: { type: 'string', default: '2' } } },
  ['content', 'out'],
);
const contentDir = path.resolve(values.content);
const siteDir = path.resolve(values.out);
const built = Number(values.shards);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

interface Front {
  date: string;
  lang?: string;
  source: { outlet: string; agency?: string };
  dateline?: { place: string };
  tags?: string[];
  people?: string[];
  quotes?: Array<{ text: string; speaker?: string; role?: string }>;
}

/** What the planner and the facet counts read of an article, from its frontmatter (the generator's files are valid). */
function articleOf(fileName: string, text: string): Article {
  const end = text.indexOf('\n---', 4);
  const front = parse(text.slice(4, end)) as Front;
  const date = String(front.date);
  const [year, month, day] = date.slice(0, 10).split('-') as [string, string, string];
  const slug = fileName.replace(/^\d{4}-\d{2}-\d{2}-/, '').replace(/\.md$/, '');
  return {
    ...front,
    date,
    year,
    month,
    day,
    slug,
    url: `/${year}/${month}/${day}/${slug}/`,
    tags: front.tags ?? [],
    people: front.people ?? [],
    quotes: (front.quotes ?? []).map((quote, i) => ({ ...quote, id: `quote-${i + 1}` })),
  } as unknown as Article;
}

let started = performance.now();
const files = (await readdir(contentDir)).filter((name) => name.endsWith('.md')).sort();
const byUrl = new Map<string, string>();
const articles: Article[] = [];
for (const name of files) {
  const article = articleOf(name, await readFile(path.join(contentDir, name), 'utf8'));
  articles.push(article);
  byUrl.set(article.url, name);
}
const plan = planSearchShards(articles, DEFAULT_SHARD_ARTICLES);
log(`${articles.length} articles in ${plan.length} shards, planned in ${Math.round((performance.now() - started) / 1000)} s`);

const newest = plan.slice(-built);
const subsetDir = path.join(path.dirname(siteDir), 'content-newest');
await rm(subsetDir, { recursive: true, force: true });
await mkdir(subsetDir, { recursive: true });
for (const article of newest.flatMap((shard) => shard.articles)) {
  const name = byUrl.get(article.url);
  if (name) await copyFile(path.join(contentDir, name), path.join(subsetDir, name));
}

started = performance.now();
const result = await build({ contentDir: subsetDir, outputDir: siteDir });
if (!result.ok) throw new Error(`${subsetDir} did not build`);
log(`built the newest ${built} shards (${result.archive.articles.length} articles) in ${Math.round((performance.now() - started) / 1000)} s`);

const primary = path.join(siteDir, PRIMARY_BUNDLE);
const builtManifest = JSON.parse(await readFile(path.join(primary, SHARDS_MANIFEST), 'utf8')) as ShardsManifest;
const builtShards = new Map(builtManifest.shards.map((shard) => [shard.bundlePath, shard]));
const summaries: ShardSummary[] = [...plan].reverse().map((shard) => {
  const real = builtShards.get(shard.bundlePath);
  if (real) return real;
  const languages: Record<string, number> = {};
  for (const article of shard.articles) {
    const lang = indexLanguage(article);
    languages[lang] = (languages[lang] ?? 0) + 1 + article.quotes.length;
  }
  return {
    id: shard.id,
    bundlePath: shard.bundlePath,
    from: shard.articles[0]?.date.slice(0, 10) ?? '',
    to: shard.articles.at(-1)?.date.slice(0, 10) ?? '',
    articles: shard.articles.length,
    quotes: shard.articles.reduce((sum, article) => sum + article.quotes.length, 0),
    languages,
  };
});
await rm(path.join(primary, 'facets'), { recursive: true, force: true });
const facets = await writeFacetFiles(primary, articles);
const manifest: ShardsManifest = { version: 2, shards: summaries, facets };
await writeFile(path.join(primary, SHARDS_MANIFEST), `${JSON.stringify(manifest)}\n`);
log(`wrote the manifest of ${summaries.length} shards and the facet files of ${articles.length} articles into ${primary}`);
