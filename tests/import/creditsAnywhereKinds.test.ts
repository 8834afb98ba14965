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

test('a known agency credited in the headline — `(APS, 18/08/2019)` or `| News | ANDEAN` — is the agency, its date the copy’s, and the headline is kept without it', () => {
  const paren = importCopy(copy('Candidates sign charter of honour. (APS, 18/08/2019)', 'The panel on Saturday said every candidate had agreed to implement the charter in full before the vote.', 'Talks resume next week.'));
  assert.equal(paren.frontmatter.title, 'Candidates sign charter of honour.');
  assert.equal(paren.frontmatter.source.agency, 'APS');
  assert.equal(paren.frontmatter.date, '2019-08-18');
  const bar = importCopy(copy('Peru: Cabinet sets up panel on food prices | News | ANDEAN', 'The culture minister reported on Friday that the cabinet had approved a working group on food prices.', 'It meets on Monday.'));
  assert.equal(bar.frontmatter.title, 'Peru: Cabinet sets up panel on food prices');
  assert.equal(bar.frontmatter.source.agency, 'Andina');
  // A page's own name after the bar is its publisher, not a source: no agency.
  const own = importCopy(copy('Cabinet sets up panel on food prices | The Guardian', 'The culture minister reported on Friday that the cabinet had approved a working group on food prices.', 'It meets on Monday.'));
  assert.equal(own.frontmatter.source.agency, undefined);
});

test('under a banner taken for the headline, the credit of the line right above the dateline still gives agency and date', () => {
  const { frontmatter } = importCopy(copy('Welcome to the embassy website ✍ Street 1, building 41 ✍ TEL: 998-71-281', 'Candidates sign charter of honour. (APS, 18/08/2019)', 'ALGIERS- The panel on Saturday said every candidate had agreed to implement the charter.', 'Talks resume next week.'));
  assert.equal(frontmatter.dateline?.place, 'Algiers');
  assert.equal(frontmatter.source.agency, 'APS');
  assert.equal(frontmatter.date, '2019-08-18');
});

test('a stamp in Russian or Dutch right above the text, and a `Logo AGENCY` line, give the date and the agency of a copy with no dateline', () => {
  const at = (stamp: string) =>
    importCopy(copy('Обычный вид', 'Появились новые статьи. Нажмите, чтобы обновить страницу.', 'Investment in public works passes target', stamp, 'Logo Agência Brasil', 'The government announced on Wednesday that most of the money set aside for the programme has already been spent on roads and ports.', 'Mayors will now pick the projects.')).frontmatter;
  assert.equal(at('11 декабря 2025 в 18:14').date, '2025-12-11');
  assert.equal(at('3 maart 2019 10:15').date, '2019-03-03');
  assert.equal(at('11 декабря 2025 в 18:14').source.agency, 'Agência Brasil');
  // A bulletin's range of days with its volume number is no stamp.
  assert.match(at('1 – 15 May 2008 Volume 05 (01) 2008').date, /^TODO/);
});

test('a lead taken from a labelled copy that ends in an editor’s bracket (`[April 2].`) is the lead, its `Muscat:` the dateline', () => {
  const { frontmatter } = importCopy(' date 2020-04-03 Muscat: The sultan is following up the efforts of the nation against the virus, the news agency reported yesterday [April 2].\n\nThe minister spoke at a press conference.\n\nSource: ONA');
  assert.equal(frontmatter.dateline?.place, 'Muscat');
  assert.equal(frontmatter.source.agency, 'ONA');
  assert.equal(frontmatter.date, '2020-04-03');
});
