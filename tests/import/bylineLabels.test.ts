/**
 * A byline read by its label, in the forms pages print it, above the text or
 * signing it below (issue 13, session 10). Fixtures are written for the test;
 * none is taken from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

const copy = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PAGE = { url: 'https://www.example-regional-news.org/story/123' };
const LEAD = 'The regional council approved the new budget for schools and roads on Tuesday after a long debate among its members.';
const NEXT = 'The mayor said the work would start next month and finish before the winter.';

test('a byline labelled `Reporter:`, `Correspondent:` or marked with a caret above the lead names its writer', () => {
  for (const line of ['Reporter: Amara Okafor', 'Correspondent: Amara Okafor', '^By Amara Okafor', 'Reported By Amara Okafor']) {
    const { frontmatter } = importCopy(copy('Council approves budget', line, `YAOUNDE – ${LEAD}`, NEXT), PAGE);
    assert.equal(frontmatter.source.byline, 'Amara Okafor', line);
  }
});

test('a labelled byline signing the text among its last lines names its writer and leaves the text whole', () => {
  for (const line of ['Reported By Amara Okafor', 'By Amara Okafor', 'Written by: Amara Okafor']) {
    const { frontmatter, body } = importCopy(copy('Council approves budget', `YAOUNDE – ${LEAD}`, NEXT, 'The council meets again in May.', line), PAGE);
    assert.equal(frontmatter.source.byline, 'Amara Okafor', line);
    assert.equal(body.at(-1), 'The council meets again in May.', line);
  }
});

test('a listed paper after the name in a closing byline is the outlet that published the copy, not an agency', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `BRIDGETOWN – ${LEAD}`, NEXT, 'The council meets again in May.', 'By Amara Okafor, Barbados Today'), PAGE);
  assert.equal(frontmatter.source.byline, 'Amara Okafor');
  assert.equal(frontmatter.source.outlet, 'Barbados Today');
  assert.equal(frontmatter.source.agency, undefined);
});
