import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LineCounter } from 'yaml';
import { loadArchive, type Archive } from '../../src/loadArchive.ts';
import { bodySample } from '../../src/validate/shingleSample.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

const TERMINAL = [
  'LISBON - The harbour authority said on Monday that the new ferry terminal would open in spring, after three years of works and two changes of contractor, and that ferries to the south bank would run every twenty minutes from the first day.',
  'The terminal, built on the site of an old fish market, will handle up to four thousand passengers an hour, the authority said in a statement. Its roof of solar panels is meant to cover the building\'s own needs on most days of the year.',
  'Local traders, who had complained about the noise and the closed roads, welcomed the news but asked for help with the rents that rose during the works. A bakery owner said half of her regular customers had stopped coming while the street was shut.',
  'The first crossing is planned for the third week of April, weather permitting, and tickets will cost the same as on the old boats for at least a year.',
].join('\n\n');

/** Background a wire service repeats in every story of a series: shared phrasing, not a copy. */
const BACKGROUND = [
  'The harbour project, first announced six years ago, was meant to cost ninety million euros and to be finished before the last municipal elections. It has since been redesigned twice, once after the collapse of a quay wall during a winter storm and once after the first contractor went bankrupt.',
  'The city council is expected to vote on a plan for the surrounding streets next month, when the final costs of the harbour project will also be published. The plan includes new bus stops, cycle lanes and a small park on the old railway yard.',
].join('\n\n');

/** Another story of the same series: same city, same background paragraph, different news. */
const BUDGET = [
  'LISBON - Councillors clashed on Thursday over who should pay for the new streets around the harbour, as the opposition accused the mayor of hiding an overrun that it put at eleven million euros.',
  'The mayor denied the figure and said the accounts would be audited by an outside firm before the summer. Two members of her own coalition abstained in a first vote on the audit, which passed by a single vote after a debate of five hours.',
  'Residents of the old quarter, who filled the public gallery, asked for a say in where the new bus stops and cycle lanes would go, and for the trees cut down during the works to be replanted.',
  BACKGROUND,
].join('\n\n');

/** The same story sent again by another outlet with one word changed. */
const TERMINAL_AGAIN = `${TERMINAL.replace('on Monday', 'on Tuesday')}\n\n${BACKGROUND}`;

const comparedShingles = (body: string) => bodySample({ yaml: undefined, lineCounter: new LineCounter(), body });

// One archive is loaded in before() and only read by the tests: loading it
// once per test would add seconds and prove nothing more.
describe('warnings an archive editor wants', () => {
  let project: FixtureProject;
  let archive: Archive;

  before(async () => {
    project = await createFixtureProject();
    await project.write('2021-03-01-terminal.md', articleSource({ title: 'Terminal', date: '2021-03-01', body: `${TERMINAL}\n\n${BACKGROUND}` }));
    await project.write('2021-03-02-terminal-again.md', articleSource({ title: 'Terminal again', date: '2021-03-02', body: TERMINAL_AGAIN }));
    await project.write('2021-03-04-budget.md', articleSource({ title: 'Budget', date: '2021-03-04', body: BUDGET }));
    await project.write('2099-01-01-future.md', articleSource({ title: 'Future', date: '2099-01-01', body: 'A story from the future about something else entirely.' }));
    await project.write(
      '2021-03-03-no-url.md',
      articleSource({
        title: 'No URL',
        date: '2021-03-03',
        frontmatter: 'source:\n  outlet: X\nquotes:\n  - text: kept every promise',
        body: 'The mayor said she "kept every promise" in her speech.',
      }),
    );
    archive = await loadArchive({ contentDir: project.contentDir, today: new Date('2026-11-29T00:00:00Z') });
  });
  after(() => project.remove());

  const warningsOf = (name: string) =>
    archive.files.find((f) => f.path.endsWith(name))!.messages.filter((m) => m.fatal === false).map((m) => m.ruleId);

  it('warns about a body that nearly repeats another article, on both', () => {
    assert.ok(warningsOf('2021-03-01-terminal.md').includes('near-duplicate'));
    assert.ok(warningsOf('2021-03-02-terminal-again.md').includes('near-duplicate'));
  });

  it('does not call two different stories that share background paragraphs duplicates', () => {
    // The check compares only bodies long enough to sample and only pairs that share a sampled
    // shingle; without both, this test would pass whatever the threshold.
    const budget = comparedShingles(BUDGET);
    const terminal = comparedShingles(`${TERMINAL}\n\n${BACKGROUND}`);
    assert.ok(budget.length >= 4 && terminal.length >= 4, `samples: ${budget.length}, ${terminal.length}`);
    assert.ok(budget.some((shingle) => terminal.includes(shingle)), 'the two stories share no sampled phrasing');
    assert.ok(!warningsOf('2021-03-04-budget.md').includes('near-duplicate'));
  });

  it('names the article a body repeats, not one that only shares phrasing with it', () => {
    const message = archive.files.find((f) => f.path.endsWith('2021-03-01-terminal.md'))!.messages.find((m) => m.ruleId === 'near-duplicate');
    assert.match(String(message?.reason), /terminal-again\.md/);
    assert.doesNotMatch(String(message?.reason), /budget\.md/);
  });

  it('warns about a date in the future', () => {
    assert.deepEqual(warningsOf('2099-01-01-future.md'), ['future-date']);
  });

  it('warns about a missing source URL and a quote with no speaker', () => {
    assert.deepEqual(warningsOf('2021-03-03-no-url.md').sort(), ['quote-speaker', 'source-url']);
  });

  it('publishes despite warnings', () => {
    assert.equal(archive.ok, true);
    assert.equal(archive.articles.length, 5);
  });
});
