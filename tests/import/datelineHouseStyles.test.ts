/**
 * Dateline and source styles the round-4 held-out batch, promoted to
 * development, showed the importer missing (issue 13, round 5). Each fixture
 * was written for the test, paraphrased; none is taken from a published
 * article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';
import { parseDateline } from '../../src/import/dateline.ts';

const imported = (copy: string) => importCopy(copy, { sourceName: 'copy.txt' });

test('"Mumbai [India] June 2 (ANI):" is a dateline in Mumbai credited to ANI, the country in brackets no part of the place', () => {
  const dateline = parseDateline('Mumbai [India] June 2 (ANI): The state minister for ports on Friday opened a new jetty.');
  assert.equal(dateline?.place, 'Mumbai');
  assert.equal(dateline?.agency, 'ANI');
  assert.equal(dateline?.printed, 'Mumbai [India] June 2 (ANI)');
});

test('"Kazakhstan, Astana, May 3 / Trend , K. Aliyeva/" is a dateline in Astana credited to Trend, the country first and the reporter inside the slashes', () => {
  const dateline = parseDateline('Kazakhstan, Astana, May 3 / Trend , K. Aliyeva/ Talks on the new pipeline will resume next week, the minister said.');
  assert.equal(dateline?.place, 'Astana');
  assert.equal(dateline?.agency, 'Trend');
});

test('"KAMPALA. Uganda’s health minister …" is a dateline in Kampala; a capitalised word that is no place before a full stop is not', () => {
  assert.equal(parseDateline('KAMPALA. Uganda’s health minister warned on Monday that clinics were short of staff.')?.place, 'Kampala');
  assert.equal(parseDateline('UPDATE. The ministry has since withdrawn the statement.'), undefined);
});

test('a stamp line that names its source ("Sep 05, 2017 03:03 PM IST | Source: PTI") gives the date and the agency, not the outlet', () => {
  const copy = [
    'Mar 12, 2019 11:20 AM IST | Source: PTI',
    'Ports minister rules out merger',
    'Ports Minister Anil Kumar Joshi has said he sees no need to merge his ministry with shipping.',
  ].join('\n\n');
  const article = imported(copy);
  assert.equal(article.frontmatter.source.agency, 'PTI');
  assert.equal(article.frontmatter.date, '2019-03-12');
  assert.match(article.frontmatter.source.outlet, /^TODO/);
});

test('"This story is from March 3, 2015" above the headline is the publication date', () => {
  const copy = [
    'This story is from March 3, 2015',
    'Minister says the port will open on time',
    'KOCHI: The ports minister on Tuesday said the new container terminal would open in June as planned.',
  ].join('\n\n');
  assert.equal(imported(copy).frontmatter.date, '2015-03-03');
});

test('"Mumbai, June 8" on a line of its own under a page stamp of June 9 gives the dateline’s day, the stamp its year', () => {
  const copy = [
    'Tuesday, June 9, 2009, Mumbai, India',
    'No change in the port plan, says minister',
    'Our Special Correspondent',
    'Mumbai, June 8',
    'The ports minister said today that the plan for the new terminal would not change before the elections.',
  ].join('\n\n');
  const article = imported(copy);
  assert.equal(article.frontmatter.dateline?.place, 'Mumbai');
  assert.equal(article.frontmatter.date, '2009-06-08');
});

test('a wire dateline under a mailing list’s headers and the wire’s summary bullets (the tenth line) is still the dateline, and the By line above it the byline', () => {
  const copy = [
    '[News-List] (Reuters): Minister dies in crash',
    'From: A. Reader <reader@example.org>',
    'Date: Sun, 10 Jun 2012 21:52:47 +0200',
    'Minister killed in helicopter crash',
    'Sun Jun 10, 2012 11:49am GMT',
    '* Security minister was a vocal critic of the militias',
    '* He had planned to stand for president',
    '* Cause of the crash not yet known',
    'By Jane Muthoni',
    'KISUMU, June 10 (Reuters) - The country’s security minister was killed when his helicopter came down on Sunday, the government said.',
  ].join('\n\n');
  const article = imported(copy);
  assert.equal(article.frontmatter.dateline?.place, 'Kisumu');
  assert.equal(article.frontmatter.source.agency, 'Reuters');
  assert.equal(article.frontmatter.source.byline, 'Jane Muthoni');
  assert.equal(article.body.includes('By Jane Muthoni'), false);
});

test('national agencies beyond the big wires are agencies, not outlets: "RABAT, May 3 (MAP) -", "OTTAWA (Canadian Press) -"', () => {
  const rabat = parseDateline('RABAT, May 3 (MAP) - The kingdom will host the forum next year, the ministry said.');
  assert.equal(rabat?.agency, 'MAP');
  assert.equal(rabat?.outlet, undefined);
  const ottawa = parseDateline('OTTAWA (Canadian Press) - The federal budget will be tabled next week, the finance minister said.');
  assert.equal(ottawa?.agency, 'Canadian Press');
  assert.equal(ottawa?.outlet, undefined);
});
