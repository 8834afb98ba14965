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

/**
 * What `npm start` keeps of the last update (date pages, term profiles' whole counts, speakers' quotes) updated
 * by one edit of each kind: equal to the site data made from nothing, and only the pages the edit can move are
 * made again (the others are the kept objects, so their fingerprints are a comparison by identity).
 */
describe('kept site data after one edit of each kind', () => {
  async function update(before: Article[], after: Article[]): Promise<{ kept: SiteData; fresh: SiteData; previous: SiteData }> {
    const memo = siteDataMemo();
    const terms = taxonomyMemo();
    const previous = await siteData({ articles: before, taxonomies: buildTaxonomies(before, terms) }, { site: SITE, memo, quotesPerPage: 4 });
    const kept = await siteData({ articles: after, taxonomies: buildTaxonomies(after, terms) }, { site: SITE, memo, quotesPerPage: 4 });
    const fresh = await siteData({ articles: after }, { site: SITE, quotesPerPage: 4 });
    assert.deepStrictEqual(kept, fresh, 'the kept site data equals one made from nothing');
    assert.deepStrictEqual(fingerprint(kept), fingerprint(fresh), 'and so does every page fingerprint');
    return { kept, fresh, previous };
  }
  const byUrl = <T extends { url: string }>(pages: readonly T[]): Map<string, T> => new Map(pages.map((page) => [page.url, page]));

  test('an article moved to another day makes its old and new day, month and year pages only', async () => {
    const articles = Array.from({ length: 24 }, (_, n) => makeArticle({ slug: `s-${n}`, date: `20${10 + (n % 4)}-0${(n % 6) + 1}-1${n % 3}`, tags: ['Trade'] })).sort(byDateDescending);
    const moved = articles[7]!;
    const copy = makeArticle({ slug: moved.slug, date: '2009-12-24', tags: ['Trade'] });
    const { kept, previous } = await update(articles, articles.map((article) => (article === moved ? copy : article)).sort(byDateDescending));
    const touched = new Set([`/${moved.year}/${moved.month}/${moved.day}/`, `/${moved.year}/${moved.month}/`, `/${moved.year}/`, '/2009/12/24/', '/2009/12/', '/2009/']);
    for (const key of ['days', 'months', 'years'] as const) {
      const old = byUrl<{ url: string }>(previous[key]);
      for (const page of kept[key]) {
        // The oldest date pages before and after the move link to their new neighbours.
        const neighbour = page === kept[key].at(-1) || page === kept[key].at(-2);
        if (!touched.has(page.url) && !neighbour) assert.equal(page, old.get(page.url), `${page.url} is the kept page`);
      }
    }
  });

  test("a tag renamed on a few articles changes a big topic's ranking in a profile as counting from nothing does", async () => {
    const articles = Array.from({ length: 30 }, (_, n) =>
      makeArticle({ slug: `t-${n}`, date: `2020-01-${String(n + 1).padStart(2, '0')}`, place: 'Lisbon', tags: n < 12 ? ['Trade'] : n < 22 ? ['Budget'] : ['Weather'] }),
    ).sort(byDateDescending);
    const before = await siteData({ articles }, { site: SITE });
    const lisbon = before.termPages.find((page) => page.url === '/places/lisbon/')!;
    assert.deepEqual(lisbon.profile!.topics.map((row) => row.name), ['Trade', 'Budget', 'Weather']);
    // Three Trade articles become Budget: Budget 13, Trade 9.
    let renamed = 0;
    const after = articles.map((article) => (article.tags[0] === 'Trade' && renamed++ < 3 ? { ...article, tags: ['Budget'] } : article));
    const { kept } = await update(articles, after);
    const profile = kept.termPages.find((page) => page.url === '/places/lisbon/')!.profile!;
    assert.deepEqual(profile.topics.map((row) => [row.name, row.count]), [['Budget', 13], ['Trade', 9], ['Weather', 8]]);
  });

  test("a person's quote removed leaves their quotes, count and profile as counting from nothing does", async () => {
    const articles = Array.from({ length: 10 }, (_, n) =>
      makeArticle({ slug: `q-${n}`, date: `2021-03-${String(n + 1).padStart(2, '0')}`, speakers: n % 2 ? ['Ana Lopes', 'Omar Haddad'] : ['Ana Lopes'], people: ['Li Wei'] }),
    ).sort(byDateDescending);
    const target = articles.find((article) => article.quotes.length === 2)!;
    const cut = { ...target, quotes: target.quotes.filter((quote) => quote.speaker !== 'Omar Haddad') };
    const { kept, previous } = await update(articles, articles.map((article) => (article === target ? cut : article)));
    const omar = kept.quotes.find((group) => group.name === 'Omar Haddad')!;
    assert.equal(omar.quotes.length, 4, "one of Omar Haddad's five quotes is gone");
    const ana = kept.termPages.find((page) => page.url === '/people/ana-lopes/')!.profile!;
    assert.deepEqual(ana.mostQuoted.map((row) => [row.name, row.count]), [['Omar Haddad', 4]]);
    const unchanged = kept.quotes.find((group) => group.name === 'Ana Lopes');
    assert.notEqual(unchanged, undefined);
    assert.equal(previous.quotes.find((group) => group.name === 'Li Wei'), undefined, 'a person never quoted has no quotes');
  });
});
