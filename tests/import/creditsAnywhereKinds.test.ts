/**
 * Kinds of real copy round 7 showed the importer missing (issue 13, session
 * 7): credits printed where no trailer reader looked, datelines after page
 * furniture, dates in other languages or only in a headline's credit, and
 * bylines in more shapes. Each fixture was written for the test; none is
 * taken from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

const copy = (...paragraphs: string[]) => paragraphs.join('\n\n');

test('a dateline credited to "News Wires" or "Agencies" names no outlet and no agency, and the host of --url names the outlet', () => {
  const { frontmatter } = importCopy(
    copy('Ferry link to reopen', 'OSLO, March 3, 2019 (News Wires) - The ferry link between the two ports will reopen next week, the operator said.', 'Crews finished the repairs on Sunday.'),
    { url: 'https://www.thelocal.de/20190303/ferry' },
  );
  assert.equal(frontmatter.dateline?.place, 'Oslo');
  assert.equal(frontmatter.source.outlet, 'The Local Germany');
  assert.equal(frontmatter.source.agency, undefined);
  assert.equal(frontmatter.date, '2019-03-03');
});

test('an agency’s end mark above the page’s next story is the agency: `AGENCY/ENDS/…`, `Source: full name`, the page’s next story below it', () => {
  const agencyOf = (mark: string) =>
    importCopy(copy('Farmers report crop pest', 'Farmers in the northern district say a pest has damaged about twenty hectares of maize this season.', 'Officers took samples for testing.', mark, 'Road works start in the valley', 'Residents of the valley began clearing the road on Monday, the council said.', 'Some of the')).frontmatter.source.agency;
  assert.equal(agencyOf('ZANIS/ENDS/KM/PL'), 'ZANIS');
  assert.equal(agencyOf('Source: National Iraqi News Agency'), 'NINA');
});

test('a listed outlet credited after the text — `– Thai PBS` closing the last paragraph, its name alone, `Full story: Bangkok Post` — is the story’s source, the page furniture below it no matter', () => {
  const source = (...tail: string[]) =>
    importCopy(copy('Minister urges calm', 'The minister appealed to all parties on Friday to settle their differences and work together.', ...tail), { url: 'https://www.chiangraitimes.com/x/' }).frontmatter.source;
  assert.deepEqual([source('He said the talks would resume next month. – Thai PBS', 'Continue Reading', 'Ads Blocker Detected!!!').agency], ['Thai PBS']);
  assert.equal(source('He said the talks would resume next month.', 'Los Angeles Times', 'Most Viewed in World').agency, 'Los Angeles Times');
  assert.equal(source('He said the talks would resume next month.', 'Full story: Bangkok Post', 'You may also like').agency, 'Bangkok Post');
  assert.equal(source('He said the talks would resume next month.', 'Full story: Bangkok Post').outlet, 'Chiang Rai Times');
});
