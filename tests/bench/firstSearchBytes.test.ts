/**
 * The first-search measurement, run once on the fixture archive: it must
 * count something real (the page, Pagefind's library and WebAssembly, the
 * index) and find the seed article.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { measureFirstSearch } from '../../bench/firstSearchBytes.ts';
import { buildSearchSite, type SearchSite } from '../fixtures/search/searchSite.ts';
import { findChromium } from '../support/browser.ts';

const { skip } = await findChromium();
let site: SearchSite | undefined;

before(async () => {
  if (!skip) site = await buildSearchSite();
});
after(async () => {
  await site?.project.remove();
});

test('measureFirstSearch counts the bytes and requests of a first search', { skip }, async () => {
  assert.ok(site);
  const measured = await measureFirstSearch(site.siteDir, 'Minsk Group');
  console.log(`first search on the fixture archive: ${measured.bytes} bytes in ${measured.requests} requests`);
  assert.ok(measured.results > 0, 'the query found results');
  assert.ok(measured.requests >= 8, `page, CSS, scripts, Pagefind, WebAssembly, index: got ${measured.requests}`);
  assert.ok(measured.bytes > 50_000 && measured.bytes < 2_000_000, `plausible size: ${measured.bytes}`);
});
