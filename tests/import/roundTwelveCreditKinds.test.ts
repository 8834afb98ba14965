/**
 * Round 12's credit kinds (issue 13, session 12): a monitoring service's `Text of report … by <source>` line, a source
 * label with the source's site, a paper in a dateline's parentheses on another site's page, a blog theme's
 * `By / date / No Comments` line, and a name no dictionary has closing the headline in parentheses. Fixtures are
 * written for the test with other agencies, papers and places; none is taken from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

const copy = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PAGE = { url: 'https://www.example-regional-news.org/story/123' };
const LEAD = 'The regional council approved the new budget for schools and roads on Tuesday after a long debate among its members.';
const NEXT = 'The mayor said the work would start next month and finish before the winter.';

test('a monitoring service’s `Text of report … by` line names the source it translated', () => {
  const known = importCopy(copy('Council approves budget', 'Text of report in English by Serbian news agency Beta', `Belgrade, 3 March: ${LEAD}`, NEXT), PAGE);
  assert.equal(known.frontmatter.source.agency, 'Beta');
  const unknown = importCopy(copy('Council approves budget', 'Excerpt from report by Macedonian newspaper Dnevnik on 3 March', LEAD, NEXT), PAGE);
  assert.equal(unknown.frontmatter.source.agency, 'Dnevnik');
});

test('a source label with a name and its site as the last line names the source', () => {
  const text = Array.from({ length: 12 }, () => NEXT);
  const { frontmatter } = importCopy(copy('Council approves budget', LEAD, ...text, 'Fuente: Ultima Hora – www.ultimahora.com'), PAGE);
  assert.equal(frontmatter.source.agency, 'Ultima Hora');
  const other = importCopy(copy('Council approves budget', LEAD, ...text, 'Fuente: Ultima Hora – www.example.com'), PAGE);
  assert.equal(other.frontmatter.source.agency, undefined, 'a site that is not the name’s names nothing');
});

test('a listed paper in a dateline’s parentheses on another site’s page is the story’s source, the site its publisher', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `KENYA (Daily Nation) - ${LEAD}`, NEXT), { url: 'https://www.example-consultancy.com/post/council' });
  assert.equal(frontmatter.source.agency, 'Daily Nation');
  assert.match(frontmatter.source.outlet, /^TODO: /);
  const own = importCopy(copy('Council approves budget', `KENYA (Daily Nation) - ${LEAD}`, NEXT), { url: 'https://nation.africa/kenya/news/council' });
  assert.equal(own.frontmatter.source.agency, undefined, 'on its own site the paper is the publisher');
});

test('a blog theme’s `By / date / No Comments` line under the headline gives the date', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', 'By   /  25/03/2019  /  No Comments', LEAD, NEXT), PAGE);
  assert.equal(frontmatter.date, '2019-03-25');
  const named = importCopy(copy('Council approves budget', 'By Jane Roe / March 25, 2019 / 2 Comments', LEAD, NEXT), PAGE);
  assert.equal(named.frontmatter.date, '2019-03-25');
});

test('a name no dictionary has closing the headline in parentheses is the source; `(Video)` is not', () => {
  const { frontmatter } = importCopy(copy('Minister talks to reporters after the meeting (Telegrafi)', LEAD, NEXT), PAGE);
  assert.equal(frontmatter.source.agency, 'Telegrafi');
  assert.equal(frontmatter.title, 'Minister talks to reporters after the meeting');
  const video = importCopy(copy('Minister talks to reporters after the meeting (Video)', LEAD, NEXT), PAGE);
  assert.equal(video.frontmatter.source.agency, undefined);
});

test('a stamp right under the headline printed again below a page’s listings is the story’s date', () => {
  const listings = Array.from({ length: 10 }, (_, i) => `Region - Sport : Result of the match number ${i + 1}`);
  const title = 'Region - FLASH : The mayor calls for calm after the storm (Video)';
  const { frontmatter } = importCopy(copy(`${title} - RegionNews.com : news 7/7`, ...listings, 'more news', title, '21/10/2022 08:15:02', title, LEAD, NEXT), PAGE);
  assert.equal(frontmatter.date, '2022-10-21');
});

test('the date in a page’s weather strip is the day it was viewed: for a story dated only `yesterday` it is left to the editor', () => {
  const strip = ['31.2 C', 'City of Kisumu', 'Monday, August 5, 2024'];
  const relative = importCopy(copy(...strip, 'By Jane Roe', LEAD, `The mayor spoke to reporters yesterday. ${NEXT}`), PAGE);
  assert.match(relative.frontmatter.date, /^TODO: /);
  const plain = importCopy(copy(...strip, 'By Jane Roe', LEAD, NEXT), PAGE);
  assert.equal(plain.frontmatter.date, '2024-08-05', 'with no relative day the strip’s date stays, as before');
});

test('a listing’s line above the text closing in a word in parentheses is another story’s, no credit of this one', () => {
  const { frontmatter } = importCopy(copy('Minister talks to reporters after the meeting', 'Region - Sport : Results of the last day (Standings)', 'more news', LEAD, NEXT), PAGE);
  assert.equal(frontmatter.source.agency, undefined);
});

test('a browser’s page title naming the site’s domain after the headline gives the outlet when no --url does', () => {
  const { frontmatter } = importCopy(copy('Region - FLASH : The mayor calls for calm (Video) - IslandNews.com : Island news 7/7', LEAD, NEXT));
  assert.equal(frontmatter.source.outlet, 'IslandNews.com');
  assert.equal(frontmatter.title, 'Region - FLASH : The mayor calls for calm (Video)');
});
