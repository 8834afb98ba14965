/**
 * A build from the spare puts right only what the build state says differs (src/pipeline/syncLinks.ts `catchUp`:
 * the files the last build wrote or removed) — and still publishes what a clean build makes, byte for byte, after
 * a sequence of edits, a build that failed half-way, and the builds after it; the first edit after a cold build takes
 * the spare that build's child made (src/publish/spareCopy.ts). Real Eleventy, real Pagefind.
 */
import assert from 'node:assert/strict';
import { cp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { fileHashes } from '../support/treeHash.ts';

async function appendParagraph(project: FixtureProject, name: string, text: string): Promise<void> {
  const file = path.join(project.contentDir, name);
  await writeFile(file, `${await readFile(file, 'utf8')}\n${text}\n`);
}

/** Inode of every file of the published site but the search bundles (the index keeps those: keptBundles.test.ts). */
async function inodes(project: FixtureProject): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const entry of await readdir(project.outputDir, { recursive: true, withFileTypes: true })) {
    const file = path.relative(project.outputDir, path.join(entry.parentPath, entry.name));
    if (entry.isFile() && !file.startsWith('pagefind')) found.set(file, (await stat(path.join(project.outputDir, file))).ino);
  }
  return found;
}

/** Files `after` has anew (another inode, or not in `before`) and files it no longer has. */
function changedFiles(before: Map<string, number>, after: Map<string, number>): number {
  return [...after].filter(([file, ino]) => before.get(file) !== ino).length + [...before.keys()].filter((file) => !after.has(file)).length;
}

/** The files of a clean build of the same content, in a project of its own (a clean build here would drop the state). */
async function cleanHashes(project: FixtureProject): Promise<Map<string, string>> {
  const clean = await createFixtureProject('spare-clean-');
  try {
    await cp(project.contentDir, clean.contentDir, { recursive: true });
    await cp(path.join(project.dir, 'site.yaml'), path.join(clean.dir, 'site.yaml'));
    assert.equal((await clean.build({ clean: true })).ok, true);
    return await fileHashes(clean.outputDir);
  } finally {
    await clean.remove();
  }
}

async function assertSameAsClean(project: FixtureProject, when: string): Promise<void> {
  const published = await fileHashes(project.outputDir);
  const expected = await cleanHashes(project);
  assert.deepEqual([...published.keys()], [...expected.keys()], `${when}: no page missing or extra`);
  const stale = [...expected].filter(([file, digest]) => published.get(file) !== digest).map(([file]) => file);
  assert.deepEqual(stale, [], `${when}: no page stale`);
}

describe('the spare caught up from the build state', () => {
  it('costs the last build\'s change, and publishes the clean build\'s site after edits and a build that failed half-way', async () => {
    const project = await createFixtureProject('spare-catch-up-');
    try {
      const fixtures = [...fixtureArchive(8)].sort((a, b) => a.name.localeCompare(b.name));
      for (const fixture of fixtures) await project.write(fixture.name, fixture.text);
      const names = fixtures.map((fixture) => fixture.name);
      assert.equal((await project.build()).ok, true);
      const cold = await inodes(project);

      // A cold build's retired site shares no file with the new one: a child it leaves behind links the new one
      // into the spare, which the first edit takes as it is (waiting for the child), linking no file itself.
      await appendParagraph(project, names[1]!, 'A first paragraph added by the test.');
      const first = await project.build();
      assert.equal(first.layout?.stagedBy, 'catch-up');
      assert.equal(first.layout?.linkedFiles, 0, 'the spare a cold build leaves is its site: nothing to put right');
      await assertSameAsClean(project, 'after the first edit after a cold build');
      const wrote = changedFiles(cold, await inodes(project));
      assert.ok(wrote < cold.size / 2, `the first edit wrote ${wrote} of ${cold.size} files`);
      // The spare is the cold site: the page the first edit wrote must come from the published site, not stay the cold one.
      await appendParagraph(project, names[5]!, 'A second paragraph added by the test.');
      const second = await project.build();
      assert.equal(second.layout?.stagedBy, 'catch-up');
      assert.equal(second.layout?.linkedFiles, wrote, 'the spare is put right by a link or removal per file the last build wrote, no more');
      await assertSameAsClean(project, 'after two edits');

      // The search cache made unusable: the build fails in its index stage, after the spare was taken and put right.
      const searchCache = path.join(project.dir, '.cache', 'search');
      const aside = `${searchCache}-aside`;
      await rename(searchCache, aside);
      await writeFile(searchCache, 'not a folder');
      const before = await fileHashes(project.outputDir);
      await appendParagraph(project, names[2]!, 'A paragraph of a build that fails.');
      await assert.rejects(project.build());
      assert.deepEqual(await fileHashes(project.outputDir), before, 'the failed build left the published site as it was');
      await rm(searchCache);
      await rename(aside, searchCache);

      // The spare went with the failed build: the next links the published site, the one after catches up again.
      await appendParagraph(project, names[6]!, 'A paragraph after the failed build.');
      const after = await project.build();
      assert.equal(after.layout?.stagedBy, 'copy');
      await assertSameAsClean(project, 'after the failed build');
      await rm(path.join(project.contentDir, names[0]!));
      const removed = await project.build();
      assert.equal(removed.layout?.stagedBy, 'catch-up');
      await appendParagraph(project, names[3]!, 'A paragraph after an article was removed.');
      const last = await project.build();
      assert.equal(last.layout?.stagedBy, 'catch-up');
      await assertSameAsClean(project, 'after an article was removed and another edited');
    } finally {
      await project.remove();
    }
  });
});
