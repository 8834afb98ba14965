/**
 * The benchmark's archive generator: deterministic, about 5 KB an article,
 * and valid against the real pipeline. No timings here: speed is measured by
 * `npm run bench`, never asserted.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateArchive, writeArchive, type GeneratedArticle } from '../../bench/generate.ts';
import { loadArchive, type Archive } from '../../src/loadArchive.ts';

const take = (count: number, seed?: string): GeneratedArticle[] =>
  [...generateArchive({ count, ...(seed === undefined ? {} : { seed }) })];

describe('the benchmark archive generator', () => {
  it('gives the same files for the same seed, and others for another seed', () => {
    const first = take(20, 'same');
    const again = take(20, 'same');
    assert.deepEqual(
      again.map((a) => [a.fileName, a.text]),
      first.map((a) => [a.fileName, a.text]),
    );
    const other = take(20, 'different');
    assert.notDeepEqual(
      other.map((a) => a.text),
      first.map((a) => a.text),
    );
  });

  it('makes a smaller archive a prefix of a larger one', () => {
    const small = take(10).map((a) => a.fileName);
    const large = take(40).map((a) => a.fileName);
    assert.deepEqual(large.slice(0, 10), small);
  });

  it('writes about 5 KB per article under unique YYYY-MM-DD-slug.md names', () => {
    const articles = take(200);
    const names = new Set(articles.map((a) => a.fileName));
    assert.equal(names.size, articles.length);
    for (const article of articles) {
      assert.match(article.fileName, /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
      const bytes = Buffer.byteLength(article.text);
      assert.ok(bytes > 3_500 && bytes < 6_500, `${article.fileName} is ${bytes} bytes`);
    }
    const mean = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / articles.length;
    assert.ok(mean > 4_500 && mean < 5_500, `mean size ${mean}`);
    const years = new Set(articles.map((a) => a.fileName.slice(0, 4)));
    assert.ok(years.size >= 15, `dates spread over ${years.size} years`);
  });

  describe('a generated archive of 30 articles', () => {
    let dir: string;
    let archive: Archive;

    before(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'bench-generate-test-'));
      await writeArchive(path.join(dir, 'content'), { count: 30 });
      archive = await loadArchive({ contentDir: path.join(dir, 'content'), today: new Date('2025-06-01') });
    });
    after(() => rm(dir, { recursive: true, force: true }));

    it('passes validation with no errors or warnings', () => {
      const messages = archive.files.flatMap((file) => file.messages.map((m) => `${file.path}: ${m.reason}`));
      assert.deepEqual(messages, []);
      assert.equal(archive.ok, true);
      assert.equal(archive.articles.length, 30);
    });

    it('has its quotes found and marked in the bodies, with speakers', () => {
      let quotes = 0;
      for (const article of archive.articles) {
        assert.ok(article.quotes.length > 0, `${article.inputPath} has quotes`);
        for (const quote of article.quotes) {
          assert.ok(quote.speaker, 'every quote has a speaker');
          assert.ok(article.html.includes(`id="${quote.id}"`), `${article.inputPath}: quote ${quote.id} is marked`);
          quotes++;
        }
        assert.ok(article.dateline?.place, 'every article has a dateline');
        assert.ok(article.tags.length > 0, 'every article has topics');
      }
      assert.ok(quotes >= 30);
    });
  });
});
