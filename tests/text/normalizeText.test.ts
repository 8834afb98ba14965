import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparable, comparableStem, normalizeText, normalizeWithMap } from '../../src/text/normalizeText.ts';

/** [what the editor typed, what the comparison sees, why they are the same]. */
const FOLDED: readonly (readonly [string, string, string])[] = [
  ['“Peace”', '"Peace"', 'curly double quotes'],
  ['„Frieden“', '"Frieden"', 'German low-high quotes'],
  ['«paix»', '"paix"', 'guillemets'],
  ['＂wide＂', '"wide"', 'full-width quote'],
  ['it’s', "it's", 'typographic apostrophe'],
  ['it`s', "it's", 'backtick for an apostrophe'],
  ['‘talks’', "'talks'", 'single curly quotes'],
  ['Nur–Sultan', 'Nur-Sultan', 'en dash'],
  ['talks — soon', 'talks - soon', 'em dash'],
  ['2−1', '2-1', 'minus sign'],
  ['non‑breaking‑hyphen', 'non-breaking-hyphen', 'non-breaking hyphen'],
  ['one\u00A0two', 'one two', 'no-break space'],
  ['one \n\t two', 'one two', 'a run of white space, line breaks included'],
  ['  padded  ', 'padded', 'white space at either end'],
  ['one\u2028two', 'one two', 'line separator'],
];

for (const [typed, seen, why] of FOLDED) {
  test(`quote comparison ignores ${why}: ${JSON.stringify(typed)} reads as ${JSON.stringify(seen)}`, () => {
    assert.equal(normalizeText(typed), seen);
  });
}

test('quote comparison keeps case, letters and other punctuation as they are', () => {
  assert.equal(normalizeText('Élysée, 2020: “Yes!”'), 'Élysée, 2020: "Yes!"');
});

test('the offset map points every compared character back to where it stands in the original', () => {
  const original = '  He said “we  will”.';
  const { text, map } = normalizeWithMap(original);
  assert.equal(text, 'He said "we will".');
  assert.equal(map.length, text.length);
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ' && text[i] !== '"') assert.equal(original[map[i]!], text[i]);
  }
  assert.equal(original[map[text.indexOf('"')]!], '“');
});

/** [a, b, why the importer takes them as the same text]. */
const SAME: readonly (readonly [string, string, string])[] = [
  ['France Backs Talks Of Peace', 'France backs talks of peace', 'case'],
  ['It’s “final”', "it's \"final\"", 'typography'],
  ['ﬁnal ｔａｌｋｓ', 'final talks', 'ligatures and full-width letters (NFKC)'],
];

for (const [a, b, why] of SAME) {
  test(`the importer takes two texts differing only in ${why} as the same`, () => {
    assert.equal(comparable(a), comparable(b));
  });
}

test('the importer tells apart texts that differ in a word', () => {
  assert.notEqual(comparable('Talks will resume'), comparable('Talks will not resume'));
});

test('a standfirst that drops the final full stop still repeats the lead', () => {
  assert.equal(comparableStem('Britain said it would act.'), comparableStem('Britain said it would act'));
  assert.equal(comparableStem('Is it over?!…'), 'is it over');
});
