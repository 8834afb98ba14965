/**
 * Facet values and counts written at build time (src/searchIndex/facetCounts.ts):
 * what the search page lists when a reader opens a facet, without asking
 * Pagefind for every filter chunk.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { facetCounts, TOP_FACET_VALUES, writeFacetFiles } from '../../src/searchIndex/facetCounts.ts';
import type { Article } from '../../src/model/article.ts';

function article(n: number, place: string, lang = 'en'): Article {
  return {
    url: `/2020/01/01/a${n}/`,
    date: '2020-01-01',
    year: '2020',
    lang,
    source: { outlet: 'Wire' },
    dateline: { place },
    tags: [],
    people: [],
    quotes: n % 2 === 0 ? [{ id: 'quote-1', text: 'Words', speaker: `Speaker ${n}`, role: `mayor of ${place}` }] : [],
  } as unknown as Article;
}

test('counts articles and quotes per value, a quote under its speaker only, roles under no facet', () => {
  const counts = facetCounts([article(1, 'Kyiv'), article(2, 'Kyiv'), article(3, 'Baku')]);
  const en = counts.get('en');
  assert.ok(en);
  assert.deepEqual([...(en.get('place') ?? [])], [['Kyiv', 3], ['Baku', 1]], 'two articles and a quote from Kyiv');
  assert.deepEqual([...(en.get('type') ?? [])].sort(), [['Article', 3], ['Quote', 1]]);
  assert.deepEqual([...(en.get('person') ?? [])], [['Speaker 2', 2]], 'the article of a speaker and the quote');
  assert.equal(en.has('role'), false);
  assert.equal(en.has('date'), false);
});

test('writes the most frequent values per language, sorted by count, and the full list beside them', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'facets-'));
  try {
    const places = Array.from({ length: TOP_FACET_VALUES + 5 }, (_, i) => `Place ${String(i).padStart(2, '0')}`);
    const articles = places.flatMap((place, i) => Array.from({ length: (i % 3) + 1 }, (_, k) => article(i * 10 + k * 2 + 1, place)));
    articles.push(article(999, 'Paris', 'fr'));
    const written = await writeFacetFiles(dir, articles);
    assert.deepEqual(Object.keys(written).sort(), ['en', 'fr']);
    const head = JSON.parse(await readFile(path.join(dir, 'facets', 'en', 'place.json'), 'utf8')) as { total: number; values: [string, number][]; all?: string };
    assert.equal(head.values.length, TOP_FACET_VALUES);
    assert.equal(head.total, places.length);
    const counts = head.values.map(([, count]) => count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.equal(head.all, 'place.all.json');
    const all = JSON.parse(await readFile(path.join(dir, 'facets', 'en', 'place.all.json'), 'utf8')) as { values: unknown[] };
    assert.equal(all.values.length, places.length);
    assert.deepEqual(await readdir(path.join(dir, 'facets', 'fr')), ['place.json', 'source.json', 'type.json', 'year.json']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
