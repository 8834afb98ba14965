import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay, missingDay, parseIsoDate, readableDate, rfc3339, utcDay, w3cDate } from '../../src/model/dates.ts';

/**
 * One row per way an editor may write `date:`; every column is what one part
 * of the site prints for it. Frontmatter without an offset is UTC, so the
 * same file builds the same pages on a machine in any time zone.
 */
const DATES = [
  { written: '2020-11-28', rfc3339: '2020-11-28T00:00:00Z', w3c: '2020-11-28', day: '2020-11-28', readable: '28 November 2020' },
  { written: '2020-11-28T09:15:00Z', rfc3339: '2020-11-28T09:15:00Z', w3c: '2020-11-28T09:15:00Z', day: '2020-11-28', readable: '28 November 2020' },
  { written: '2020-11-28T09:15:00', rfc3339: '2020-11-28T09:15:00Z', w3c: '2020-11-28T09:15:00Z', day: '2020-11-28', readable: '28 November 2020' },
  { written: '2020-11-28 09:15', rfc3339: '2020-11-28T09:15:00Z', w3c: '2020-11-28T09:15:00Z', day: '2020-11-28', readable: '28 November 2020' },
  { written: '2020-11-28T09:15:00+05:00', rfc3339: '2020-11-28T04:15:00Z', w3c: '2020-11-28T04:15:00Z', day: '2020-11-28', readable: '28 November 2020' },
  { written: '2020-11-28T09:15:00+0500', rfc3339: '2020-11-28T04:15:00Z', w3c: '2020-11-28T04:15:00Z', day: '2020-11-28', readable: '28 November 2020' },
  // Late in the evening west of UTC: machines get the instant, readers the day the article was dated.
  { written: '2020-11-28T23:30:00-05:00', rfc3339: '2020-11-29T04:30:00Z', w3c: '2020-11-29T04:30:00Z', day: '2020-11-28', readable: '28 November 2020' },
  { written: '2020-11-28T09:15:30.250Z', rfc3339: '2020-11-28T09:15:30Z', w3c: '2020-11-28T09:15:30Z', day: '2020-11-28', readable: '28 November 2020' },
  { written: '2024-02-29', rfc3339: '2024-02-29T00:00:00Z', w3c: '2024-02-29', day: '2024-02-29', readable: '29 February 2024' },
  { written: '1999-01-01', rfc3339: '1999-01-01T00:00:00Z', w3c: '1999-01-01', day: '1999-01-01', readable: '1 January 1999' },
] as const;

for (const row of DATES) {
  test(`date: ${row.written} is ${row.rfc3339} in feeds, ${row.w3c} in the sitemap and "${row.readable}" on the page`, () => {
    assert.equal(rfc3339(row.written), row.rfc3339);
    assert.equal(w3cDate(row.written), row.w3c);
    assert.equal(isoDay(row.written), row.day);
    assert.equal(readableDate(row.written), row.readable);
  });
}

test('a date with no offset is the same instant whatever time zone the building machine is in', () => {
  assert.equal(parseIsoDate('2020-11-28T09:15').getTime(), Date.UTC(2020, 10, 28, 9, 15));
});

/** [text, why it is shown as it is]: a reader sees the text rather than a wrong date. */
const NOT_DATES = [
  ['sometime in November', 'words'],
  ['2020-13-45', 'an impossible month and day'],
  ['', 'nothing'],
] as const;

for (const [text, why] of NOT_DATES) {
  test(`a readable date of ${why} (${JSON.stringify(text)}) is the text itself`, () => {
    assert.equal(readableDate(text), text);
  });
}

test('a readable date follows the locale it is asked for', () => {
  assert.equal(readableDate('2020-11-28', 'en-US'), 'November 28, 2020');
  assert.equal(readableDate('2020-11-28', 'fr'), '28 novembre 2020');
});

/** [year, month, day, what an editor is told]: an impossible date is named as such, not as a format error. */
const CALENDAR = [
  [2024, 2, 29, undefined],
  [2023, 2, 29, '29 February 2023 does not exist (February 2023 has 28 days)'],
  [2020, 4, 31, '31 April 2020 does not exist (April 2020 has 30 days)'],
  [2020, 13, 1, 'month 13 does not exist (months are 01 to 12)'],
  [2020, 1, 0, 'day 0 of January 2020 does not exist'],
  [2020, 12, 31, undefined],
] as const;

for (const [year, month, day, told] of CALENDAR) {
  test(`${year}-${month}-${day} ${told === undefined ? 'is a real day' : `is refused: ${told}`}`, () => {
    assert.equal(missingDay(year, month, day), told);
  });
}

test('today is the UTC day, whatever the clock of the machine says locally', () => {
  assert.equal(utcDay(new Date('2020-11-28T23:30:00-05:00')), '2020-11-29');
  assert.equal(utcDay(new Date('2020-11-29T01:30:00+05:00')), '2020-11-28');
});
