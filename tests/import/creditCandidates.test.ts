/**
 * The agency a copy credits anywhere, read as a candidate by what sits around
 * it rather than by one house style (issue 13, session 10): a label in any
 * language before it, a stamp before it, a description after it, or a
 * parenthesis glued after the last sentence. Fixtures are written for the
 * test; none is taken from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

const copy = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PAGE = { url: 'https://www.example-regional-news.org/story/123' };
const LEAD = 'The regional council approved the new budget for schools and roads on Tuesday after a long debate among its members.';
const NEXT = 'The mayor said the work would start next month and finish before the winter.';

test('an agency after a source label in any language, under the text, is the copy’s agency', () => {
  for (const [trailer, agency] of [['Šaltinis: ELTA naujienų agentūra', 'ELTA'], ['Izvor: Hina', 'Hina'], ['Fuente: EFE', 'EFE'], ['Quelle: dpa', 'dpa']] as const) {
    const { frontmatter } = importCopy(copy('Council approves budget', `VILNIUS – ${LEAD}`, NEXT, trailer), PAGE);
    assert.equal(frontmatter.source.agency?.toLowerCase(), agency.toLowerCase(), trailer);
  }
});

test('an agency after the stamp line’s date and time is the copy’s agency, and the stamp its date', () => {
  for (const [stamp, agency] of [['March 3 2021, 14:20 Anadolu Agency', 'AA'], ['12 May 2019 09:05 Xinhua', 'Xinhua']] as const) {
    const { frontmatter } = importCopy(copy('Council approves budget', stamp, LEAD, NEXT), PAGE);
    assert.equal(frontmatter.source.agency, agency, stamp);
    assert.match(frontmatter.date, /^20(?:21-03-03|19-05-12)$/, stamp);
  }
});

test('an agency in parentheses glued after the last sentence is the copy’s agency', () => {
  for (const last of [`${NEXT}(PAP)`, `${NEXT} [Xinhua]`]) {
    const { frontmatter } = importCopy(copy('Council approves budget', `WARSAW, March 3 - ${LEAD}`, last), PAGE);
    assert.match(frontmatter.source.agency ?? '', /^(?:PAP|Xinhua)$/, last);
  }
});

test('a photo’s credit and an agency named inside a sentence make no agency', () => {
  const photo = importCopy(copy('Council approves budget', 'Photo: AFP', `RIGA – ${LEAD}`, NEXT), PAGE);
  assert.equal(photo.frontmatter.source.agency, undefined);
  const sentence = importCopy(copy('Council approves budget', `RIGA – ${LEAD}`, 'The plan was first reported by Reuters last week, citing two officials close to the council.', NEXT), PAGE);
  assert.equal(sentence.frontmatter.source.agency, undefined);
});
