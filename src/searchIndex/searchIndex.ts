/**
 * Index: Pagefind's Node API over the laid-out article pages, one bundle per
 * shard (searchShards.ts), each in a Pagefind process of its own so that
 * memory is bounded by a shard, not by the archive. Only elements marked
 * `data-pagefind-body` (article bodies) are indexed; filters, metadata and
 * the date sort come from data attributes the article template writes. The
 * articles' quotes are added as results of their own (quoteRecords.ts).
 * A shard whose pages and quotes are unchanged is taken from the bundle
 * cache (bundleCache.ts). `pagefind/shards.json` tells the search page which
 * bundles there are, newest first; `pagefind/facets/` holds the facet values
 * and counts (facetCounts.ts). https://pagefind.app/docs/node-api/
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, freemem } from 'node:os';
import type { Article } from '../model/article.ts';
import { packageVersion } from '../util/packageVersion.ts';
import { BundleCache, bundleKey } from './bundleCache.ts';
import { PAGE_KEYS_FILE, PageKeys } from './pageKeys.ts';
import { writeFacetFiles } from './facetCounts.ts';
import { quoteRecords } from './quoteRecords.ts';
import { DEFAULT_SHARD_ARTICLES, planSearchShards, PRIMARY_BUNDLE, type SearchShard } from './searchShards.ts';

/** The shard list the search page reads, in the primary bundle. */
export const SHARDS_MANIFEST = 'shards.json';
const BATCH = 256;
/**
 * Most Pagefind processes at once. Each holds its shard's whole index in
 * memory (about 1 GB at 2,000 articles with their quotes). Measured on the
 * 2-core machine, 4,000 articles in 3 shards: two at once 7.7 s against
 * 10.9 s one after another at load 2-5 (the tree's peak 1.1 → 2.0 GiB), but
 * slower under load 8-14, when the second core was taken (docs/PERFORMANCE.md,
 * "Both cores"). CI runners are not shared: one process per core, at most two.
 */
const MAX_CONCURRENT_SHARDS = 2;
/** Memory one Pagefind process needs per article of its shard (measured: about 0.5 MB with quotes, plus headroom). */
const BYTES_PER_SHARD_ARTICLE = 600_000;

type PagefindApi = typeof import('pagefind');

/**
 * Pagefind's Node API keeps one service process per module instance, and
 * `close()` ends it. Every slot running at once gets a module instance of its
 * own (the same file under another URL), hence a process of its own, which
 * closing frees without ending the other shard's.
 */
function pagefindInstance(slot: number): Promise<PagefindApi> {
  const url = import.meta.resolve('pagefind');
  return import(slot === 0 ? url : `${url}?slot=${slot}`) as Promise<PagefindApi>;
}

/** How many shards to index at once: one per core, at most two, and only as many as free memory holds. */
export function concurrentShards(
  shards: readonly SearchShard[],
  { freeBytes = freemem(), cores = availableParallelism() }: { freeBytes?: number; cores?: number } = {},
): number {
  const largest = Math.max(0, ...shards.map((shard) => shard.articles.length));
  const fits = Math.floor(freeBytes / Math.max(1, largest * BYTES_PER_SHARD_ARTICLE));
  return Math.max(1, Math.min(MAX_CONCURRENT_SHARDS, shards.length, fits, cores));
}
const INDEX_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface IndexOptions {
  /** Bundle cache folder; null writes every shard afresh. */
  cacheDir?: string | null;
  maxArticlesPerShard?: number;
  /** Pagefind processes at once; default: concurrentShards(), two while memory allows. */
  concurrentShards?: number;
  /** A part of a split build (src/pipeline/parts.ts): only these shards, and no shards.json (the join writes it). */
  onlyShards?: ReadonlySet<string>;
}

export interface ShardSummary {
  id: string;
  bundlePath: string;
  /** Oldest and newest article dates (YYYY-MM-DD), absent for an empty shard. */
  from?: string;
  to?: string;
  articles: number;
  quotes: number;
  /** Records per index language, as Pagefind counted them. */
  languages: Record<string, number>;
}

export interface ShardsManifest {
  version: 2;
  /** Newest first: the search page searches them in this order, older ones on demand. */
  shards: ShardSummary[];
  /** The facets with a file under `pagefind/facets/<lang>/` (facetCounts.ts), per index language. */
  facets: Record<string, string[]>;
}

export interface IndexResult {
  /** HTML pages indexed. */
  pages: number;
  /** Quotes indexed as results of their own. */
  quotes: number;
  shards: Array<ShardSummary & { cached: boolean }>;
  /** The facet files written (none by a part without the primary bundle). */
  facets: ShardsManifest['facets'];
  /** Article pages read to key the shards (pageKeys.ts: a page file known from the last run is not read). */
  pagesRead: number;
}

interface Page {
  url: string;
  content: string;
}

let indexKey: Promise<string> | undefined;

/** Changes whenever a bundle could: Pagefind's version and this folder's code. */
function indexVersion(): Promise<string> {
  indexKey ??= (async () => {
    const parts = [`pagefind@${await packageVersion('pagefind')}`];
    for (const name of ['searchIndex.ts', 'quoteRecords.ts', 'searchShards.ts', 'indexedContent.ts']) {
      parts.push(await readFile(path.join(INDEX_DIR, name), 'utf8'));
    }
    return bundleKey(parts);
  })();
  return indexKey;
}

async function inBatches<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  // Each call is a round trip to Pagefind's process: a batch keeps it busy without flooding it.
  for (let start = 0; start < items.length; start += BATCH) {
    results.push(...(await Promise.all(items.slice(start, start + BATCH).map(run))));
  }
  return results;
}

/** One Pagefind process for one shard: add its pages and quotes, write the bundle, stop. */
async function writeBundle(
  pagefind: PagefindApi,
  pages: readonly Page[],
  articles: readonly Article[],
  outputPath: string,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    await inBatches(pages, async (page) => {
      const added = await index.addHTMLFile({ url: page.url, content: page.content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    });
    await inBatches(
      articles.flatMap((article) => quoteRecords(article)),
      async (record) => {
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the quote at ${record.url}: ${added.errors.join('; ')}`);
      },
    );
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    // Closing ends Pagefind's process, and with it the memory this shard took.
    await pagefind.close();
  }
}

async function bundleLanguages(bundleDir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([code, info]) => [code, info.page_count ?? 0]));
}

/**
 * The bundle key of a shard: what Pagefind reads of each page (indexedContent.ts, not the links and
 * navigation around it; pageKeys.ts reads only the pages whose file changed) and its quotes. The pages read
 * are kept for Pagefind, should the shard be indexed anew (one shard's pages: about 30 MB at 1,000).
 */
function shardKey(version: string, siteDir: string, shard: SearchShard, keys: PageKeys): { key: string; read: Map<string, string> } {
  const read = new Map<string, string>();
  const parts = [version];
  const now = Date.now();
  for (const article of shard.articles) {
    const page = keys.key(article.url, pageOf(siteDir, article.url), now);
    if (page.html !== undefined) read.set(article.url, page.html);
    parts.push(article.url, page.hash);
  }
  parts.push(JSON.stringify(shard.articles.flatMap((article) => quoteRecords(article))));
  return { key: bundleKey(parts), read };
}

function pageOf(siteDir: string, url: string): string {
  return path.join(siteDir, url, 'index.html');
}

/** The shard's pages, those not read while keying it read now. */
async function readPages(siteDir: string, articles: readonly Article[], read: ReadonlyMap<string, string>): Promise<Page[]> {
  return Promise.all(articles.map(async (article) => ({ url: article.url, content: read.get(article.url) ?? (await readFile(pageOf(siteDir, article.url), 'utf8')) })));
}

async function summary(siteDir: string, shard: SearchShard, cached: boolean): Promise<ShardSummary & { cached: boolean }> {
  const first = shard.articles[0];
  const last = shard.articles.at(-1);
  return {
    id: shard.id,
    bundlePath: shard.bundlePath,
    ...(first && last ? { from: first.date.slice(0, 10), to: last.date.slice(0, 10) } : {}),
    articles: shard.articles.length,
    quotes: shard.articles.reduce((sum, article) => sum + article.quotes.length, 0),
    languages: await bundleLanguages(path.join(siteDir, shard.bundlePath)),
    cached,
  };
}

/** A shard to index anew; `key` absent without a cache; `read`: its pages read while keying it, if kept. */
interface Job {
  shard: SearchShard;
  key?: string;
  read: ReadonlyMap<string, string>;
}

/** Shards to index anew, taken by the Pagefind slots as they come free; `close()` once every shard is keyed. */
class ShardQueue {
  private readonly jobs: Job[] = [];
  private readonly takers: Array<(job: Job | undefined) => void> = [];
  private closed = false;

  /** Slots waiting for a shard: one pushed now starts at once. */
  get idle(): number {
    return this.takers.length;
  }

  push(job: Job): void {
    const taker = this.takers.shift();
    if (taker) taker(job);
    else this.jobs.push(job);
  }

  close(): void {
    this.closed = true;
    for (const taker of this.takers.splice(0)) taker(undefined);
  }

  take(): Promise<Job | undefined> {
    const job = this.jobs.shift();
    if (job || this.closed) return Promise.resolve(job);
    return new Promise((resolve) => this.takers.push(resolve));
  }
}

/** Pagefind on one shard, into the bundle cache and linked from there, or without a cache into the site. */
async function indexAnew(pagefind: PagefindApi, siteDir: string, job: Job, bundles: BundleCache | null): Promise<void> {
  const { shard, key } = job;
  const pages = await readPages(siteDir, shard.articles, job.read);
  const target = path.join(siteDir, shard.bundlePath);
  if (bundles && key) {
    await bundles.put(key, (folder) => writeBundle(pagefind, pages, shard.articles, folder));
    await bundles.copyTo(key, target);
  } else {
    await writeBundle(pagefind, pages, shard.articles, target);
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `pagefind/shards.json`, newest shard first. */
export async function writeShardsManifest(siteDir: string, manifest: ShardsManifest): Promise<void> {
  await writeFile(path.join(siteDir, PRIMARY_BUNDLE, SHARDS_MANIFEST), `${JSON.stringify(manifest)}\n`);
}

export async function buildSearchIndex(
  siteDir: string,
  articles: readonly Article[] = [],
  options: IndexOptions = {},
): Promise<IndexResult> {
  const planned = planSearchShards(articles, options.maxArticlesPerShard ?? DEFAULT_SHARD_ARTICLES);
  const only = options.onlyShards;
  const shards = only ? planned.filter((shard) => only.has(shard.id)) : planned;
  const version = await indexVersion();
  const cacheDir = options.cacheDir ?? null;
  const keys = await PageKeys.load(cacheDir, version);
  const cache = cacheDir ? { bundles: new BundleCache(cacheDir), keys, version } : null;
  // Newest first, so the primary bundle (and Pagefind's UI files) is started before the rest; the manifest keeps that order.
  const newestFirst = [...shards].reverse();
  const slots = await Promise.all(
    Array.from({ length: Math.max(1, options.concurrentShards ?? concurrentShards(newestFirst)) }, (_, slot) => pagefindInstance(slot)),
  );
  // Every shard is keyed here, in turn; one to index anew goes to a Pagefind slot (a process each) as soon as
  // one is free, and the cached ones are linked meanwhile. So an edited shard starts before the others are
  // linked, whatever its place. Its pages read while keying are kept only if it starts at once: a queue of
  // shards waiting (a cold build) holds no pages, each reads its own when it starts.
  const queue = new ShardQueue();
  const indexing = Promise.all(
    slots.map(async (pagefind) => {
      for (let job = await queue.take(); job; job = await queue.take()) await indexAnew(pagefind, siteDir, job, cache?.bundles ?? null);
    }),
  );
  // A failure is awaited below, once every shard is keyed; noted here so that it is not unhandled meanwhile.
  indexing.catch(() => undefined);
  const cached = new Set<SearchShard>();
  try {
    for (const shard of newestFirst) {
      if (!cache) {
        queue.push({ shard, read: new Map() });
        continue;
      }
      const { key, read } = shardKey(version, siteDir, shard, cache.keys);
      if (await cache.bundles.has(key)) {
        cached.add(shard);
        await cache.bundles.copyTo(key, path.join(siteDir, shard.bundlePath));
      } else {
        queue.push({ shard, key, read: queue.idle > 0 ? read : new Map() });
      }
      // Keying and linking are synchronous system calls: the event loop is let go between shards, to feed Pagefind.
      await nextTurn();
    }
  } finally {
    queue.close();
  }
  // The facet files (the primary bundle's facets/, which Pagefind does not write) are counted while Pagefind runs.
  const withPrimary = !only || shards.some((shard) => shard.bundlePath === PRIMARY_BUNDLE);
  const counting = withPrimary ? writeFacetFiles(path.join(siteDir, PRIMARY_BUNDLE), articles) : Promise.resolve({});
  counting.catch(() => undefined);
  await indexing;
  const facets = await counting;
  const summaries = await Promise.all(newestFirst.map((shard) => summary(siteDir, shard, cached.has(shard))));
  await cache?.bundles.prune([PAGE_KEYS_FILE]);
  await keys.save();
  if (!only) await writeShardsManifest(siteDir, { version: 2, shards: summaries.map(({ cached: _, ...summary }) => summary), facets });
  return {
    facets,
    pages: summaries.reduce((sum, shard) => sum + shard.articles, 0),
    quotes: summaries.reduce((sum, shard) => sum + shard.quotes, 0),
    shards: summaries,
    pagesRead: keys.read,
  };
}
