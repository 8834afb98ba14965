import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jsonForScript } from '../../src/layout/filters.ts';
import { newsArticleJsonLd } from '../../src/layout/jsonLd.ts';
import { makeArticle } from './makeArticle.ts';

const SITE = 'https://archive.example';

describe('NewsArticle structured data', () => {
  const full = makeArticle({
    slug: 'talks',
    title: 'France Backs Talks',
    date: '2020-11-28',
    updated: '2020-11-29T10:00:00+05:00',
    place: 'Yerevan',
    outlet: 'UrduPoint News',
    agency: 'Sputnik',
    byline: '@ChaudhryMAli88',
    url: 'https://www.urdupoint.com/en/world/x.html',
    speakers: ['Jean-Baptiste Lemoyne'],
    people: ['Emmanuel Macron'],
    tags: ['OSCE', 'France'],
    lang: 'en',
  });
  const ld = newsArticleJsonLd(full, SITE, 'News Archive');

  const cases: { field: string; actual: unknown; expected: unknown }[] = [
    { field: 'type', actual: ld['@type'], expected: 'NewsArticle' },
    { field: 'headline', actual: ld.headline, expected: 'France Backs Talks' },
    { field: 'canonical URL', actual: ld.url, expected: 'https://archive.example/2020/11/28/talks/' },
    { field: 'datePublished', actual: ld.datePublished, expected: '2020-11-28' },
    { field: 'dateModified from updated', actual: ld.dateModified, expected: '2020-11-29T05:00:00Z' },
    { field: 'dateline', actual: ld.dateline, expected: 'Yerevan' },
    { field: 'author from the byline', actual: ld.author, expected: [{ '@type': 'Person', name: '@ChaudhryMAli88' }] },
    { field: 'creator from the byline', actual: ld.creator, expected: [{ '@type': 'Person', name: '@ChaudhryMAli88' }] },
    { field: 'publisher is the outlet', actual: ld.publisher, expected: { '@type': 'NewsMediaOrganization', name: 'UrduPoint News' } },
    { field: 'sourceOrganization is the agency', actual: ld.sourceOrganization, expected: { '@type': 'NewsMediaOrganization', name: 'Sputnik' } },
    { field: 'isBasedOn the source URL', actual: ld.isBasedOn, expected: 'https://www.urdupoint.com/en/world/x.html' },
    { field: 'keywords from the tags', actual: ld.keywords, expected: ['OSCE', 'France'] },
    { field: 'inLanguage', actual: ld.inLanguage, expected: 'en' },
    { field: 'mentions speakers and people', actual: ld.mentions?.map((m) => m.name), expected: ['Jean-Baptiste Lemoyne', 'Emmanuel Macron'] },
  ];
  for (const { field, actual, expected } of cases) {
    test(`carries ${field}`, () => assert.deepEqual(actual, expected));
  }

  test('a minimal article has no empty or invented fields', () => {
    const ld2 = newsArticleJsonLd(makeArticle({ outlet: 'Reuters' }), SITE, 'News Archive');
    for (const key of ['author', 'creator', 'isBasedOn', 'keywords', 'dateline', 'mentions']) assert.ok(!(key in ld2), key);
    assert.deepEqual(ld2.sourceOrganization, ld2.publisher, 'without an agency the outlet is the source');
    assert.equal(ld2.dateModified, ld2.datePublished);
  });

  test('a headline that tries to close the script element cannot', () => {
    const hostile = makeArticle({ title: '</script><script>alert(1)</script> & more' });
    const serialised = jsonForScript(newsArticleJsonLd(hostile, SITE, 'News Archive'));
    assert.ok(!serialised.includes('<'));
    assert.equal(JSON.parse(serialised).headline, hostile.title);
  });
});
