import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bySurname, paginateQuotes, surnameOf, type SpeakerQuotes } from '../../src/layout/quotes.ts';
import { makeArticle } from './makeArticle.ts';

function speaker(name: string, quotes: number): SpeakerQuotes {
  const article = makeArticle();
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  return {
    name,
    url: `/people/${slug}/`,
    id: `speaker-${slug}`,
    quotes: Array.from({ length: quotes }, (_, i) => ({ text: `${name} ${i + 1}`, href: `${article.url}#quote-${i + 1}`, article })),
  };
}

describe('quotes by surname', () => {
  const cases = [
    ['Jean-Baptiste Lemoyne', 'Lemoyne'],
    ['Martin Luther King Jr.', 'King'],
    ['Lemoyne, Jean-Baptiste', 'Lemoyne'],
    ['Lula', 'Lula'],
    ['  Amina   Yusuf ', 'Yusuf'],
  ] as const;
  for (const [name, surname] of cases) {
    test(`${name.trim()} is filed under ${surname}`, () => assert.equal(surnameOf(name), surname));
  }

  test('speakers are sorted by surname, accents folded, then by whole name', () => {
    const names = ['Zoé Ćosić', 'Amina Yusuf', 'Marko Horvat', 'Ana Horvat', 'Jean-Baptiste Lemoyne'];
    assert.deepEqual([...names].map((name) => ({ name })).sort(bySurname).map((s) => s.name), ['Zoé Ćosić', 'Ana Horvat', 'Marko Horvat', 'Jean-Baptiste Lemoyne', 'Amina Yusuf']);
  });
});

describe('pages of /quotes/', () => {
  test('a small archive is one page at /quotes/', () => {
    const pages = paginateQuotes([speaker('Ana Horvat', 3)], 100);
    assert.deepEqual(pages.map((p) => [p.url, p.count, p.quoteCount]), [['/quotes/', 1, 3]]);
  });

  test('pages hold about the limit, a speaker who fits on a page is not split, and every quote is on exactly one page', () => {
    const groups = [speaker('Ana Ali', 4), speaker('Bo Berg', 4), speaker('Cy Cole', 3), speaker('Di Dunn', 1)];
    const pages = paginateQuotes(groups, 5);
    assert.deepEqual(pages.map((p) => p.groups.map((g) => `${g.name}:${g.quotes.length}`)), [['Ana Ali:4'], ['Bo Berg:4'], ['Cy Cole:3', 'Di Dunn:1']]);
    assert.deepEqual(pages.map((p) => p.url), ['/quotes/', '/quotes/page/2/', '/quotes/page/3/']);
    assert.deepEqual([pages[1]!.previousUrl, pages[1]!.nextUrl], ['/quotes/', '/quotes/page/3/']);
    assert.deepEqual([pages[2]!.from, pages[2]!.to], ['Cole', 'Dunn'], 'guide words: the first and last surname on the page');
  });

  test('a speaker with more quotes than a page goes on over the next pages, marked as continued', () => {
    const pages = paginateQuotes([speaker('Ana Ali', 1), speaker('Bo Berg', 12)], 5);
    assert.deepEqual(pages.map((p) => p.groups.map((g) => `${g.name}:${g.quotes.length}${g.continued ? '+' : ''}`)), [['Ana Ali:1', 'Bo Berg:4'], ['Bo Berg:5+'], ['Bo Berg:3+']]);
    assert.equal(pages.flatMap((p) => p.groups.flatMap((g) => g.quotes)).length, 13);
  });

  test('every page has the same jump list: each surname initial and the page it starts on', () => {
    const pages = paginateQuotes([speaker('Ana Ali', 4), speaker('Bo Berg', 4), speaker('Bea Bell', 1)], 5);
    assert.deepEqual(pages[0]!.letters, [{ letter: 'A', url: '/quotes/#speaker-ana-ali' }, { letter: 'B', url: '/quotes/page/2/#speaker-bo-berg' }]);
    assert.equal(pages[1]!.letters, pages[0]!.letters);
  });

  test('250,000 quotes make pages of at most 100', () => {
    const groups = Array.from({ length: 2_500 }, (_, i) => speaker(`Name ${String(i).padStart(4, '0')}`, 1 + (i % 199)));
    const pages = paginateQuotes(groups);
    assert.ok(pages.every((page) => page.quoteCount <= 100));
    assert.equal(pages.reduce((sum, page) => sum + page.quoteCount, 0), groups.reduce((sum, g) => sum + g.quotes.length, 0));
  });
});
