import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildTaxonomies, buildTaxonomy, namesOf, termUrl, type TaxonomyKey } from '../../src/taxonomy/terms.ts';
import { makeArticle, type ArticleSketch } from '../layout/makeArticle.ts';

describe('taxonomies', () => {
  const cases: { name: string; key: TaxonomyKey; article: ArticleSketch; expected: string[] }[] = [
    { name: 'a source page covers the outlet and the agency', key: 'sources', article: { outlet: 'UrduPoint News', agency: 'Sputnik' }, expected: ['UrduPoint News', 'Sputnik'] },
    { name: 'an article without agency files under its outlet only', key: 'sources', article: { outlet: 'Reuters' }, expected: ['Reuters'] },
    { name: 'the place comes from the dateline', key: 'places', article: { place: 'Yerevan' }, expected: ['Yerevan'] },
    { name: 'an article without dateline has no place', key: 'places', article: {}, expected: [] },
    { name: 'people are the speakers of quotes and the people named in frontmatter', key: 'people', article: { speakers: ['Ana Lopes', undefined], people: ['Emmanuel Macron'] }, expected: ['Ana Lopes', 'Emmanuel Macron'] },
    { name: 'topics are the tags', key: 'topics', article: { tags: ['Trade', 'Budget'] }, expected: ['Trade', 'Budget'] },
  ];
  for (const { name, key, article, expected } of cases) {
    test(name, () => assert.deepEqual(namesOf(makeArticle(article), key), expected));
  }

  test('term pages have stable lower-case URLs made from the name alone', () => {
    assert.equal(termUrl('people', 'Zoé Ćosić'), '/people/zoe-cosic/');
    assert.equal(termUrl('places', 'São Paulo'), '/places/sao-paulo/');
    assert.equal(termUrl('topics', 'OSCE Minsk Group'), '/topics/osce-minsk-group/');
  });

  test('each term lists its articles newest first, each article once', () => {
    const articles = [
      makeArticle({ slug: 'b', date: '2021-02-01', speakers: ['Ana Lopes', 'Ana Lopes'], people: ['Ana Lopes'] }),
      makeArticle({ slug: 'a', date: '2020-01-01', speakers: ['Ana Lopes'] }),
    ];
    const { taxonomy } = buildTaxonomy(articles, 'people');
    assert.equal(taxonomy.terms.length, 1);
    assert.deepEqual(taxonomy.terms[0]!.articles.map((a) => a.slug), ['b', 'a']);
  });

  test('terms are sorted by name as a reader looks them up, ignoring case and accents', () => {
    const articles = [makeArticle({ tags: ['zebra', 'Éclair', 'apple', 'Banana'] })];
    const { taxonomy } = buildTaxonomy(articles, 'topics');
    assert.deepEqual(taxonomy.terms.map((t) => t.name), ['apple', 'Banana', 'Éclair', 'zebra']);
  });

  test('two spellings that differ only in case or accents share one page and are reported', () => {
    const articles = [
      makeArticle({ slug: 'one', speakers: ['Zoé Ćosić'] }),
      makeArticle({ slug: 'two', people: ['Zoe Cosic'] }),
      makeArticle({ slug: 'three', people: ['Zoé Ćosić'] }),
    ];
    const { taxonomies, collisions } = buildTaxonomies(articles);
    const people = taxonomies.find((t) => t.key === 'people')!;
    assert.equal(people.terms.length, 1);
    assert.equal(people.terms[0]!.name, 'Zoé Ćosić', 'the more frequent spelling is shown');
    assert.deepEqual(people.terms[0]!.variants, ['Zoe Cosic']);
    assert.equal(people.terms[0]!.articles.length, 3);
    assert.deepEqual(collisions, [
      {
        taxonomy: 'people',
        slug: 'zoe-cosic',
        url: '/people/zoe-cosic/',
        shared: true,
        urls: ['/people/zoe-cosic/'],
        names: ['Zoé Ćosić', 'Zoe Cosic'],
        files: { 'Zoé Ćosić': ['content/2020-11-28-one.md', 'content/2020-11-28-three.md'], 'Zoe Cosic': ['content/2020-11-28-two.md'] },
      },
    ]);
  });

  test('on a tie between spellings the accented one is shown', () => {
    const { taxonomy } = buildTaxonomy([makeArticle({ tags: ['Sao Paulo'] }), makeArticle({ tags: ['São Paulo'] })], 'topics');
    assert.equal(taxonomy.terms[0]!.name, 'São Paulo');
  });

  test('spellings that differ only in accents but get separate pages are reported with both pages', () => {
    const { collisions } = buildTaxonomies([makeArticle({ slug: 'x', place: 'Zürich' }), makeArticle({ slug: 'y', place: 'Zurich' })]);
    assert.equal(collisions.length, 1);
    assert.equal(collisions[0]!.shared, false);
    assert.deepEqual(collisions[0]!.urls, ['/places/zuerich/', '/places/zurich/']);
    assert.deepEqual([...collisions[0]!.names].sort(), ['Zurich', 'Zürich']);
  });

  test('names that are merely similar are not reported', () => {
    const { collisions } = buildTaxonomies([makeArticle({ people: ['Ana Lopes', 'Ana Lopez'] })]);
    assert.deepEqual(collisions, []);
  });
});
