/**
 * Round 12's dateline kinds (issue 13, session 12), each a general mechanism: a place made certain by a full date, a
 * date in parentheses where a credit would stand, a country after a dash, a country prefixing a headline, the date
 * opening the text, an archive's date giving way to the paper's, a paper's `Name (City)` line, and a site's name
 * that starts its host. Fixtures are written for the test with other places, agencies and outlets; none is taken
 * from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

const copy = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PAGE = { url: 'https://www.example-regional-news.org/story/123' };
const LEAD = 'The regional council approved the new budget for schools and roads on Tuesday after a long debate among its members.';
const NEXT = 'The mayor said the work would start next month and finish before the winter.';

test('a town the gazetteer lacks, then a full date and a dash with no comma, is the dateline’s place and date', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `Dragash March 3rd, 2019 – ${LEAD}`, NEXT), PAGE);
  assert.equal(frontmatter.dateline?.place, 'Dragash');
  assert.equal(frontmatter.date, '2019-03-03');
  const colon = importCopy(copy('Council approves budget', `Dragash, March 3, 2019: ${LEAD}`, NEXT), PAGE);
  assert.equal(colon.frontmatter.dateline?.place, 'Dragash');
  const opening = importCopy(copy('Council approves budget', `On March 3, 2019 – ${LEAD}`, NEXT), PAGE);
  assert.match(opening.frontmatter.dateline?.place ?? '', /^TODO: /, 'a sentence’s first word is no place');
});

test('a date in parentheses where a credit would stand, after the city and its country, is the dateline’s date', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `TUZLA, Bosnia (March 3,2019) - ${LEAD}`, NEXT), PAGE);
  assert.equal(frontmatter.dateline?.place, 'Tuzla');
  assert.equal(frontmatter.date, '2019-03-03');
});

test('a country after a dash between the city and the credit is the city’s, not part of the place', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `Lubumbashi- RD Congo (PANA) -- ${LEAD}`, NEXT), PAGE);
  assert.equal(frontmatter.dateline?.place, 'Lubumbashi');
  assert.equal(frontmatter.source.agency, 'PANA');
});

test('an archive’s date prefix with only a month is dropped, and the dateline after it is read', () => {
  const { frontmatter } = importCopy(copy(' date 2024-11 Skopje, (MIA) – ' + LEAD, NEXT), PAGE);
  assert.equal(frontmatter.dateline?.place, 'Skopje');
  assert.match(frontmatter.date, /^TODO: /);
});

test('a country and a colon prefixing a headline is no dateline: the dateline below is read, and with none the place is left to the editor', () => {
  const below = importCopy(copy('Central Africa', 'Chad: Opposition leader calls for talks with the army', `N'DJAMENA, 3 March 2021 (IRIN) - ${LEAD}`, NEXT), PAGE);
  assert.equal(below.frontmatter.dateline?.place, "N'Djamena");
  assert.equal(below.frontmatter.source.agency, 'IRIN');
  assert.equal(below.frontmatter.date, '2021-03-03');
  const none = importCopy(copy('Menu', 'Sign in', 'Niger: Opposition leader calls for talks', LEAD, NEXT), PAGE);
  assert.match(none.frontmatter.dateline?.place ?? '', /^TODO: /);
});

test('with no dateline, a credit line a few lines above the first paragraph of text names the agency', () => {
  const { frontmatter } = importCopy(copy('Menu', 'Sign in', 'Search', 'Weather icon', 'Close icon', 'Niger: Opposition leader calls for talks', 'Auteur: Reuters', 'image', 'Niger : le chef de l’opposition appelle au dialogue', LEAD, NEXT), PAGE);
  assert.equal(frontmatter.source.agency, 'Reuters');
});

test('a date opening the text with no place is the story’s own, over a post stamp of the next day above it', () => {
  const { frontmatter } = importCopy(copy('15 March 2022, 02:10 AM', 'Council approves budget', `14 March 2022 - ${LEAD}`, NEXT), PAGE);
  assert.equal(frontmatter.date, '2022-03-14');
});

test('a bulletin’s range of days in its heading gives way to the item’s own day, which takes the heading’s year', () => {
  const own = importCopy(copy('Weekly Digest: May 3-9, 2015', 'Council approves budget', 'May 6', `- ${LEAD}`, NEXT), PAGE);
  assert.equal(own.frontmatter.date, '2015-05-06');
  const opened = importCopy(copy('Weekly Digest 3 - 9 May 2015', 'Council approves budget', `6 May - ${LEAD}`, NEXT), PAGE);
  assert.equal(opened.frontmatter.date, '2015-05-06');
});

test('an aggregator’s date prefix gives way to the paper’s date under the headline, and its `Paper (City)` line names the source', () => {
  const text = copy(' date 2021-05-04 Zambia: Minister Says Schools Will Reopen', '3 May 2021', 'Weekly Voice (Mansa)', LEAD, NEXT);
  const { frontmatter } = importCopy(text, { url: 'https://allafrica.com/stories/202105040001.html' });
  assert.equal(frontmatter.date, '2021-05-03');
  assert.equal(frontmatter.source.agency, 'Weekly Voice');
});

test('a host the table lacks is named by the name its label starts with, printed as a source or in the text', () => {
  const source = importCopy(copy('Council approves budget', 'NEWS 15.06.2021 14:33', 'Source: K7', LEAD, NEXT), { url: 'https://www.k7info.com/a/123' });
  assert.equal(source.frontmatter.source.outlet, 'K7');
  const text = importCopy(copy('Council approves budget', LEAD, `As Laguna News reported earlier, ${NEXT}`), { url: 'https://www.lagunafiji.com/a/123' });
  assert.equal(text.frontmatter.source.outlet, 'Laguna News');
  const word = importCopy(copy('Council approves budget', LEAD, `As Laguna reported earlier, ${NEXT}`), { url: 'https://www.lagunafiji.com/a/123' });
  assert.match(word.frontmatter.source.outlet, /^TODO: /, 'one word in title case is the text’s own');
});

test('a timeline’s first entry weeks before the stamp is an event’s day: the stamp stays the date', () => {
  const { frontmatter } = importCopy(copy('Timeline of the dispute', 'March 5, 2021 10:00', `Jan 3, 2020 - ${LEAD}`, `Feb 9, 2020 - ${NEXT}`), PAGE);
  assert.equal(frontmatter.date, '2021-03-05');
});

test('a stamp’s label in another language before a date and a dash is no place', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `Objavljeno 3 March 2021 – ${LEAD}`, NEXT), PAGE);
  assert.match(frontmatter.dateline?.place ?? '', /^TODO: /);
});

test('a generic word at the start of a host’s label names no outlet (`TV` on a tv… host)', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', LEAD, `The mayor spoke on TV about it. ${NEXT}`), { url: 'https://www.tvnet.lv/a/1' });
  assert.match(frontmatter.source.outlet, /^TODO: /);
});

test('a known city, its country and a dash is a dateline in mixed case too, and a country is read with or without its article', () => {
  const dashed = importCopy(copy('Council approves budget', `Honiara, Solomon Islands – ${LEAD}`, NEXT), PAGE);
  assert.equal(dashed.frontmatter.dateline?.place, 'Honiara');
  const article = importCopy(copy('Council approves budget', `Freeport, Bahamas, March 3, 2021 – ${LEAD}`, NEXT), PAGE);
  assert.equal(article.frontmatter.dateline?.place, 'Freeport');
  assert.equal(article.frontmatter.date, '2021-03-03');
});

test('a French article before the day, and Albanian month names, are read as the dateline’s date', () => {
  const french = importCopy(copy('Le conseil adopte le budget', `Lubumbashi, le 12 mars 2024 – ${LEAD}`, NEXT), PAGE);
  assert.equal(french.frontmatter.date, '2024-03-12');
  const albanian = importCopy(copy('Këshilli miraton buxhetin', `Durrës, 5 qershor 2018 – ${LEAD}`, NEXT), PAGE);
  assert.equal(albanian.frontmatter.dateline?.place, 'Durrës');
  assert.equal(albanian.frontmatter.date, '2018-06-05');
});
