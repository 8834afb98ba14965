/**
 * A build takes the fingerprints and term profiles of unchanged pages from its layout state
 * (src/pipeline/keptPrints.ts, src/layout/profiles.ts) instead of hashing every page's data: after edits
 * that move an article among its neighbours, change what its listings and related articles show, rename
 * it and give it a new topic, every page that shows it is laid out again, and the site is, byte for byte,
 * what a clean build makes of the same content.
 */
import assert from 'node:assert/strict';
import { cp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { fileHashes } from '../support/treeHash.ts';

async function edit(project: FixtureProject, pick: number, change: (text: string) => string): Promise<void> {
  const names = (await readdir(project.contentDir)).filter((name) => name.endsWith('.md')).sort();
  const file = path.join(project.contentDir, names[pick % names.length]!);
  await writeFile(file, change(await readFile(file, 'utf8')));
}

describe('fingerprints kept from the layout state', () => {
  it('lay out again every page an edit changed, take the others, and publish what a clean build does', async () => {
    const project = await createFixtureProject('kept-prints-');
    try {
      for (const fixture of fixtureArchive(70)) await project.write(fixture.name, fixture.text);
      assert.equal((await project.build({ skipIndex: true })).ok, true);
      const steps: [string, () => Promise<void>][] = [
        // Its neighbours, related articles and listings show the title.
        ['title', () => edit(project, 30, (text) => text.replace(/^title: .*$/m, 'title: "A Headline Edited For The Test"'))],
        // Moved among the articles: new neighbours on both sides, new places in its terms' lists and on the home pages.
        ['date', () => edit(project, 10, (text) => text.replace(/^date: \d{4}-\d{2}-\d{2}/m, 'date: 2019-06-15'))],
        ['tags', () => edit(project, 50, (text) => text.replace(/^---\n/, '---\ntags: [A Topic Of Its Own]\n').replace(/^tags: (?!\[A Topic).*\n/m, ''))],
        ['body', () => edit(project, 40, (text) => `${text}\nA paragraph added for the test.\n`)],
        [
          'rename',
          async () => {
            const names = (await readdir(project.contentDir)).filter((name) => name.endsWith('.md')).sort();
            await rename(path.join(project.contentDir, names[20]!), path.join(project.contentDir, names[20]!.replace(/\.md$/, '-renamed.md')));
          },
        ],
      ];
      let expected: Map<string, string>;
      for (const [kind, step] of steps) {
        await step();
        const built = await project.build({ skipIndex: true });
        assert.equal(built.ok, true, `the build after the ${kind} edit succeeds`);
        assert.ok((built.layout?.reused ?? 0) > 0, `pages are taken from the published site after the ${kind} edit`);
        // Compared after each edit (a page kept wrongly could be laid out again by a later one), with a clean
        // build of a copy: a clean build here would remove the build state the next edit's build reads.
        const copy = await createFixtureProject('kept-prints-clean-');
        try {
          await cp(project.contentDir, copy.contentDir, { recursive: true });
          assert.equal((await copy.build({ clean: true, skipIndex: true })).ok, true);
          expected = await fileHashes(copy.outputDir);
        } finally {
          await copy.remove();
        }
        const incremental = await fileHashes(project.outputDir);
        assert.deepEqual([...incremental.keys()], [...expected.keys()], `the same files after the ${kind} edit`);
        const differing = [...expected].filter(([name, digest]) => incremental.get(name) !== digest).map(([name]) => name);
        assert.deepEqual(differing, [], `the same bytes in every file after the ${kind} edit`);
      }
    } finally {
      await project.remove();
    }
  });
});
