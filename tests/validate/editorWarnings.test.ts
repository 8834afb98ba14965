import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadArchive, type Archive } from '../../src/loadArchive.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

const STORY = 'LISBON - The harbour authority said on Monday that the new terminal would open in spring, after three years of works and two changes of contractor, and that ferries would run every twenty minutes. ' +
  'The terminal, built on the site of an old fish market, will handle up to four thousand passengers an hour, the authority said in a statement. ' +
  'Local traders, who had complained about the noise and the closed roads, welcomed the news but asked for help with the rents that rose during the works. ' +
  'The city council is expected to vote on a plan for the surrounding streets next month, when the final costs of the project will also be published.';

describe('warnings an archive editor wants', () => {
  let project: FixtureProject;
  let archive: Archive;

  before(async () => {
    project = await createFixtureProject();
    await project.write('2021-03-01-original.md', articleSource({ title: 'Original', date: '2021-03-01', body: STORY }));
    await project.write('2021-03-02-copy.md', articleSource({ title: 'Copy', date: '2021-03-02', body: STORY.replace('Monday', 'Tuesday') }));
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
    assert.ok(warningsOf('2021-03-01-original.md').includes('near-duplicate'));
    assert.ok(warningsOf('2021-03-02-copy.md').includes('near-duplicate'));
  });

  it('does not call different stories duplicates', () => {
    assert.ok(!warningsOf('2099-01-01-future.md').includes('near-duplicate'));
  });

  it('warns about a date in the future', () => {
    assert.deepEqual(warningsOf('2099-01-01-future.md'), ['future-date']);
  });

  it('warns about a missing source URL and a quote with no speaker', () => {
    assert.deepEqual(warningsOf('2021-03-03-no-url.md').sort(), ['quote-speaker', 'source-url']);
  });

  it('publishes despite warnings', () => {
    assert.equal(archive.ok, true);
    assert.equal(archive.articles.length, 4);
  });
});
