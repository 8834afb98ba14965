import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isRelatedState, nearestInList, relatedArticles, relatedMemo } from '../../src/taxonomy/related.ts';
import { makeArticle } from '../layout/makeArticle.ts';

describe('related articles', () => {
  test('articles sharing a person rank above those sharing a topic, which rank above those sharing the place', () => {
    const articles = [
      makeArticle({ slug: 'subject', people: ['Ana Lopes'], tags: ['Trade'], place: 'Lisbon' }),
      makeArticle({ slug: 'same-place', place: 'Lisbon' }),
      makeArticle({ slug: 'same-topic', tags: ['Trade'] }),
      makeArticle({ slug: 'same-person', people: ['Ana Lopes'] }),
      makeArticle({ slug: 'unrelated', tags: ['Weather'], place: 'Porto' }),
    ];
    const related = relatedArticles(articles);
    assert.deepEqual(related[0]!.map((a) => a.slug), ['same-person', 'same-topic', 'same-place']);
  });

  const cases = [
    { name: 'an article is never related to itself', limit: 5, expectSelf: false },
    { name: 'no more than the limit are returned', limit: 2, expectSelf: false },
  ];
  for (const { name, limit } of cases) {
    test(name, () => {
      const articles = Array.from({ length: 10 }, (_, i) => makeArticle({ slug: `a${i}`, tags: ['Trade'] }));
      const related = relatedArticles(articles, { limit });
      related.forEach((list, index) => {
        assert.ok(list.length <= limit);
        assert.ok(!list.includes(articles[index]!));
      });
    });
  }

  test('sharing more terms ranks higher; ties go to the article nearest in time', () => {
    const articles = [
      makeArticle({ slug: 'newest', tags: ['Trade'] }),
      makeArticle({ slug: 'subject', tags: ['Trade', 'Budget'] }),
      makeArticle({ slug: 'older', tags: ['Trade'] }),
      makeArticle({ slug: 'oldest', tags: ['Trade', 'Budget'] }),
    ];
    assert.deepEqual(relatedArticles(articles)[1]!.map((a) => a.slug), ['oldest', 'newest', 'older']);
  });

  test('in a large archive where every article shares a term, each looks only at its neighbours in time', () => {
    const articles = Array.from({ length: 5000 }, (_, i) => makeArticle({ slug: `a${i}`, place: 'Lisbon' }));
    const related = relatedArticles(articles, { limit: 3, window: 4 });
    assert.deepEqual(related[2500]!.map((a) => a.slug), ['a2499', 'a2501', 'a2498']);
    assert.equal(related.length, 5000);
  });

  test('an article with nothing in common with any other has no related articles', () => {
    const related = relatedArticles([makeArticle({ tags: ['A'] }), makeArticle({ tags: ['B'] })]);
    assert.deepEqual(related, [[], []]);
  });
});

describe('related articles kept from the previous build', () => {
  const archive = (topic: string) =>
    Array.from({ length: 12 }, (_, i) => makeArticle({ slug: `a${i}`, title: `Story ${i}`, tags: [i % 3 === 0 ? topic : 'Trade', ...(i % 2 ? ['Budget'] : [])] }));

  test('another build with new titles and bodies but the same terms gets the lists of the state it read back, equal to scoring anew', () => {
    const first = relatedMemo();
    relatedArticles(archive('Weather'), {}, first);
    const saved: unknown = JSON.parse(JSON.stringify(first.previous));
    assert.ok(isRelatedState(saved), 'the state survives being written and read');
    // As read back by the next build: the lists are taken, not scored (the scored ones are dropped here to show it).
    const next = archive('Weather').map((article) => ({ ...article, title: `${article.title}, updated`, html: '<p>New.</p>' }));
    const taken = relatedArticles(next, {}, relatedMemo({ ...saved, result: saved.result.map((list) => list.slice(0, 1)) }));
    assert.deepEqual(taken.map((list) => list.length), next.map(() => 1), 'the saved lists were used');
    const kept = relatedArticles(next, {}, relatedMemo(saved));
    assert.deepEqual(kept, relatedArticles(next), 'equal to scoring from nothing');
  });

  test('a changed topic scores every article again', () => {
    const first = relatedMemo();
    relatedArticles(archive('Weather'), {}, first);
    const changed = archive('Weather').map((article, i) => (i === 1 ? { ...article, tags: ['Weather'] } : article));
    assert.deepEqual(relatedArticles(changed, {}, relatedMemo(first.previous)), relatedArticles(changed));
    assert.notDeepEqual(relatedArticles(changed).map((list) => list.map((a) => a.slug)), relatedArticles(archive('Weather')).map((list) => list.map((a) => a.slug)), 'the new topic moves some lists');
  });

  test("a build that knows which articles were read anew makes only their keys, and scores again when one's terms changed", () => {
    const first = relatedMemo();
    const before = archive('Weather');
    relatedArticles(before, {}, first);
    const saved = JSON.parse(JSON.stringify(first.previous)) as NonNullable<typeof first.previous>;
    const urls = before.map((article) => article.url);
    const truncated = { ...saved, result: saved.result.map((list) => list.slice(0, 1)) };
    // Article 1 read anew with a new title: its keys are the same, so the saved (here cut short) lists are taken.
    const retitled = archive('Weather').map((article, i) => (i === 1 ? { ...article, title: 'Retitled' } : article));
    const fresh = (article: { slug: string }): boolean => article.slug === 'a1';
    const taken = relatedArticles(retitled, {}, relatedMemo(truncated, { urls, fresh }));
    assert.deepEqual(taken.map((list) => list.length), retitled.map(() => 1), 'the saved lists were used');
    // Read anew with a new topic: scored again, as from nothing.
    const retagged = archive('Weather').map((article, i) => (i === 1 ? { ...article, tags: ['Weather'] } : article));
    assert.deepEqual(relatedArticles(retagged, {}, relatedMemo(truncated, { urls, fresh })), relatedArticles(retagged));
  });
});

describe('more from this source', () => {
  const list = Array.from({ length: 10 }, (_, i) => makeArticle({ slug: `a${i}` }));
  const cases = [
    { name: 'the articles nearest in time, newest first, without the article itself', position: 5, limit: 4, expected: ['a3', 'a4', 'a6', 'a7'] },
    { name: 'at the newest end it takes older articles', position: 0, limit: 3, expected: ['a1', 'a2', 'a3'] },
    { name: 'at the oldest end it takes newer articles', position: 9, limit: 2, expected: ['a7', 'a8'] },
    { name: 'a short list gives what there is', position: 0, limit: 20, expected: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'] },
  ];
  for (const { name, position, limit, expected } of cases) {
    test(name, () => assert.deepEqual(nearestInList(list, position, limit).map((a) => a.slug), expected));
  }
});
