/**
 * Search page: one search over the index's shards (src/searchIndex/searchShards.ts),
 * newest shard first and older ones only on demand, so that a first search
 * costs one shard's index, not the archive's: at 100,000 articles the first
 * search reads the newest 2,000 articles' index and nothing older until the
 * reader asks for "earlier years".
 *
 * Order across the shards searched so far:
 * - relevance: every hit by Pagefind's score (each shard scores over its
 *   own articles; see docs/SEARCH.md);
 * - newest first: shard after shard, newest shard first, each sorted by date
 *   (the shards are disjoint runs of dates, so this is the true order);
 * - oldest first: the same walk from the oldest shard.
 * Pure of the DOM: tests/browser/search/shardedSearch.test.ts runs it on plain objects.
 */
import type { BundleSearch, SearchHit, SearchOptions } from './pagefindApi.ts';
import type { SortOrder } from './searchState.ts';

/** A shard as `pagefind/shards.json` lists it (src/searchIndex/searchIndex.ts), newest first. */
export interface ShardEntry {
  bundlePath: string;
  from?: string;
  to?: string;
  languages?: Record<string, number>;
}

export interface ShardedHit extends SearchHit {
  /** Index of the shard in the walk: a stable tie-break. */
  shard: number;
}

export interface ShardedResults {
  hits: ShardedHit[];
  /** Shards searched so far, and the span of dates they cover (YYYY-MM-DD). */
  searched: number;
  from?: string;
  to?: string;
  /** Shards not searched yet, in walk order. */
  remaining: ShardEntry[];
}

/**
 * A search reads more shards at once while it has fewer hits than this
 * (a rare word in the newest shard alone would show one result or none).
 */
export const ENOUGH_HITS = 10;
/** Shards a search reads by itself before it waits for the reader: the cost of a rare word stays bounded. */
export const SHARDS_UNASKED = 2;

/** The shards that hold articles in `lang`, in the order a search with `sort` walks them. */
export function shardWalk(shards: readonly ShardEntry[], lang: string, sort: SortOrder): ShardEntry[] {
  const inLanguage = shards.filter((shard) => shard.languages === undefined || (shard.languages[lang] ?? 0) > 0);
  return sort === 'oldest' ? inLanguage.reverse() : inLanguage;
}

export function orderHits(perShard: readonly ShardedHit[][], sort: SortOrder, browsing: boolean): ShardedHit[] {
  const hits = perShard.flat();
  if (sort !== 'relevance' || browsing) return hits;
  return hits.sort((a, b) => b.score - a.score || a.shard - b.shard);
}

export class ShardedSearch {
  private readonly perShard: ShardedHit[][] = [];
  private next = 0;

  constructor(
    private readonly walk: readonly ShardEntry[],
    private readonly open: (bundlePath: string) => Promise<BundleSearch>,
    private readonly term: string | null,
    private readonly options: SearchOptions,
    private readonly sort: SortOrder,
  ) {}

  /** Searches the next shard, and more while there are fewer than ENOUGH_HITS, up to `atMost` shards. */
  async extend(atMost = SHARDS_UNASKED): Promise<ShardedResults> {
    let read = 0;
    do {
      const shard = this.walk[this.next];
      if (!shard) break;
      const index = this.next++;
      const response = await (await this.open(shard.bundlePath)).search(this.term, this.options);
      this.perShard.push((response?.results ?? []).map((hit) => Object.assign(hit, { shard: index })));
      read++;
    } while (read < atMost && this.perShard.flat().length < ENOUGH_HITS);
    return this.results();
  }

  results(): ShardedResults {
    const searched = this.walk.slice(0, this.next);
    const dates = searched.flatMap((shard) => [shard.from, shard.to]).filter((date): date is string => Boolean(date)).sort();
    const from = dates[0];
    const to = dates.at(-1);
    return {
      hits: orderHits(this.perShard, this.sort, this.term === null),
      searched: this.next,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      remaining: this.walk.slice(this.next),
    };
  }
}
