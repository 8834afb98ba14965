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

test('datelines dated in Polish, Czech, Hungarian, Romanian, Turkish, Norwegian, Croatian, Serbian and Greek give the date; a Croatian/Polish `listopad` stays the editor’s', () => {
  const dated = (opening: string) => importCopy(['Minister backs new port plan', opening + LEAD, 'More.'].join('\n\n')).frontmatter.date;
  for (const opening of ['WARSZAWA, 4 marca 2019 (PAP) - ', 'PRAHA, 4. března 2019 (CTK) - ', 'Budapest, 2019. március 4. (MTI) - ', 'BUCUREȘTI, 4 martie 2019 (Agerpres) - ', 'Ankara, 4 Mart 2019 (AA) - ', 'Oslo, 4. mars 2019 (NTB) - ', 'Zagreb, 4. ožujka 2019 (Hina) - ', 'Beograd, 4. marta 2019 (Tanjug) - ', 'Αθήνα, 4 Μαρτίου 2019 (AMNA) - ']) {
    assert.equal(dated(opening), '2019-03-04', opening);
  }
  assert.match(dated('Zagreb, 4. listopada 2019 (Hina) - '), /^TODO/);
});
