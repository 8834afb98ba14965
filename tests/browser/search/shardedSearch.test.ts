/**
 * The walk over the index's shards (src/browser/search/shardedSearch.ts),
 * on plain objects standing in for Pagefind bundles: which shards a search
 * reads, when it stops, and the order of what it found.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BundleSearch, SearchHit } from '../../../src/browser/search/pagefindApi.ts';
import { ENOUGH_HITS, ShardedSearch, shardWalk, type ShardEntry } from '../../../src/browser/search/shardedSearch.ts';

const SHARDS: ShardEntry[] = [
  { bundlePath: '/pagefind/', from: '2024-01-01', to: '2025-06-30', languages: { en: 5, fr: 1 } },
  { bundlePath: '/pagefind-shards/2021-2023/', from: '2021-01-01', to: '2023-12-31', languages: { en: 5 } },
  { bundlePath: '/pagefind-shards/2019-2020/', from: '2019-01-01', to: '2020-12-31', languages: { en: 5, fr: 2 } },
];

function hits(prefix: string, scores: number[]): SearchHit[] {
  return scores.map((score, i) => ({ id: `${prefix}${i}`, score, data: () => Promise.resolve({ url: `/${prefix}${i}/`, excerpt: '', meta: {} }) }));
}

/** Bundles that answer with `perBundle` and record which were opened. */
function bundles(perBundle: Record<string, SearchHit[]>): { open: (path: string) => Promise<BundleSearch>; opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    open: (bundlePath) => {
      opened.push(bundlePath);
      return Promise.resolve({ search: () => Promise.resolve({ results: perBundle[bundlePath] ?? [], unfilteredResultCount: 0 }) });
    },
  };
}

const many = (prefix: string): SearchHit[] => hits(prefix, Array.from({ length: ENOUGH_HITS }, (_, i) => 10 - i * 0.1));

describe('shardedSearch', () => {
  test('a search reads only the newest shard when it has enough hits', async () => {
    const { open, opened } = bundles({ '/pagefind/': many('new'), '/pagefind-shards/2021-2023/': many('mid') });
    const results = await new ShardedSearch(shardWalk(SHARDS, 'en', 'relevance'), open, 'talks', {}, 'relevance').extend();
    assert.deepEqual(opened, ['/pagefind/']);
    assert.equal(results.hits.length, ENOUGH_HITS);
    assert.deepEqual(results.remaining.map((shard) => shard.bundlePath), ['/pagefind-shards/2021-2023/', '/pagefind-shards/2019-2020/']);
    assert.equal(results.from, '2024-01-01');
  });

  test('a rare word reads on, but at most two shards before the reader asks', async () => {
    const { open, opened } = bundles({ '/pagefind/': hits('new', [1]), '/pagefind-shards/2021-2023/': hits('mid', [3]), '/pagefind-shards/2019-2020/': hits('old', [2]) });
    const search = new ShardedSearch(shardWalk(SHARDS, 'en', 'relevance'), open, 'rare', {}, 'relevance');
    const first = await search.extend();
    assert.equal(opened.length, 2);
    assert.deepEqual(first.hits.map((hit) => hit.id), ['mid0', 'new0'], 'relevance across the shards read');
    const all = await search.extend(1);
    assert.deepEqual(all.hits.map((hit) => hit.id), ['mid0', 'old0', 'new0']);
    assert.equal(all.remaining.length, 0);
  });

  test('newest first walks shard after shard from the newest, oldest first from the oldest', async () => {
    const perBundle = { '/pagefind/': hits('new', [1]), '/pagefind-shards/2021-2023/': hits('mid', [9]), '/pagefind-shards/2019-2020/': hits('old', [5]) };
    const newest = await new ShardedSearch(shardWalk(SHARDS, 'en', 'newest'), bundles(perBundle).open, 'x', {}, 'newest').extend(3);
    assert.deepEqual(newest.hits.map((hit) => hit.id), ['new0', 'mid0', 'old0']);
    const oldest = await new ShardedSearch(shardWalk(SHARDS, 'en', 'oldest'), bundles(perBundle).open, 'x', {}, 'oldest').extend(3);
    assert.deepEqual(oldest.hits.map((hit) => hit.id), ['old0', 'mid0', 'new0']);
  });

  test('shards without articles in the language are not read', () => {
    assert.deepEqual(shardWalk(SHARDS, 'fr', 'relevance').map((shard) => shard.bundlePath), ['/pagefind/', '/pagefind-shards/2019-2020/']);
  });
});
