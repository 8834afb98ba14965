/**
 * Kinds of real copy that round 5's batch, promoted to development, showed
 * the importer missing, answered by data and structure rather than one more
 * house style (issue 13, round 6). Each fixture was written for the test,
 * paraphrased from the shape of development copies; none is taken from a
 * published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

test('a copy whose first paragraph is its dated lead sentence has no headline to give: the lead keeps its dateline, place and agency', () => {
  const copy = [
    'Hue (VNA) – Deputy Prime Minister Tran Van Long met farmers of the central province to review the rice harvest on May 14.',
    'He said the province had lost less of its crop to the floods than in any year since 2015.',
  ].join('\n\n');
  const { frontmatter, body } = importCopy(copy);
  assert.equal(frontmatter.dateline?.place, 'Hue');
  assert.equal(frontmatter.source.agency, 'VNA');
  assert.match(frontmatter.title, /^TODO/);
  assert.equal(body.length, 2);
});

test('an agency the text says the speaker told or gave an interview to is the copy’s agency when no dateline credits one', () => {
  const told = importCopy([
    'Teachers demand pay review',
    'The teachers’ union has asked the government to review salaries before the new term.',
    'Its secretary, Ama Boateng, told the Ghana News Agency (GNA) that members would meet next week.',
  ].join('\n\n'));
  assert.equal(told.frontmatter.source.agency, 'GNA');
  const interview = importCopy([
    'Bank sees growth in the region',
    'In an interview granted to the Vietnam News Agency (VNA) on the sidelines of the forum, the bank’s vice president said growth would hold.',
  ].join('\n\n'));
  assert.equal(interview.frontmatter.source.agency, 'VNA');
});

test('an agency named in quotation marks before "reported" is the agency; a news agency the text merely mentions is none', () => {
  const reported = importCopy([
    'Ministry counts the cost of fuel rules',
    'The transport minister said his ministry would lose money under the new export rules.',
    'He added that the government had been told, "Interfax-Ukraine" reported.',
  ].join('\n\n'));
  assert.equal(reported.frontmatter.source.agency, 'Interfax-Ukraine');
  const mentioned = importCopy([
    'Press freedom debated',
    'Editors from the Ghana News Agency and three papers met the minister on Monday to discuss the new media law.',
  ].join('\n\n'));
  assert.equal(mentioned.frontmatter.source.agency, undefined);
});
