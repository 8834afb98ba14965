import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from '../../src/build.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { fileHashes } from '../support/treeHash.ts';

describe('reproducible builds', () => {
  let project: FixtureProject;

  before(async () => {
    project = await createFixtureProject('repro-');
    const seed = '2020-11-28-france-backs-continuation-of-karabakh-talks-within-osce-minsk-group-framework-diplomat.md';
    await project.write(seed, await readFile(path.join('content', seed), 'utf8'));
    for (let i = 1; i <= 6; i++) {
      await project.write(
        `2021-0${i}-0${i}-story-${i}.md`,
        articleSource({
          title: `Story number ${i}`,
          date: `2021-0${i}-0${i}`,
          frontmatter: `source:\n  outlet: Outlet ${i % 3}\n  url: https://example.com/${i}\ndateline:\n  place: Place ${i % 2}\ntags: [Topic ${i % 4}]`,
          body: `Paragraph ${i} of a story about the ${['river', 'bridge', 'market', 'school', 'harbour', 'station'][i - 1]}, told for this test.`,
        }),
      );
    }
  });
  after(() => project.remove());

  it('builds byte-identical output twice from the same content, search index included', async () => {
    const first = path.join(project.dir, 'first');
    const second = path.join(project.dir, 'second');
    assert.equal((await build({ contentDir: project.contentDir, outputDir: first })).ok, true);
    // The second build also exercises the warm render cache.
    assert.equal((await build({ contentDir: project.contentDir, outputDir: second })).ok, true);
    const a = await fileHashes(first);
    const b = await fileHashes(second);
    assert.deepEqual([...a.keys()], [...b.keys()], 'the same files');
    const differing = [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file);
    assert.deepEqual(differing, [], 'the same bytes in every file');
    assert.ok([...a.keys()].some((file) => file.startsWith('pagefind/')), 'the Pagefind index is part of the comparison');
  });
});
