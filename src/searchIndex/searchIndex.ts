/**
 * Index: Pagefind's Node API over the laid-out article pages, one bundle per
 * shard (searchShards.ts), each in a Pagefind process of its own (indexAnew.ts) so that
 * memory is bounded by a shard, not by the archive. Only elements marked
 * `data-pagefind-body` (article bodies) are indexed; filters, metadata and
 * the date sort come from data attributes the article template writes. The
 * articles' quotes are added as results of their own (quoteRecords.ts).
 * A shard whose pages and quotes are unchanged (its key: shardKey.ts) is
 * taken from the bundle cache (bundleCache.ts), or kept where a build's
 * spare has it (keptBundles.ts). `pagefind/shards.json` tells the search page
 * which bundles there are, newest first (shardsManifest.ts);
 * `pagefind/facets/` holds the facet values and counts (facetCounts.ts).
 * This module runs them in turn. https://pagefind.app/docs/node-api/
 */
import path from 'node:path';
import { availableParallelism, freemem } from 'node:os';
import type { Article } from '../model/article.ts';
import { BundleCache } from './bundleCache.ts';
import { indexAnew } from './indexAnew.ts';
import { removeOtherShardFolders, removeShardFolder } from './keptBundles.ts';
import { PagefindSlots } from './pagefindSlots.ts';
import { PAGE_KEYS_FILE, PageKeys } from './pageKeys.ts';
import { writeFacetFiles } from './facetCounts.ts';
import { indexVersion, shardKey, shardRecords, type ArticleDigests } from './shardKey.ts';
import { shardSummary, writeShardsManifest, type ShardsManifest, type ShardSummary } from './shardsManifest.ts';
import { DEFAULT_SHARD_ARTICLES, planSearchShards, PRIMARY_BUNDLE, type SearchShard } from './searchShards.ts';

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

/** How many shards to index at once: one per core, at most two, and only as many as free memory holds. */
export function concurrentShards(
  shards: readonly SearchShard[],
  { freeBytes = freemem(), cores = availableParallelism() }: { freeBytes?: number; cores?: number } = {},
): number {
  const largest = Math.max(0, ...shards.map((shard) => shard.articles.length));
  const fits = Math.floor(freeBytes / Math.max(1, largest * BYTES_PER_SHARD_ARTICLE));
  return Math.max(1, Math.min(MAX_CONCURRENT_SHARDS, shards.length, fits, cores));
}

export interface IndexOptions {
  /** Bundle cache folder; null writes every shard afresh. */
  cacheDir?: string | null;
  maxArticlesPerShard?: number;
  /** Pagefind processes at once; default: concurrentShards(), two while memory allows. */
  concurrentShards?: number;
  /** A part of a split build (src/pipeline/parts.ts): only these shards, and no shards.json (the join writes it). */
  onlyShards?: ReadonlySet<string>;
  /** A layout still writing the article pages (a cold build's): each shard is keyed and indexed once its pages are written. */
  pagesWritten?: PagesWritten;
  /**
   * The Pagefind worker and slots to use, kept by the caller between indexes (`npm start`'s, one for the session);
   * by default the index starts its own, with the first shard it indexes anew, and ends it.
   */
  slots?: PagefindSlots;
  /**
   * Where each article's page file is read (absolute), by default `siteDir/<url>/index.html`. An incremental
   * build indexes before its unchanged pages are linked into the staging folder: it reads them from the
   * published site (the same files, hard-linked: same inode and time, so known to pageKeys.ts) and the pages
   * it laid out from where they were written (src/build.ts).
   */
  pageFiles?: (url: string) => string;
  /**
   * Per article, a digest of everything but its body (a build's, from its build state: src/pipeline/storedBodies.ts).
   * Its quote records are made of those fields alone (quoteRecords.ts, whose code is in the bundle key's version),
   * so the digest stands for them in the shard's key; the records are made only for a shard indexed anew.
   */
  articleDigests?: ArticleDigests;
  /**
   * The site holds the shard bundles of an earlier site (a build's spare: src/pipeline/layoutStage.ts), not the
   * primary one: a shard folder that is already the cache's entry for its key now is kept (`BundleCache.linkedAt`),
   * any other is removed before its bundle is linked or written, and one no shard has any more is removed.
   */
  keptBundles?: boolean;
  /**
   * How a kept shard folder that is not wanted goes: by default removed here; a build moves it out of the site, to
   * be deleted in the background (src/publish/publishSite.ts folderTrash).
   */
  discardFolder?: (folder: string) => void;
}

/**
 * When the article pages are on disk, for an index made while the layout runs (src/pipeline/layOut.ts): Pagefind
 * indexes the shards laid out first on the second core while Node lays out the rest.
 */
export interface PagesWritten {
  /** The turn after which every page of these articles is written (0 first; lower turns come first). */
  turn(articles: readonly Article[]): number;
  /** Resolves once the pages of `turn` are all written; rejects if the layout failed. */
  after(turn: number): Promise<void>;
  /** Every shard whose pages are written by `turn` (or sooner) is sent to Pagefind or linked from the cache. */
  sent(turn: number): void;
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
  /** Cached shards whose folder the site had already (IndexOptions.keptBundles): neither linked nor written. */
  bundlesKept: number;
}

function pageOf(siteDir: string, url: string): string {
  return path.join(siteDir, url, 'index.html');
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
  // Pages a layout writes as this index runs are final when keyed: racy ones are looked at again when the keys are saved.
  const keys = await PageKeys.load(cacheDir, version, { finalPages: options.pagesWritten !== undefined });
  const cache = cacheDir ? { bundles: new BundleCache(cacheDir), keys, version } : null;
  const pageFiles = options.pageFiles ?? ((url: string) => pageOf(siteDir, url));
  // Newest first, so the primary bundle (and Pagefind's UI files) is started before the rest; the manifest keeps that order.
  const newestFirst = [...shards].reverse();
  const slots = options.slots ?? new PagefindSlots(options.concurrentShards ?? concurrentShards(newestFirst));
  // The cached bundles, linked into the site by a child process (bundleCache.ts) in batches: those found before each wait.
  const toLink = new Map<string, string>();
  const linking: Array<Promise<void>> = [];
  const linkFound = (): void => {
    if (!cache || toLink.size === 0) return;
    const links = cache.bundles.linkInChild(new Map(toLink));
    links.catch(() => undefined);
    linking.push(links);
    toLink.clear();
  };
  // Every shard is keyed here, in turn; one to index anew is sent at once to the slot with the fewest articles
  // waiting (a worker thread and a Pagefind process each: pagefindSlot.ts), and the cached ones are linked
  // meanwhile. So an edited shard starts before the others are linked, whatever its place. Its pages read while
  // keying go with it only to an idle slot: shards waiting (a cold build) hold no pages, each is read when it starts.
  const jobs: Array<Promise<void>> = [];
  const cached = new Set<SearchShard>();
  let kept = 0;
  const discard = options.discardFolder ?? removeShardFolder;
  if (options.keptBundles) removeOtherShardFolders(siteDir, planned, discard);
  const written = options.pagesWritten;
  // Keyed in the order their pages are written (newest first among those of a turn); the manifest keeps newest first.
  const turns = new Map(newestFirst.map((shard) => [shard, written?.turn(shard.articles) ?? -1]));
  const inTurn = [...newestFirst].sort((a, b) => turns.get(a)! - turns.get(b)!);
  let keyed: unknown;
  try {
    let turn = -1;
    for (const shard of inTurn) {
      if (written && turns.get(shard)! > turn) {
        // The layout waits between passes until the shards of the pages written so far are sent.
        written.sent(turns.get(shard)! - 1);
        linkFound();
        turn = turns.get(shard)!;
        await written.after(turn);
      }
      const key = cache ? shardKey(version, pageFiles, shard, cache.keys, options.articleDigests) : undefined;
      const target = path.join(siteDir, shard.bundlePath);
      if (cache && key && cache.bundles.has(key.key)) {
        cached.add(shard);
        if (options.keptBundles && cache.bundles.linkedAt(key.key, target)) {
          kept++;
          continue;
        }
        // A kept folder of other files: linked anew into a folder that is not there.
        if (options.keptBundles) discard(target);
        toLink.set(key.key, target);
        continue;
      }
      if (options.keptBundles) discard(target);
      const slot = slots.leastBusy();
      const read = slots.queued[slot] === 0 && key ? key.read : new Map<string, string>();
      const records = key?.records ?? shardRecords(shard);
      const job = indexAnew(slots, slot, siteDir, pageFiles, { shard, ...(key ? { key: key.key } : {}), read, records }, cache?.bundles ?? null);
      // A failure is awaited below, once every shard is sent; noted here so that it is not unhandled meanwhile.
      job.catch(() => undefined);
      jobs.push(job);
    }
  } catch (error) {
    keyed = error;
  } finally {
    written?.sent(Infinity);
    linkFound();
  }
  // The facet files (the primary bundle's facets/, which Pagefind does not write) are counted while Pagefind runs.
  const withPrimary = !only || shards.some((shard) => shard.bundlePath === PRIMARY_BUNDLE);
  const counting = withPrimary ? writeFacetFiles(path.join(siteDir, PRIMARY_BUNDLE), articles) : Promise.resolve({});
  counting.catch(() => undefined);
  // Every shard sent is written (or failed) before the slots close: nothing writes into the site after this returns.
  const settled = await Promise.allSettled([...jobs, ...linking]);
  if (!options.slots) await slots.close();
  if (keyed !== undefined) throw keyed;
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  const facets = await counting;
  const summaries = await Promise.all(newestFirst.map((shard) => shardSummary(siteDir, shard, cached.has(shard))));
  await cache?.bundles.prune([PAGE_KEYS_FILE]);
  await keys.save();
  if (!only) await writeShardsManifest(siteDir, { version: 2, shards: summaries.map(({ cached: _, ...summary }) => summary), facets });
  return {
    facets,
    pages: summaries.reduce((sum, shard) => sum + shard.articles, 0),
    quotes: summaries.reduce((sum, shard) => sum + shard.quotes, 0),
    shards: summaries,
    pagesRead: keys.read,
    bundlesKept: kept,
  };
}
