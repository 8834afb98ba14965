/**
 * What a page prints before or inside the dateline besides the place
 * (issue 13, session 10): the page's stamp before it, a paper's name and day
 * before the text, an acronym credit where a place would stand, the agency's
 * name repeated before the place, and `City/Outlet/Writer –`. Fixtures are
 * written for the test; none is taken from a published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { importCopy } from '../../src/import/importCopy.ts';

const copy = (...paragraphs: string[]) => paragraphs.join('\n\n');
const PAGE = { url: 'https://www.example-regional-news.org/story/123' };
const LEAD = 'The regional council approved the new budget for schools and roads on Tuesday after a long debate among its members.';
const NEXT = 'The mayor said the work would start next month and finish before the winter.';

test('a stamp in brackets or before a bar ahead of the dateline is the date, and the dateline after it is still read', () => {
  for (const lead of [`[March 3, 2021]  KINGSTON, Jamaica (AP) -- ${LEAD}`, `03 March 2021 | KINGSTON, Jamaica (AP) -- ${LEAD}`]) {
    const { frontmatter } = importCopy(copy('Council approves budget', lead, NEXT), PAGE);
    assert.equal(frontmatter.dateline?.place, 'Kingston', lead);
    assert.equal(frontmatter.source.agency, 'AP', lead);
    assert.equal(frontmatter.date, '2021-03-03', lead);
  }
});

test('a paper’s name, a bar and the day opening the lead are the outlet and the date, and no place', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `Essequibo Chronicle| March 3, 2021 – ${LEAD}`, NEXT), PAGE);
  assert.equal(frontmatter.source.outlet, 'Essequibo Chronicle');
  assert.equal(frontmatter.date, '2021-03-03');
  assert.match(frontmatter.dateline?.place ?? '', /^TODO: /);
});

test('an acronym no gazetteer knows opening the lead with a dash is the credit, not the place; a town in capitals stays a place', () => {
  const credit = importCopy(copy('Council approves budget', `XNA – ${LEAD}`, NEXT), PAGE);
  assert.equal(credit.frontmatter.source.agency, 'XNA');
  assert.match(credit.frontmatter.dateline?.place ?? '', /^TODO: /);
  const town = importCopy(copy('Council approves budget', `KLANG: ${LEAD}`, NEXT), PAGE);
  assert.equal(town.frontmatter.dateline?.place, 'Klang');
});

test('a known agency’s name before the dateline’s city is the credit, not part of the place', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `ANTARA Surabaya, 3 March 2021 (ANTARA) — ${LEAD}`, NEXT), PAGE);
  assert.equal(frontmatter.dateline?.place, 'Surabaya');
  assert.equal(frontmatter.source.agency, 'Antara');
});

test('`City/Outlet/Writer –` gives the place, the outlet and the writer', () => {
  const { frontmatter } = importCopy(copy('Council approves budget', `Herat/Ariana News/Amara Okafor – ${LEAD}`, NEXT), PAGE);
  assert.deepEqual([frontmatter.dateline?.place, frontmatter.source.outlet, frontmatter.source.byline], ['Herat', 'Ariana News', 'Amara Okafor']);
});

test('a stamp labelled as the page’s last update gives way to the story’s own stamp, and is the date when it is the only one', () => {
  for (const label of ['Latest update March 5, 2021 10:00', 'Updated: March 5, 2021', 'Last modified 5 March 2021']) {
    const both = importCopy(copy('Council approves budget', label, 'Mar 3, 2021 News', `ACCRA – ${LEAD}`, NEXT), PAGE);
    assert.equal(both.frontmatter.date, '2021-03-03', label);
    const alone = importCopy(copy('Council approves budget', label, `ACCRA – ${LEAD}`, NEXT), PAGE);
    assert.equal(alone.frontmatter.date, '2021-03-05', label);
  }
});
