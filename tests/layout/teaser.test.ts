import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { teaserText } from '../../src/layout/filters.ts';

describe('teasers leave out the dateline the meta line shows', () => {
  const cases = [
    {
      name: 'the printed dateline with its source and date',
      summary: 'YEREVAN (UrduPoint News / Sputnik - 28th November, 2020) - France backs the talks.',
      dateline: { place: 'Yerevan', printed: 'YEREVAN (UrduPoint News / Sputnik - 28th November, 2020)' },
      expected: 'France backs the talks.',
    },
    {
      name: 'the place in capitals with a source that differs from the printed one',
      summary: 'SÃO PAULO (Balkan Wire) – The ministry met.',
      dateline: { place: 'São Paulo', printed: 'SÃO PAULO (Balkan Wire / Sputnik)' },
      expected: 'The ministry met.',
    },
    { name: 'the place and a date after a comma', summary: 'LISBON, Nov 28 — The council voted.', dateline: { place: 'Lisbon' }, expected: 'The council voted.' },
    { name: 'an Urdu dateline with a colon', summary: 'کراچی: صوبائی اسمبلی میں بحث', dateline: { place: 'Karachi', printed: 'کراچی' }, expected: 'صوبائی اسمبلی میں بحث' },
    { name: 'not the place written as a word of the sentence', summary: 'Lisbon, the capital, said: no.', dateline: { place: 'Lisbon' }, expected: 'Lisbon, the capital, said: no.' },
    { name: 'not a summary that does not start with the dateline', summary: 'The council met in Lisbon - again.', dateline: { place: 'Lisbon' }, expected: 'The council met in Lisbon - again.' },
    { name: 'not a summary that is only the dateline', summary: 'LISBON -', dateline: { place: 'Lisbon' }, expected: 'LISBON -' },
  ];
  for (const { name, summary, dateline, expected } of cases) {
    test(name, () => assert.equal(teaserText({ summary, dateline }), expected));
  }
  test('an article without a dateline keeps its summary', () => {
    assert.equal(teaserText({ summary: 'PARIS - Something.' }), 'PARIS - Something.');
  });
});
