/**
 * The search state in the URL: parsing, writing back, and the Pagefind
 * options it turns into.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anyOfEachFacet, parseState, sameState, sortSpec, stateToParams } from '../../../src/browser/search/searchState.ts';

test('a shared URL gives back query, facets, sort and language', () => {
  const state = parseState(new URLSearchParams('q=minsk+group&source=B&source=A&year=2020&sort=oldest&lang=FR&utm=x'));
  assert.deepEqual(state, { query: 'minsk group', filters: { source: ['A', 'B'], year: ['2020'] }, sort: 'oldest', lang: 'fr' });
});

test('writing the state back gives a stable URL that parses to the same state', () => {
  const state = parseState(new URLSearchParams('year=2020&source=B&q=talks&source=A&sort=newest'));
  const params = stateToParams(state);
  assert.equal(params.toString(), 'q=talks&source=A&source=B&year=2020&sort=newest');
  assert.ok(sameState(parseState(params), state));
});

test('unknown sort orders and malformed languages fall back to the defaults', () => {
  const state = parseState(new URLSearchParams('sort=random&lang=<script>'));
  assert.equal(state.sort, 'relevance');
  assert.equal(state.lang, null);
  assert.equal(stateToParams(state).toString(), '');
});

test('relevance needs a query: browsing by facets lists the newest first', () => {
  assert.deepEqual(sortSpec('relevance', false), {});
  assert.deepEqual(sortSpec('relevance', true), { date: 'desc' });
  assert.deepEqual(sortSpec('newest', false), { date: 'desc' });
  assert.deepEqual(sortSpec('oldest', true), { date: 'asc' });
});

test('values of one facet combine with OR, facets with AND', () => {
  assert.deepEqual(anyOfEachFacet({ source: ['A', 'B'], year: ['2020'], topic: [] }), {
    source: { any: ['A', 'B'] },
    year: { any: ['2020'] },
  });
});
