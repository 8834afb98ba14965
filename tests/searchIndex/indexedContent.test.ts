/**
 * The search shard cache is keyed on what Pagefind reads of a page: a change
 * around the article body (related links, navigation) keeps the key, a change
 * Pagefind would see changes it, and anything uncertain keys the whole page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexedContent } from '../../src/searchIndex/indexedContent.ts';

const page = (parts: { lang?: string; title?: string; body?: string; around?: string; filter?: string } = {}) =>
  `<!DOCTYPE html>\n<html lang="${parts.lang ?? 'en'}"><head><title>${parts.title ?? 'Talks'}</title></head><body>` +
  `<header><a href="/">Archive</a></header><main>` +
  `<article class="article" data-pagefind-body><h1>${parts.title ?? 'Talks'}</h1>` +
  `<span data-pagefind-filter="place">${parts.filter ?? 'Yerevan'}</span><p>${parts.body ?? 'The talks went on.'}</p>` +
  `<article class="nested">A nested one</article></article>` +
  `<div class="after-article">${parts.around ?? '<a href="/2020/01/02/x/">Older headline</a>'}</div></main></body></html>`;

describe('what keys a search shard', () => {
  const base = indexedContent(page());
  const rows: { change: string; page: string; same: boolean }[] = [
    { change: 'a related article’s headline, after the body', page: page({ around: '<a href="/2020/01/02/x/">Edited headline</a>' }), same: true },
    { change: 'the text of the body', page: page({ body: 'The talks broke down.' }), same: false },
    { change: 'a filter value inside the body', page: page({ filter: 'Baku' }), same: false },
    { change: 'the page language', page: page({ lang: 'fr' }), same: false },
    { change: 'the title in the head and the headline', page: page({ title: 'Talks resume' }), same: false },
    { change: 'text after a nested element of the same name, still inside the body', page: page().replace('</article></article>', '</article> More.</article>'), same: false },
  ];
  for (const { change, page: changed, same } of rows) {
    test(`${same ? 'keeps' : 'changes'} the key when ${change} changes`, () => {
      assert.equal(indexedContent(changed) === base, same);
    });
  }

  test('a data-pagefind attribute outside the body makes the whole page the key', () => {
    const html = page({ around: '<span data-pagefind-meta="extra">x</span>' });
    assert.equal(indexedContent(html), html);
  });

  test('a page without a data-pagefind-body element is keyed whole', () => {
    const html = '<html lang="en"><head></head><body><p>Text</p></body></html>';
    assert.equal(indexedContent(html), html);
  });
});
