/**
 * Byline and trailer shapes of wire copy probed beyond the development set
 * (issue 13, session 7): each fixture was written for the test; none is
 * taken from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

const LEAD = 'The minister said on Monday that the new port would open next year and bring thousands of jobs to the region.';
const source = (...paragraphs: string[]) => importCopy(['Minister backs new port plan', ...paragraphs].join('\n\n')).frontmatter.source;

test('bylines without `By` above a dateline split into people, in title case, an agency after them the agency', () => {
  assert.deepEqual([source('JANE ROE and JOHN DOE, Associated Press', `LONDON — ${LEAD}`).byline, source('JANE ROE and JOHN DOE, Associated Press', `LONDON — ${LEAD}`).agency], ['Jane Roe and John Doe', 'AP']);
  assert.equal(source('Jane Roe, John Doe and Ann Lee', `LONDON — ${LEAD}`).byline, 'Jane Roe, John Doe and Ann Lee');
});

test('`Reporting by`, `Written by`, `By A in London`, `A | Staff Reporter` and `By A March 4, 2019` give the writer’s name alone', () => {
  const dated = `LONDON — ${LEAD}`;
  assert.equal(source('Reporting by Jane Roe', dated).byline, 'Jane Roe');
  assert.equal(source('Written by Jane Roe', dated).byline, 'Jane Roe');
  assert.equal(source('By Jane Roe in London', dated).byline, 'Jane Roe');
  assert.equal(source('Jane Roe | Staff Reporter', dated).byline, 'Jane Roe');
  assert.equal(source('By Jane Roe March 4, 2019', dated).byline, 'Jane Roe');
  assert.equal(source('Staff Reporter', dated).byline, undefined);
});

test('trailers naming the story’s source: an agency that contributed, a copyright with its year after, a paper the writer works for, the outlet that first published it, `==Kyodo`, `— With inputs from Reuters, AFP`', () => {
  assert.equal(source(LEAD, 'More.', 'The Associated Press contributed to this report.').agency, 'AP');
  assert.equal(source(LEAD, 'More.', '© Thomson Reuters 2019').agency, 'Reuters');
  assert.equal(source(LEAD, 'More.', 'Jane Roe is a reporter for The Washington Post.').agency, 'The Washington Post');
  assert.equal(source(LEAD, 'More.', 'This article was originally published by The Conversation.').agency, 'The Conversation');
  assert.equal(source(LEAD, 'More.', '==Kyodo').agency, 'Kyodo');
  assert.equal(source(LEAD, 'More.', '— With inputs from Reuters, AFP').agency, 'Reuters');
  // An unnamed feed names no agency.
  assert.equal(source(LEAD, 'More.', '(This story has not been edited by our staff and is auto-generated from a syndicated feed.)').agency, undefined);
});

test('`Today’s Paper` above the page’s date is furniture: the stamp under the headline is the date', () => {
  const { frontmatter } = importCopy(["Today's Paper", 'Tuesday, March 5, 2019', 'Minister backs new port plan', 'March 4, 2019', LEAD, 'More.'].join('\n\n'));
  assert.equal(frontmatter.date, '2019-03-04');
  assert.equal(frontmatter.title, 'Minister backs new port plan');
});

test('a feed reader’s `Channel: Top Stories – PAPER` above the story names the paper it carries as the source', () => {
  const { frontmatter } = importCopy(['Quantcast', 'Channel: Top Stories – The Herald', 'Viewing all 25761 articles', 'Police scrap spot fines', LEAD, 'More.'].join('\n\n'), { url: 'https://herald1485.rssing.com/chan-1/all_p297.html' });
  assert.deepEqual([frontmatter.source.agency, frontmatter.source.outlet], ['The Herald', 'RSSing']);
});

test('a caption’s label or a photo credit is no byline and no agency: `File Photo` above a dateline, `AFP` alone under a picture mid-text', () => {
  assert.equal(source('File Photo', `LONDON — ${LEAD}`).byline, undefined);
  assert.equal(source('Getty Images', `LONDON — ${LEAD}`).byline, undefined);
  assert.equal(source(`LONDON — ${LEAD}`, 'AFP', 'Officials said the port would employ local workers first.', 'The plan goes to parliament next week.', 'Critics say it costs too much.').agency, undefined);
});

test('stamps labelled in other languages, dotted day-first dates, and a stamp run on after the byline give the date; a stamp’s label is no byline', () => {
  const at = (stamp: string) => importCopy(['Minister backs new port plan', stamp, LEAD, 'More.'].join('\n\n')).frontmatter;
  assert.equal(at('Mise à jour le 4 mars 2019').date, '2019-03-04');
  assert.equal(at('Veröffentlicht am 04.03.2019').date, '2019-03-04');
  assert.deepEqual([at('By Jane Roe Published March 4, 2019').source.byline, at('By Jane Roe Published March 4, 2019').date], ['Jane Roe', '2019-03-04']);
  assert.deepEqual([at('Last Modified: Mon, Mar 04 2019. 10:12 IST').source.byline, at('Last Modified: Mon, Mar 04 2019. 10:12 IST').date], [undefined, '2019-03-04']);
  // A slashed numeric date that could be either order stays the editor's.
  assert.match(at('04/03/2019 10:12').date, /^TODO/);
});
