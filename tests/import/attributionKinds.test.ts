/**
 * Where the words naming a quote's speaker sit (issue 13, round 7), in short
 * copies written for the test (paraphrased, not taken from published copy).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const whoSaid = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);

test('"…," he expressed: a subject and any past tense after the quote\'s comma attribute it', () => {
  const body = 'Prime Minister Ana Ruiz said the meetings were open.\n\n"We are not against mining; we ask that it pollutes less and less," she expressed.';
  assert.deepEqual(whoSaid(body), ['Ana Ruiz']);
});
