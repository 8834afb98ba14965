import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  articleUrl,
  articleUrlFor,
  fileNameForSlug,
  fileNameParts,
  monthUrl,
  pageUrl,
  quoteUrl,
  taxonomyUrl,
  termPageUrl,
  yearUrl,
} from '../../src/model/urls.ts';

// Tables in the style of Quartz's quartz/util/path.test.ts: each row is a
// permanent link an archive must keep giving for the same input.

describe('an article file and its permanent URL', () => {
  const rows = [
    { file: '2020-11-28-france-backs-talks.md', date: '2020-11-28', name: { date: '2020-11-28', slug: 'france-backs-talks' }, url: '/2020/11/28/france-backs-talks/' },
    { file: 'france-backs-talks.md', date: '2020-11-28', name: { date: undefined, slug: 'france-backs-talks' }, url: '/2020/11/28/france-backs-talks/' },
    // The URL follows the frontmatter date; validation warns that the name disagrees.
    { file: '2020-11-27-france-backs-talks.md', date: '2020-11-28', name: { date: '2020-11-27', slug: 'france-backs-talks' }, url: '/2020/11/28/france-backs-talks/' },
    { file: '2021-01-05-2020-in-review.md', date: '2021-01-05', name: { date: '2021-01-05', slug: '2020-in-review' }, url: '/2021/01/05/2020-in-review/' },
    { file: '2020-11-28-x', date: '2020-11-28', name: { date: '2020-11-28', slug: 'x' }, url: '/2020/11/28/x/' },
  ] as const;
  for (const { file, date, name, url } of rows) {
    test(`${file} dated ${date} is published at ${url}`, () => {
      assert.deepEqual(fileNameParts(file), name);
      assert.equal(articleUrl(date, name.slug), url);
      assert.equal(articleUrlFor(date, file), url);
    });
  }

  test('a late-evening time west of UTC keeps the day the article is dated, not the UTC day', () => {
    assert.equal(articleUrl('2020-11-28T23:30:00-05:00', 'talks'), '/2020/11/28/talks/');
  });

  const undated = ['', 'TODO: the date', '28 November 2020'];
  for (const date of undated) {
    test(`an importer draft dated ${JSON.stringify(date)} has no URL yet`, () => {
      assert.equal(articleUrlFor(date, 'talks.md'), undefined);
    });
  }
});

describe('the file a new article is written to', () => {
  const rows = [
    { date: '2020-11-28', slug: 'talks', file: '2020-11-28-talks.md' },
    { date: '', slug: 'talks', file: 'YYYY-MM-DD-talks.md' },
    { date: 'TODO: the date of publication', slug: 'talks', file: 'YYYY-MM-DD-talks.md' },
    { date: '2020-11-28T09:15', slug: 'talks', file: '2020-11-28-talks.md' },
  ] as const;
  for (const { date, slug, file } of rows) {
    test(`an article dated ${JSON.stringify(date)} with slug ${slug} is written to ${file}`, () => {
      assert.equal(fileNameForSlug(date, slug), file);
      if (/^\d/.test(date)) assert.equal(fileNameParts(file).slug, slug);
    });
  }
});

describe('index pages', () => {
  const rows = [
    { page: 'the year 2020', url: yearUrl('2020'), expected: '/2020/' },
    { page: 'November 2020', url: monthUrl('2020', '11'), expected: '/2020/11/' },
    { page: 'January 2021', url: monthUrl('2021', '01'), expected: '/2021/01/' },
    { page: 'all topics', url: taxonomyUrl('topics'), expected: '/topics/' },
    { page: 'all people', url: taxonomyUrl('people'), expected: '/people/' },
    { page: 'the topic trade', url: termPageUrl('topics', 'trade'), expected: '/topics/trade/' },
    { page: 'the place Yerevan', url: termPageUrl('places', 'yerevan'), expected: '/places/yerevan/' },
    { page: 'page 1 of the home page', url: pageUrl('/', 1), expected: '/' },
    { page: 'page 2 of the home page', url: pageUrl('/', 2), expected: '/page/2/' },
    { page: 'page 3 of a topic', url: pageUrl('/topics/trade/', 3), expected: '/topics/trade/page/3/' },
    { page: 'page 0 of a topic (the first)', url: pageUrl('/topics/trade/', 0), expected: '/topics/trade/' },
    { page: 'the second quote of an article', url: quoteUrl('/2020/11/28/talks/', 'quote-2'), expected: '/2020/11/28/talks/#quote-2' },
  ];
  for (const { page, url, expected } of rows) {
    test(`${page} is at ${expected}`, () => assert.equal(url, expected));
  }
});
