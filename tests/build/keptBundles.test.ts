/**
 * A build from the spare (the site before the published one, src/pipeline/layoutStage.ts) keeps the spare's
 * search shard folders whose cache entry is unchanged (src/searchIndex/searchIndex.ts `keptBundles`) instead of
 * linking them anew — and still publishes what a clean build makes, byte for byte. Real Eleventy, real Pagefind.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, stat, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { fileHashes } from '../support/treeHash.ts';

/** Two articles a shard (shards split by year too): the fixture's eight make a primary bundle and several shard folders. */
const SHARD = 2;

/** The folders under `pagefind-shards/` of the published site, by name, with their inodes. */
async function shardFolders(project: FixtureProject): Promise<Map<string, number>> {
  const dir = path.join(project.outputDir, 'pagefind-shards');
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, (await stat(path.join(dir, name))).ino] as [string, number])));
}

async function appendParagraph(project: FixtureProject, name: string, text: string): Promise<void> {
  const file = path.join(project.contentDir, name);
  await writeFile(file, `${await readFile(file, 'utf8')}\n${text}\n`);
}

async function sameAsClean(project: FixtureProject): Promise<void> {
  const clean = path.join(project.dir, 'clean');
  assert.equal((await project.build({ outputDir: clean, clean: true, searchShardArticles: SHARD })).ok, true);
  const incremental = await fileHashes(project.outputDir);
  const expected = await fileHashes(clean);
  assert.deepEqual([...incremental.keys()], [...expected.keys()], 'the same files as a clean build');
  assert.deepEqual([...expected].filter(([file, digest]) => incremental.get(file) !== digest).map(([file]) => file), [], 'the same bytes');
}

describe('search bundles of the spare', () => {
  it('are kept where their shard is unchanged, and the site is still the clean build\'s', async () => {
    const project = await createFixtureProject('kept-bundles-');
    try {
      const fixtures = fixtureArchive(8);
      for (const fixture of fixtures) await project.write(fixture.name, fixture.text);
      // The oldest article: its shard is a shard folder, not the primary bundle.
      const oldest = [...fixtures].sort((a, b) => a.name.localeCompare(b.name))[0]!.name;
      assert.equal((await project.build({ searchShardArticles: SHARD })).ok, true);
      const cold = await shardFolders(project);
      assert.ok(cold.size >= 2, 'shard folders beside the primary bundle');
      // The second build links the published site (a cold build keeps no spare); the third starts from the first's site.
      await appendParagraph(project, oldest, 'A first paragraph added by the test.');
      assert.equal((await project.build({ searchShardArticles: SHARD })).ok, true);
      await appendParagraph(project, oldest, 'A second paragraph added by the test.');
      assert.equal((await project.build({ searchShardArticles: SHARD })).ok, true);
      const fromSpare = await shardFolders(project);
      assert.deepEqual([...fromSpare.keys()], [...cold.keys()]);
      const kept = [...fromSpare].filter(([name, ino]) => cold.get(name) === ino).map(([name]) => name);
      assert.equal(kept.length, cold.size - 1, `every unchanged shard's folder is the spare's own (kept: ${kept.join(', ')})`);
      await sameAsClean(project);
    } finally {
      await project.remove();
    }
  });

  it('go where no shard has them any more', async () => {
    const project = await createFixtureProject('kept-bundles-');
    try {
      const fixtures = [...fixtureArchive(8)].sort((a, b) => a.name.localeCompare(b.name));
      for (const fixture of fixtures) await project.write(fixture.name, fixture.text);
      assert.equal((await project.build({ searchShardArticles: SHARD })).ok, true);
      const before = (await shardFolders(project)).size;
      await appendParagraph(project, fixtures[4]!.name, 'A paragraph added by the test.');
      assert.equal((await project.build({ searchShardArticles: SHARD })).ok, true);
      // Two articles fewer: one shard fewer, built from the spare.
      for (const fixture of fixtures.slice(0, 2)) await rm(path.join(project.contentDir, fixture.name));
      assert.equal((await project.build({ searchShardArticles: SHARD })).ok, true);
      assert.ok((await shardFolders(project)).size < before, 'a shard folder fewer');
      await sameAsClean(project);
    } finally {
      await project.remove();
    }
  });
});
