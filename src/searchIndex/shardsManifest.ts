/**
 * Index: `pagefind/shards.json`, the list of bundles the search page reads,
 * newest first, with each shard's span of dates, counts and languages, and
 * the facets that have a file under `pagefind/facets/` (facetCounts.ts).
 * Written by the index of a whole site (searchIndex.ts) and by the join of a
 * split build (src/pipeline/joinParts.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PRIMARY_BUNDLE, type SearchShard } from './searchShards.ts';

/** The shard list the search page reads, in the primary bundle. */
export const SHARDS_MANIFEST = 'shards.json';

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

async function bundleLanguages(bundleDir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([code, info]) => [code, info.page_count ?? 0]));
}

/** A shard's line of the manifest, its languages read from its bundle in `siteDir`; `cached`: taken from the bundle cache. */
export async function shardSummary(siteDir: string, shard: SearchShard, cached: boolean): Promise<ShardSummary & { cached: boolean }> {
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

/** `pagefind/shards.json`, newest shard first. */
export async function writeShardsManifest(siteDir: string, manifest: ShardsManifest): Promise<void> {
  await writeFile(path.join(siteDir, PRIMARY_BUNDLE, SHARDS_MANIFEST), `${JSON.stringify(manifest)}\n`);
}
