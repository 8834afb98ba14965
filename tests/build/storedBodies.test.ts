/**
 * A build reads an unchanged article's body from the render cache only when a page it lays out shows it
 * (src/pipeline/storedBodies.ts), or renders it again if the cache lost it: after one title is edited, the pages laid out again — the article, its
 * neighbours, its listings — carry their bodies, and the site is the same, byte for byte, as a clean build's.
 * The archive is larger than the feeds (50 articles), so some bodies are never read.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { createFixtureProject } from '../support/fixtureSite.ts';
import { fileHashes } from '../support/treeHash.ts';

describe('bodies read when a page needs them', () => {
  it('lay out the pages an edit changed with their bodies, leave most bodies unread, and publish what a clean build does', async () => {
    const project = await createFixtureProject('stored-bodies-');
    try {
      for (const fixture of fixtureArchive(70)) await project.write(fixture.name, fixture.text);
      assert.equal((await project.build({ skipIndex: true })).ok, true);
      // The oldest article: outside the feeds, its neighbour's page shows the new title beside its own body.
      const names = (await readdir(project.contentDir)).filter((name) => name.endsWith('.md')).sort();
      const file = path.join(project.contentDir, names[0]!);
      await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: "A Headline Edited For The Test"'));
      // The render cache lost since the last build (CI restored the state alone): a body it should hold is rendered again.
      await rm(path.join(project.dir, '.cache', 'render'), { recursive: true });
      const edited = await project.build({ skipIndex: true });
      assert.equal(edited.ok, true);
      assert.ok((edited.layout?.laidOut ?? 0) > 1, 'the neighbours are laid out again');
      const reads = edited.archive.bodies?.reads ?? Infinity;
      assert.ok(reads < edited.archive.articles.length - 10, `most bodies were never read (${reads} read of ${edited.archive.articles.length})`);

      const clean = path.join(project.dir, 'clean');
      assert.equal((await project.build({ outputDir: clean, clean: true, skipIndex: true })).ok, true);
      const incremental = await fileHashes(project.outputDir);
      const expected = await fileHashes(clean);
      assert.deepEqual([...incremental.keys()], [...expected.keys()], 'the same files');
      const differing = [...expected].filter(([name, digest]) => incremental.get(name) !== digest).map(([name]) => name);
      assert.deepEqual(differing, [], 'the same bytes in every file');
    } finally {
      await project.remove();
    }
  });
});
