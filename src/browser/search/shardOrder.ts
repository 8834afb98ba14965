/**
 * Search page: date order across the index's shards. Pagefind's merged
 * search (mergeIndex) orders the results of all bundles by score, even when
 * a date sort was asked for, so a date-sorted search over several shards
 * would interleave years. The shards are disjoint runs of dates, newest shard
 * first in `shards.json` (src/index/searchShards.ts), so the right order is
 * each shard's own sorted results, shard after shard. For a date sort this
 * module asks each shard's bundle separately and concatenates; counts and
 * facet totals still come from the merged search.
 */
import type { IndexShard } from './languageIndex.ts';
import type { SearchApi, SearchOptions } from './pagefindUi.ts';

export interface SearchResponse {
  results: unknown[];
  [key: string]: unknown;
}

/** Loads a search API over one bundle (pagefind.js's `createInstance`). */
export type LoadBundle = (bundlePath: string) => Promise<SearchApi>;

/**
 * Wraps `api.search`: date-sorted searches over two or more shards are
 * ordered shard by shard. Bundles are loaded on the first such search only.
 */
export function orderShardsByDate(api: SearchApi, shards: readonly IndexShard[], loadBundle: LoadBundle): void {
  if (shards.length < 2) return;
  const search = api.search.bind(api);
  let bundles: Promise<SearchApi[]> | undefined;
  api.search = async (term, options: SearchOptions = {}) => {
    const direction = options.sort?.date;
    if (!direction) return search(term, options);
    bundles ??= Promise.all(shards.map((shard) => loadBundle(shard.bundlePath)));
    const [merged, perShard] = await Promise.all([
      search(term, options) as Promise<SearchResponse | null>,
      bundles.then((apis) => Promise.all(apis.map((one) => one.search(term, options) as Promise<SearchResponse | null>))),
    ]);
    if (!merged) return merged;
    const ordered = direction === 'desc' ? perShard : [...perShard].reverse();
    return { ...merged, results: ordered.flatMap((response) => response?.results ?? []) };
  };
}
