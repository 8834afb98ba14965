/**
 * A dateline's place recognised by the gazetteer in any punctuation (issue
 * 13, session 7): fixtures written for the test, none taken from a
 * published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

const LEAD = 'The minister said on Monday that the new port would open next year and bring thousands of jobs.';
const placeOf = (opening: string) => importCopy(['Minister backs new port plan', opening + LEAD, 'More.'].join('\n\n')).frontmatter.dateline?.place ?? '';

test('a city the gazetteer knows, in mixed case, with particles, hyphens, dots or an apostrophe, closed by a colon, a dash or a bar, is the place', () => {
  assert.equal(placeOf('Dar es Salaam - '), 'Dar es Salaam');
  assert.equal(placeOf('Ho Chi Minh City: '), 'Ho Chi Minh City');
  assert.equal(placeOf('Port-au-Prince — '), 'Port-au-Prince');
  assert.equal(placeOf('St. Petersburg — '), 'St. Petersburg');
  assert.equal(placeOf('Karachi- '), 'Karachi');
  assert.equal(placeOf('Karachi | '), 'Karachi');
});

test('a mixed-case city with a date and then a colon or a dash is the place, the date read without the separator', () => {
  const dated = (opening: string) => importCopy(['Minister backs new port plan', opening + LEAD, 'More.'].join('\n\n')).frontmatter;
  assert.deepEqual([dated('Karachi, March 4, 2019: ').dateline?.place, dated('Karachi, March 4, 2019: ').date], ['Karachi', '2019-03-04']);
  assert.equal(dated('Karachi, March 4 - ').dateline?.place, 'Karachi');
  assert.equal(dated("N'Djamena, March 4, 2019 - ").dateline?.place, "N'Djamena");
});

test('a sentence that opens with a city is no dateline: `Karachi, ` or `Karachi on Monday, `', () => {
  assert.match(placeOf('Karachi, '), /^TODO/);
  assert.match(placeOf('Karachi on Monday, '), /^TODO/);
});
