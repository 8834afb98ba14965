/**
 * Pagefind processes at once (src/searchIndex/searchIndex.ts): two shards
 * indexed side by side, each in a Pagefind process of its own, give the very
 * same bundles and manifest as one after another; and the rule that picks
 * how many at once follows the cores and the free memory.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSearchIndex, concurrentShards } from '../../src/searchIndex/searchIndex.ts';
import { planSearchShards } from '../../src/searchIndex/searchShards.ts';
import { buildSearchSite, type SearchSite } from '../fixtures/search/searchSite.ts';
import { fileHashes } from '../support/treeHash.ts';

describe('shards indexed at once', () => {
  let site: SearchSite;
  before(async () => {
    site = await buildSearchSite({ shardArticles: 3 });
  });
  after(async () => {
    await site?.project.remove();
  });

  test('two Pagefind processes at once write the same search files as one after another', async () => {
    const manifestPath = path.join(site.siteDir, 'pagefind', 'shards.json');
    await buildSearchIndex(site.siteDir, site.built, { maxArticlesPerShard: 3, concurrentShards: 1 });
    const oneByOne = await fileHashes(site.siteDir);
    const manifest = await readFile(manifestPath, 'utf8');
    const result = await buildSearchIndex(site.siteDir, site.built, { maxArticlesPerShard: 3, concurrentShards: 2 });
    assert.ok(result.shards.length >= 3, 'enough shards for both processes to have work');
    assert.deepEqual(await fileHashes(site.siteDir), oneByOne);
    assert.equal(await readFile(manifestPath, 'utf8'), manifest, 'the manifest lists the shards newest first either way');
  });

  test('indexes one shard at a time on one core, two on two or more, and one when memory holds only one', () => {
    const shards = planSearchShards(site.built, 3);
    const plenty = 64 * 2 ** 30;
    assert.equal(concurrentShards(shards, { cores: 1, freeBytes: plenty }), 1);
    assert.equal(concurrentShards(shards, { cores: 2, freeBytes: plenty }), 2);
    assert.equal(concurrentShards(shards, { cores: 16, freeBytes: plenty }), 2);
    assert.equal(concurrentShards(shards, { cores: 4, freeBytes: 1 }), 1);
  });
});
