/**
 * `npm start` keeps what one update made for the next (src/layout/siteData.ts `SiteDataMemo`,
 * src/taxonomy/terms.ts `TaxonomyMemo`, src/pipeline/changedPages.ts `FingerprintMemo`): unchanged articles keep their objects, and related
 * articles, term profiles, quote links and page fingerprints made of them are reused. After any
 * sequence of edits — an article added, deleted, its title, body, tags, people, speakers or date
 * changed — the site data and every page's fingerprint must equal those made from nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { siteData, siteDataMemo, type SiteData } from '../../src/layout/siteData.ts';
import { byDateDescending, type Article } from '../../src/model/article.ts';
import { fingerprint, fingerprintMemo } from '../../src/pipeline/changedPages.ts';
import { buildTaxonomies, taxonomyMemo } from '../../src/taxonomy/terms.ts';
import type { SiteSettings } from '../../src/site.ts';
import { makeArticle } from './makeArticle.ts';

const SITE: SiteSettings = { title: 'Test Archive', description: 'A test.', lang: 'en', url: 'https://example.org', pathPrefix: '/', logo: undefined };
const PEOPLE = ['Ana Lopes', 'Ána Lopes', 'Omar Haddad', 'Li Wei', 'Jean-Baptiste Lemoyne'];
const TAGS = ['Trade', 'Budget', 'Weather', 'Elections'];
const PLACES = ['Lisbon', 'Porto', 'Yerevan'];

type Edit =
  | { kind: 'add' | 'delete' | 'title' | 'body' | 'tags' | 'people' | 'speakers' | 'date'; pick: number; value: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('add', 'delete', 'title', 'body', 'tags', 'people', 'speakers', 'date') as fc.Arbitrary<Edit['kind']>,
  pick: fc.nat({ max: 1000 }),
  value: fc.nat({ max: 1000 }),
});

const some = <T>(list: readonly T[], seed: number, count: number): T[] => Array.from({ length: count }, (_, i) => list[(seed + i * 7) % list.length]!);

function article(n: number, seed: number): Article {
  return makeArticle({
    slug: `story-${n}`,
    date: `20${10 + (seed % 12)}-0${(seed % 9) + 1}-1${seed % 10}`,
    title: `Story ${n}`,
    place: PLACES[seed % PLACES.length]!,
    outlet: seed % 3 === 0 ? 'The Daily Test' : 'Wire Weekly',
    tags: [...new Set(some(TAGS, seed, seed % 3))],
    people: [...new Set(some(PEOPLE, seed + 1, seed % 2))],
    speakers: some([...PEOPLE, undefined], seed + 2, seed % 4),
  });
}

/** The edited copy of an article: a new object, as the load stage makes for a changed file. */
function edited(old: Article, change: Edit): Article {
  switch (change.kind) {
    case 'title':
      return { ...old, title: `Headline ${change.value}` };
    case 'body':
      return { ...old, html: `<p>Body ${change.value}.</p>`, ...(change.value % 2 ? { summary: `Summary ${change.value}` } : {}) };
    case 'tags':
      return { ...old, tags: [...new Set(some(TAGS, change.value, change.value % 3))] };
    case 'people':
      return { ...old, people: [...new Set(some(PEOPLE, change.value, change.value % 3))] };
    case 'speakers':
      return { ...old, quotes: some([...PEOPLE, undefined], change.value, change.value % 3).map((speaker, i) => ({ text: `Said ${i}`, id: `quote-${i + 1}`, ...(speaker ? { speaker } : {}) })) };
    default: {
      const day = `2019-12-${String((change.value % 28) + 1).padStart(2, '0')}`;
      return { ...old, date: day, year: '2019', month: '12', day: day.slice(8) };
    }
  }
}

function apply(articles: Article[], change: Edit, step: number): Article[] {
  if (change.kind === 'add') return [...articles, article(1000 + step, change.value)].sort(byDateDescending);
  const at = change.pick % articles.length;
  if (change.kind === 'delete') return articles.length > 2 ? articles.filter((_, i) => i !== at) : articles;
  return articles.map((old, i) => (i === at ? edited(old, change) : old)).sort(byDateDescending);
}

/** Article objects compared by identity in both: what the templates would be given. */
function assertSameData(actual: SiteData, expected: SiteData, what: string): void {
  assert.deepStrictEqual(actual, expected, what);
}

describe('site data and fingerprints kept between updates', () => {
  test('equal those made from nothing after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        let articles = Array.from({ length: 30 }, (_, n) => article(n, n * 13 + 5)).sort(byDateDescending);
        const memo = siteDataMemo();
        const prints = fingerprintMemo();
        const terms = taxonomyMemo();
        // The first update fills the memos.
        fingerprint(await siteData({ articles, taxonomies: buildTaxonomies(articles, terms) }, { site: SITE, memo, quotesPerPage: 4 }), prints);
        for (const [step, change] of edits.entries()) {
          articles = apply(articles, change, step);
          const taxonomies = buildTaxonomies(articles, terms);
          assert.deepStrictEqual(taxonomies, buildTaxonomies(articles), `the taxonomies after ${change.kind}`);
          const kept = await siteData({ articles, taxonomies }, { site: SITE, memo, quotesPerPage: 4 });
          const fresh = await siteData({ articles }, { site: SITE, quotesPerPage: 4 });
          assertSameData(kept, fresh, `the site data after ${change.kind}`);
          assert.deepStrictEqual(fingerprint(kept, prints), fingerprint(fresh), `every page's fingerprint after ${change.kind}`);
        }
      }),
      { seed: 20261201, numRuns: 40 },
    );
  });

  test('an unchanged page keeps its fingerprint and a changed one gets a new one', async () => {
    const articles = Array.from({ length: 12 }, (_, n) => article(n, n * 13 + 5)).sort(byDateDescending);
    const prints = fingerprintMemo();
    const before = fingerprint(await siteData({ articles }, { site: SITE }), prints);
    const target = articles[5]!;
    const after = articles.map((old) => (old === target ? { ...old, html: '<p>A new last paragraph.</p>' } : old));
    const next = fingerprint(await siteData({ articles: after }, { site: SITE }), prints);
    const changed = [...next.pages.articlePages].filter(([url, print]) => before.pages.articlePages.get(url) !== print).map(([url]) => url);
    assert.deepEqual(changed, [target.url], 'a body edit changes its own page only');
    assert.deepEqual(next.pages.termPages, before.pages.termPages, 'no listing shows a body');
  });

  test('every quote page changes when the total of quotes or speakers does, as each page shows both', async () => {
    const articles = Array.from({ length: 20 }, (_, n) => article(n, n * 13 + 5)).sort(byDateDescending);
    const data = await siteData({ articles }, { site: SITE, quotesPerPage: 2 });
    assert.ok(data.quotePages.length > 2, 'several quote pages');
    const before = fingerprint(data).pages.quotePages;
    // Only the totals differ: a page whose own quotes are unchanged must still be laid out again.
    for (const other of [{ ...data, quoteCount: data.quoteCount + 1 }, { ...data, quotes: [...data.quotes, data.quotes[0]!] }]) {
      const after = fingerprint(other).pages.quotePages;
      const same = [...after].filter(([url, print]) => before.get(url) === print).map(([url]) => url);
      assert.deepEqual(same, [], `pages that would still show the old total: ${same.join(', ')}`);
    }
  });
});
