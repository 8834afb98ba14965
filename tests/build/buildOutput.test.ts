/**
 * What `npm run build` prints in CI (not a terminal): one line per stage,
 * which says what the stage did; warnings past the first 20 counted by rule
 * with the command that lists them all; and, on a second run of the same
 * content, that nothing was read or laid out again.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

const run = promisify(execFile);

async function buildCli(project: FixtureProject): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--content', project.contentDir, '--output', project.outputDir], {
    env: { ...process.env, CI: 'true' },
  });
}

describe('npm run build in CI', () => {
  let project: FixtureProject;
  let first: { stdout: string; stderr: string };

  before(async () => {
    project = await createFixtureProject('build-output-');
    // 25 articles without `source.url`: 25 warnings of one rule.
    for (let day = 1; day <= 25; day++) {
      const date = `2021-03-${String(day).padStart(2, '0')}`;
      await project.write(
        `${date}-story-${day}.md`,
        articleSource({ title: `Story ${day}`, date, frontmatter: 'source:\n  outlet: The Daily Test', body: `Story ${day} is about the ${day}th bridge of the town.` }),
      );
    }
    first = await buildCli(project);
  });
  after(() => project.remove());

  it('lists the first 20 warnings and counts the rest by rule, naming the command that lists them all', () => {
    assert.equal(first.stderr.match(/^content\/.*: warning Missing `source\.url`/gm)?.length, 20);
    assert.match(first.stderr, /^and 5 more \[source-url\] — npm run check lists them all$/m);
    assert.match(first.stderr, /^0 errors, 25 warnings in 25 files$/m);
  });

  it('prints one line per stage, saying what it did', () => {
    assert.match(first.stderr, /^load and validate 25 files, 25 read anew in [\d.]+ m?s$/m);
    assert.match(first.stderr, /^render 25 bodies rendered, 0 from the cache in [\d.]+ m?s$/m);
    assert.match(first.stderr, /^layout \d+ pages in 1 Eleventy run in [\d.]+ m?s$/m);
    assert.match(first.stderr, /^index 25 pages, 1 of 1 shards indexed anew in [\d.]+ m?s$/m);
    assert.doesNotMatch(first.stderr, /\r/, 'no progress redraws outside a terminal');
  });

  it('says, on a second run of the same content, that nothing was read, rendered or laid out again', async () => {
    const second = await buildCli(project);
    assert.match(second.stderr, /^load and validate 25 files, 0 read anew in/m);
    assert.match(second.stderr, /^render 0 bodies rendered, 25 from the cache in/m);
    assert.match(second.stderr, /^layout 0 pages: nothing changed since the published site was built, which stays as it is in/m);
    assert.match(second.stderr, /^index 25 pages, nothing changed: the published index stays as it is in/m);
    assert.match(second.stdout, /^Built 25 articles .*0 pages laid out/m);
  });
});

describe('npm run build of a one-article archive', () => {
  let project: FixtureProject;
  let built: { stdout: string; stderr: string };

  before(async () => {
    project = await createFixtureProject('build-one-');
    await project.write('2021-03-04-council-approves-new-budget.md', articleSource());
    built = await buildCli(project);
  });
  after(() => project.remove());

  it('counts in the singular what there is one of: "Built 1 article", "1 page indexed"', () => {
    assert.match(built.stdout, /^Built 1 article into .* \(1 page indexed, \d+ pages laid out, 0 pages reused\)/m);
  });

  it("describes a place's page with one article as \"1 article\"", async () => {
    const page = await readFile(path.join(project.outputDir, 'places', 'lisbon', 'index.html'), 'utf8');
    assert.match(page, /<meta name="description" content="1 article: place Lisbon\.">/);
  });
});
