/**
 * Words in marks that a draft must not give as anyone's quote (issue 13,
 * precision on round 7's kinds), in short copies written for the test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const texts = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.text);

test('a long title in capitals set off in a sentence is no quote, even when the sentence is attributed', () => {
  const body = 'The theme chosen by the hosts for this year’s regional forum, “Trade 5.0: Small Firms and the Next Digital Economy (SDE),” is timely, said bank vice president Hugh Tan.';
  assert.deepEqual(texts(body), []);
});

test('the topic a meeting discusses, left open in marks, is no quote', () => {
  const body = 'Delegates met in the capital for the assembly, where the work is held to discuss the topic “Building fair and open societies: to fight intolerance.';
  assert.deepEqual(texts(body), []);
});

test('an attributed quote that the page cuts off mid-sentence at the copy’s end is left out', () => {
  const body = 'The premier spoke on Monday.\n\nMr. Lam said: “In a world of open markets, we are one economy. Our neighbour is the second largest economy. Our neighbour is our partner. E';
  assert.deepEqual(texts(body), []);
});

test('what placards or a headline read, and words after "so-called", are no one\'s quote even in a reported sentence', () => {
  assert.deepEqual(texts('Placards read "No to war, yes to peace" as the crowds marched on Sunday.'), []);
  assert.deepEqual(texts('The paper\'s headline read "Nation mourns as floods kill hundreds across the south".'), []);
  assert.deepEqual(texts('Residents said the so-called "safe zones" were anything but safe.'), []);
});
