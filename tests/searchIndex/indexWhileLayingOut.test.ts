/**
 * The index of a cold build made while the layout runs (src/searchIndex/searchIndex.ts `pagesWritten`,
 * src/pipeline/layOut.ts `LayoutTurns`): a shard goes to Pagefind as soon as its article pages are written,
 * not after the last page; the search files are the same as indexing the finished site; a layout that fails
 * or a page Pagefind cannot read fails the index, with nothing left writing into the site.
 * One fixture site for the file (a real build and Pagefind take seconds); each test indexes a copy of its own.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Article } from '../../src/model/article.ts';
import { buildSearchIndex, type PagesWritten } from '../../src/searchIndex/searchIndex.ts';
import { planSearchShards } from '../../src/searchIndex/searchShards.ts';
import { buildSearchSite, type SearchSite } from '../fixtures/search/searchSite.ts';
import { fileHashes } from '../support/treeHash.ts';

const SHARD = 3;

/** The search files of a site: every file of its bundles, by path and hash. */
async function searchFiles(siteDir: string): Promise<Map<string, string>> {
  const all = await fileHashes(siteDir);
  return new Map([...all].filter(([file]) => file.startsWith('pagefind')));
}

describe('indexing while the layout runs', () => {
  let site: SearchSite;
  let scratch: string;
  before(async () => {
    site = await buildSearchSite({ shardArticles: SHARD });
    scratch = await mkdtemp(path.join(tmpdir(), 'archive-index-turns-'));
  });
  after(async () => {
    await site?.project.remove();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  /** A copy of the fixture site without its search files. */
  async function unindexedCopy(name: string): Promise<string> {
    const dir = path.join(scratch, name);
    await cp(site.siteDir, dir, { recursive: true, filter: (source) => !path.basename(source).startsWith('pagefind') });
    return dir;
  }

  test('a cold build laid out in several passes writes the same search files as indexing the finished site', async () => {
    const built = await site.project.build({ clean: true, searchShardArticles: SHARD, layoutPassPages: 4 });
    assert.ok(built.ok);
    assert.ok((built.layout?.laidOut ?? 0) > 8, 'enough pages for several passes');
    const during = await searchFiles(site.siteDir);
    const copy = await unindexedCopy('after');
    await buildSearchIndex(copy, built.archive.articles, { maxArticlesPerShard: SHARD });
    assert.deepEqual(await searchFiles(copy), during);
  });

  test('the newest shard goes to Pagefind once its pages are written, before the older pages are', async () => {
    const dir = await unindexedCopy('turns');
    const newest = planSearchShards(site.built, SHARD).at(-1)!;
    const newestUrls = new Set(newest.articles.map((article) => article.url));
    const sent: number[] = [];
    const primaryEntry = path.join(dir, 'pagefind', 'pagefind-entry.json');
    const pagesWritten: PagesWritten = {
      // The newest shard's pages are written by the first pass, the rest by the second.
      turn: (articles: readonly Article[]) => (articles.every((article) => newestUrls.has(article.url)) ? 0 : 1),
      async after(turn) {
        if (turn === 0) return;
        // The second pass ends only once the first pass's shard is written: an index that waited for it would hang.
        for (let waited = 0; !existsSync(primaryEntry); waited += 50) {
          if (waited > 60_000) throw new Error('the newest shard was not indexed before the second pass ended');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      sent: (turn) => void sent.push(turn),
    };
    const result = await buildSearchIndex(dir, site.built, { maxArticlesPerShard: SHARD, cacheDir: null, pagesWritten });
    // Told before each pass is waited for (-1: the pages written before any pass), then let go when the index ends.
    assert.deepEqual(sent, [-1, 0, Infinity]);
    assert.deepEqual(result.shards.map((shard) => shard.id), [...planSearchShards(site.built, SHARD)].reverse().map((shard) => shard.id), 'the manifest stays newest first');
  });

  test('a layout that fails fails the index with its error, and lets the layout go', async () => {
    const dir = await unindexedCopy('failed-layout');
    const sent: number[] = [];
    const failure = new Error('layout pass 2 failed');
    const pagesWritten: PagesWritten = {
      turn: (articles: readonly Article[]) => (articles.some((article) => article.date.startsWith('2020')) ? 0 : 1),
      after: (turn) => (turn === 0 ? Promise.resolve() : Promise.reject(failure)),
      sent: (turn) => void sent.push(turn),
    };
    await assert.rejects(buildSearchIndex(dir, site.built, { maxArticlesPerShard: SHARD, cacheDir: null, pagesWritten }), failure);
    assert.equal(sent.at(-1), Infinity);
  });

  test('a page Pagefind cannot read fails the index, naming it, and nothing writes into the site afterwards', async () => {
    const dir = await unindexedCopy('missing-page');
    const lost = site.built[0]!;
    await rm(path.join(dir, lost.url, 'index.html'));
    await assert.rejects(buildSearchIndex(dir, site.built, { maxArticlesPerShard: SHARD, cacheDir: null }), (error: Error) =>
      error.message.includes(path.join(lost.url, 'index.html')),
    );
    const right = await fileHashes(dir);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.deepEqual(await fileHashes(dir), right, 'every Pagefind process had stopped when the index failed');
  });
});
