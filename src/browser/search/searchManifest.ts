/**
 * Search page: the index's manifest, `pagefind/shards.json`
 * (src/searchIndex/searchIndex.ts): its shards, newest first, with their dates and
 * records per language, and the facets that have value files. One small
 * file: about 150 bytes a shard, so 50 shards at 100,000 articles and 500
 * at a million stay a few kilobytes gzipped.
 */
import type { ShardEntry } from './shardedSearch.ts';

export interface SearchManifest {
  shards: ShardEntry[];
  /** Facets with value files, per index language. */
  facets: Record<string, string[]>;
}

export interface IndexLanguage {
  code: string;
  pages: number;
}

function isManifest(value: unknown): value is SearchManifest {
  return typeof value === 'object' && value !== null && Array.isArray((value as SearchManifest).shards);
}

/** The manifest beside the primary bundle; without one (an index older than shards), that bundle alone. */
export async function fetchManifest(bundleUrl: URL): Promise<SearchManifest> {
  const fallback: SearchManifest = { shards: [{ bundlePath: bundleUrl.pathname }], facets: {} };
  try {
    const response = await fetch(new URL('shards.json', bundleUrl));
    if (!response.ok) return fallback;
    const manifest: unknown = await response.json();
    if (!isManifest(manifest) || manifest.shards.length === 0) return fallback;
    return { shards: manifest.shards, facets: typeof manifest.facets === 'object' && manifest.facets !== null ? manifest.facets : {} };
  } catch {
    return fallback;
  }
}

/** The languages the index holds across its shards, largest first. */
export function indexLanguages(shards: readonly ShardEntry[]): IndexLanguage[] {
  const pages = new Map<string, number>();
  for (const shard of shards) {
    for (const [code, count] of Object.entries(shard.languages ?? {})) pages.set(code, (pages.get(code) ?? 0) + count);
  }
  return [...pages]
    .filter(([code]) => code !== 'unknown')
    .map(([code, count]) => ({ code, pages: count }))
    .sort((a, b) => b.pages - a.pages || a.code.localeCompare(b.code));
}
