import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { termProfile, type TermIndex } from '../../src/layout/profiles.ts';
import { buildTaxonomies } from '../../src/taxonomy/terms.ts';
import { makeArticle } from './makeArticle.ts';

describe('term profiles', () => {
  // Newest first, as the archive hands them over.
  const articles = [
    makeArticle({ slug: 'c', date: '2021-05-01', place: 'Lisbon', speakers: ['Ana Lopes', 'Rui Costa', 'Rui Costa'], tags: ['Budget'] }),
    makeArticle({ slug: 'b', date: '2020-02-01', place: 'Porto', speakers: ['Ana Lopes', undefined], tags: ['Budget', 'Rail'] }),
    makeArticle({ slug: 'a', date: '2019-01-01', place: 'Lisbon', speakers: ['Rui Costa'], tags: ['Rail'] }),
  ];
  const { taxonomies } = buildTaxonomies(articles);
  const index: TermIndex = new Map(taxonomies.map((t) => [t.key, new Map(t.terms.map((term) => [term.slug, term]))]));
  const term = (key: string, slug: string) => taxonomies.find((t) => t.key === key)!.terms.find((t) => t.slug === slug)!;

  test('a place counts its articles and quotes, and names its first and latest appearance', () => {
    const lisbon = termProfile('places', term('places', 'lisbon'), index);
    assert.deepEqual([lisbon.articleCount, lisbon.quoteCount, lisbon.first.slug, lisbon.latest.slug], [2, 4, 'a', 'c']);
    assert.deepEqual(lisbon.mostQuoted.map((r) => [r.name, r.count]), [['Rui Costa', 3], ['Ana Lopes', 1]]);
    assert.deepEqual(lisbon.places, [], 'a place does not rank places');
    assert.deepEqual(lisbon.topics.map((r) => [r.name, r.count]), [['Budget', 1], ['Rail', 1]]);
  });

  test('a person counts their own quotes, and ranks the others quoted beside them', () => {
    const ana = termProfile('people', term('people', 'ana-lopes'), index);
    assert.equal(ana.quoteCount, 2);
    assert.deepEqual(ana.mostQuoted.map((r) => [r.name, r.count, r.url]), [['Rui Costa', 2, '/people/rui-costa/']]);
    assert.deepEqual(ana.places.map((r) => r.name), ['Lisbon', 'Porto']);
  });
});
