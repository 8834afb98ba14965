/**
 * The sharded search index on disk (src/searchIndex/searchIndex.ts): one real
 * Pagefind bundle per shard, a manifest the search page reads, and a cache
 * that re-indexes only the shard whose pages changed. Each test indexes
 * into a cache folder of its own, so any one of them can run alone.
 */
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PagefindSlots } from '../../src/searchIndex/pagefindSlots.ts';
import { buildSearchIndex } from '../../src/searchIndex/searchIndex.ts';
import { listTree } from '../../src/util/listTree.ts';
import { buildSearchSite, SEED_URL, type SearchSite } from '../fixtures/search/searchSite.ts';
import { fileHashes } from '../support/treeHash.ts';

describe('sharded search index', () => {
  let site: SearchSite;
  before(async () => {
    site = await buildSearchSite({ shardArticles: 3 });
  });
  after(async () => {
    await site?.project.remove();
  });
  const freshCache = (): Promise<string> => mkdtemp(path.join(site.project.dir, 'search-cache-'));

  test('writes one bundle per shard and a manifest naming them, newest first, with the facets', async () => {
    await buildSearchIndex(site.siteDir, site.built, { maxArticlesPerShard: 3 });
    const manifest = JSON.parse(await readFile(path.join(site.siteDir, 'pagefind', 'shards.json'), 'utf8')) as {
      shards: Array<{ bundlePath: string; articles: number; from: string; to: string }>;
      facets: Record<string, string[]>;
    };
    assert.deepEqual(manifest.shards.map((shard) => shard.bundlePath), ['/pagefind/', '/pagefind-shards/2022/', '/pagefind-shards/2021/', '/pagefind-shards/2020/', '/pagefind-shards/2019/']);
    assert.equal(manifest.shards.reduce((sum, shard) => sum + shard.articles, 0), site.articles);
    for (const shard of manifest.shards) {
      await readFile(path.join(site.siteDir, shard.bundlePath, 'pagefind-entry.json'));
    }
    assert.deepEqual(manifest.facets.en, ['agency', 'person', 'place', 'source', 'topic', 'type', 'year']);
    const years = JSON.parse(await readFile(path.join(site.siteDir, 'pagefind', 'facets', 'en', 'year.json'), 'utf8')) as { values: [string, number][] };
    const counts = years.values.map(([, count]) => count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'values sorted by count');
  });

  test('a second run over unchanged pages takes every shard from the cache, byte for byte', async () => {
    const cacheDir = await freshCache();
    const first = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    const written = await fileHashes(site.siteDir);
    assert.ok(first.shards.every((shard) => !shard.cached), 'the first run indexes every shard');
    const second = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    assert.ok(second.shards.every((shard) => shard.cached), 'the second run indexes none');
    assert.deepEqual(await fileHashes(site.siteDir), written);
  });

  test('cached shards are linked into a site without bundles: every bundle file is the cache\'s own file, no bytes copied', async () => {
    const cacheDir = await freshCache();
    await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    const written = await fileHashes(site.siteDir);
    for (const folder of ['pagefind', 'pagefind-shards']) await rm(path.join(site.siteDir, folder), { recursive: true, force: true });
    const run = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    assert.ok(run.shards.every((shard) => shard.cached));
    assert.deepEqual(await fileHashes(site.siteDir), written);
    const cacheInodes = new Set<number>();
    for (const file of listTree(cacheDir).files) cacheInodes.add((await stat(path.join(cacheDir, file))).ino);
    const bundleFiles = listTree(path.join(site.siteDir, 'pagefind-shards')).files.map((file) => path.join(site.siteDir, 'pagefind-shards', file));
    assert.ok(bundleFiles.length > 0);
    for (const file of bundleFiles) assert.ok(cacheInodes.has((await stat(file)).ino), `${file} is a link to the cache`);
  });

  test('slots kept by the caller (npm start\'s) serve one index after another and stay open', async () => {
    const cacheDir = await freshCache();
    const slots = new PagefindSlots(1);
    try {
      const first = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3, slots });
      assert.ok(first.shards.every((shard) => !shard.cached));
      const file = path.join(site.siteDir, SEED_URL, 'index.html');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/(data-pagefind-body[^>]*>)/, '$1<p>Edited for the kept slots.</p>'));
      const second = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3, slots });
      assert.deepEqual(second.shards.filter((shard) => !shard.cached).map((shard) => shard.id), ['2020']);
    } finally {
      await slots.close();
    }
  });

  test('a changed article page re-indexes its own shard only', async () => {
    const cacheDir = await freshCache();
    await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    const file = path.join(site.siteDir, SEED_URL, 'index.html');
    const html = await readFile(file, 'utf8');
    await writeFile(file, html.replace(/(data-pagefind-body[^>]*>)/, '$1<p>An edited sentence.</p>'));
    const run = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    assert.deepEqual(run.shards.filter((shard) => !shard.cached).map((shard) => shard.id), ['2020']);
  });

  test('a change around the article body, which Pagefind does not read (a related headline), re-indexes nothing', async () => {
    const cacheDir = await freshCache();
    await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    await appendFile(path.join(site.siteDir, SEED_URL, 'index.html'), '\n<!-- edited -->\n');
    const run = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    assert.deepEqual(run.shards.filter((shard) => !shard.cached).map((shard) => shard.id), []);
  });

  /** Gives every article page of the site a modification time an hour ago, as a page published by an earlier build has. */
  const ageArticlePages = async (): Promise<void> => {
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const article of site.built) await utimes(path.join(site.siteDir, article.url, 'index.html'), anHourAgo, anHourAgo);
  };

  test('a second run reads no article page whose file is the one it keyed last time, and still takes every shard from the cache', async () => {
    const cacheDir = await freshCache();
    await ageArticlePages();
    const first = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    assert.equal(first.pagesRead, site.articles, 'the first run reads every page');
    const second = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    assert.equal(second.pagesRead, 0);
    assert.ok(second.shards.every((shard) => shard.cached));
  });

  test('a page rewritten in place with the same size and given its old time back, right after it was keyed, still re-indexes its shard', async () => {
    const cacheDir = await freshCache();
    await ageArticlePages();
    const file = path.join(site.siteDir, SEED_URL, 'index.html');
    // Written just now (a page laid out by this build): keyed, but too fresh to be known by its time next run.
    await writeFile(file, await readFile(file, 'utf8'));
    const written = new Date();
    await utimes(file, written, written);
    await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    // Rewritten within the same tick of the file system's clock: the same size, the same time.
    const html = await readFile(file, 'utf8');
    const edited = html.replace(/(data-pagefind-body[^>]*>)([\s\S]{10})/, (_, open: string, ten: string) => `${open}${'Z'.repeat(ten.length)}`);
    assert.notEqual(edited, html);
    assert.equal(Buffer.byteLength(edited), Buffer.byteLength(html));
    await writeFile(file, edited);
    await utimes(file, written, written);
    const run = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    assert.deepEqual(run.shards.filter((shard) => !shard.cached).map((shard) => shard.id), ['2020']);
  });

  test('a page rewritten in place long after it was keyed re-indexes its shard, found by its new time', async () => {
    const cacheDir = await freshCache();
    await ageArticlePages();
    await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    const file = path.join(site.siteDir, SEED_URL, 'index.html');
    const html = await readFile(file, 'utf8');
    await writeFile(file, html.replace(/(data-pagefind-body[^>]*>)/, '$1<p>Another edited sentence.</p>'));
    const run = await buildSearchIndex(site.siteDir, site.built, { cacheDir, maxArticlesPerShard: 3 });
    assert.equal(run.pagesRead, 1, 'only the rewritten page is read');
    assert.deepEqual(run.shards.filter((shard) => !shard.cached).map((shard) => shard.id), ['2020']);
  });

  test('without a cache every shard is written afresh', async () => {
    const run = await buildSearchIndex(site.siteDir, site.built, { maxArticlesPerShard: 3 });
    assert.equal(run.shards.length, 5);
    assert.ok(run.shards.every((shard) => !shard.cached));
  });
});
