import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHeader } from '../../src/import/header.ts';
import { splitParagraphs } from '../../src/import/paragraphs.ts';
import { completeYear } from '../../src/import/dates.ts';
import { normalisePlace } from '../../src/import/placeName.ts';

const LEAD = 'LONDON (Reuters) - Britain said on Monday it would act.';

test('takes the byline from a handle line and drops the line', () => {
  const header = readHeader(`Headline here\n\n(@ChaudhryMAli88)\n\n${LEAD}`);
  assert.equal(header.byline, '@ChaudhryMAli88');
  assert.deepEqual(header.body, [LEAD]);
});

test('reads the author and the date from a time line and drops it', () => {
  const header = readHeader(`Headline here\n\nMuhammad Irfan 5 minutes ago Tue 1st December 2020 | 09:15 AM\n\n${LEAD}`);
  assert.equal(header.byline, 'Muhammad Irfan');
  assert.deepEqual(header.publishedDate, { year: 2020, month: 12, day: 1 });
  assert.deepEqual(header.body, [LEAD]);
});

test('drops the headline repeated in another case', () => {
  const header = readHeader(`France Backs Talks Of Peace - Diplomat\n\nFrance Backs Talks of Peace - Diplomat\n\n${LEAD}`);
  assert.equal(header.title, 'France Backs Talks Of Peace - Diplomat');
  assert.deepEqual(header.body, [LEAD]);
});

test('drops a standfirst that repeats the lead without its full stop', () => {
  const header = readHeader(`Headline\n\nBritain said on Monday it would act\n\n${LEAD}`);
  assert.deepEqual(header.body, [LEAD]);
});

test('keeps a paragraph before the lead that says something else', () => {
  const other = 'A separate summary written by the editors of this page.';
  const header = readHeader(`Headline\n\n${other}\n\n${LEAD}`);
  assert.deepEqual(header.body, [other, LEAD]);
});

test('turns an AP byline in capitals into a name without the agency', () => {
  const header = readHeader(`Headline\n\nBy LISA MASCARO Associated Press\n\n${LEAD}`);
  assert.equal(header.byline, 'Lisa Mascaro');
});

test('reads a date stamp printed after the text and drops it from the body', () => {
  const header = readHeader(`Headline\n\n${LEAD}\n\nSecond paragraph.\n\nDecember 8, 2020`);
  assert.deepEqual(header.publishedDate, { year: 2020, month: 12, day: 8 });
  assert.deepEqual(header.body, [LEAD, 'Second paragraph.']);
});

test('joins hard-wrapped lines but splits lines pasted without blank lines', () => {
  assert.deepEqual(splitParagraphs('Headline\nFirst paragraph runs\non here.\nSecond one.'), [
    'Headline',
    'First paragraph runs on here.',
    'Second one.',
  ]);
});

test('gives a date without a year the year closest to the copy’s time stamp', () => {
  assert.deepEqual(completeYear({ month: 12, day: 31 }, { year: 2021, month: 1, day: 1 }), { month: 12, day: 31, year: 2020 });
  assert.deepEqual(completeYear({ month: 11, day: 28 }, { year: 2020, month: 12, day: 1 }), { month: 11, day: 28, year: 2020 });
  assert.deepEqual(completeYear({ month: 11, day: 28 }, undefined), { month: 11, day: 28 });
});

test('normalises the case of places printed in capitals only', () => {
  assert.equal(normalisePlace('YEREVAN'), 'Yerevan');
  assert.equal(normalisePlace('DAR ES SALAAM'), 'Dar es Salaam');
  assert.equal(normalisePlace('NUR-SULTAN'), 'Nur-Sultan');
  assert.equal(normalisePlace('WASHINGTON D.C.'), 'Washington D.C.');
  assert.equal(normalisePlace('Beijing'), 'Beijing');
});
