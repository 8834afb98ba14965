/**
 * The checks across files stay right in an incremental build, though it reads only the files that changed
 * (src/loadArchive.ts, src/validate/nearDuplicatesSince.ts): a near-duplicate made by
 * editing one article is reported on both articles, and no longer once the edit is undone — the same
 * warnings as a build from nothing.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BuildResult } from '../../src/build.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

/** A body of `words` words that no other body shares, long enough to be sampled for the check. */
function story(seed: string, words = 220): string {
  const text = Array.from({ length: words }, (_, n) => `${seed}${(n * 7919) % 1000}`).join(' ');
  return `${text}.`;
}

const NAMES = ['2021-03-01-harbour.md', '2021-03-02-council.md', '2021-03-03-school.md', '2021-03-04-bridge.md'];

/** Each file's near-duplicate warnings, by file name. */
function nearDuplicates(result: BuildResult): Record<string, string[]> {
  return Object.fromEntries(
    result.archive.files.map((file) => [path.basename(file.path), file.messages.filter((message) => message.ruleId === 'near-duplicate').map((message) => message.reason)]),
  );
}

describe('near-duplicates in incremental builds', () => {
  let project: FixtureProject;
  before(async () => {
    project = await createFixtureProject('cross-file-');
    for (const [n, name] of NAMES.entries()) {
      await project.write(name, articleSource({ title: `Story ${n}`, date: name.slice(0, 10), body: story(`w${n}x`) }));
    }
    assert.equal((await project.build({ skipIndex: true })).ok, true);
  });
  after(() => project.remove());

  it('report a copy made by one edit on both articles, and drop it when the edit is undone, as a clean build does', async () => {
    const copy = path.join(project.contentDir, NAMES[3]!);
    const original = await readFile(copy, 'utf8');
    await writeFile(copy, articleSource({ title: 'Story 3', date: '2021-03-04', body: `${story('w1x')} One more sentence.` }));
    const edited = await project.build({ skipIndex: true });
    assert.equal(edited.archive.changed.size, 1, 'only the edited file is read anew');
    const found = nearDuplicates(edited);
    assert.match(found[NAMES[3]!]?.[0] ?? '', /like content\/2021-03-02-council\.md/, 'the copy is warned');
    assert.match(found[NAMES[1]!]?.[0] ?? '', /like content\/2021-03-04-bridge\.md/, 'and the article it copies');
    assert.deepEqual([found[NAMES[0]!], found[NAMES[2]!]], [[], []], 'the others are not');
    const clean = await project.build({ skipIndex: true, clean: true, outputDir: path.join(project.dir, 'clean') });
    assert.deepEqual(found, nearDuplicates(clean), 'the same warnings as a build from nothing');

    await writeFile(copy, original);
    const undone = await project.build({ skipIndex: true });
    assert.deepEqual(Object.values(nearDuplicates(undone)).flat(), [], 'no warning once the copy is gone');
  });
});
