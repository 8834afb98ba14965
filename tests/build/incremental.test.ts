/**
 * Incremental equals clean: after any sequence of edits — an article added,
 * its body, title, tags or date changed, renamed, deleted, a content error
 * made and fixed — the site an incremental build publishes (build state,
 * reused pages, cached bodies and search shards) is byte for byte the site a
 * clean build makes of the same content. fast-check drives the edits with a
 * fixed seed; real Eleventy, real Pagefind.
 */
import assert from 'node:assert/strict';
import { cp, link, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DevSite } from '../../src/dev/devSite.ts';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { fileHashes } from '../support/treeHash.ts';

type Edit =
  | { kind: 'add'; n: number }
  | { kind: 'body'; pick: number }
  | { kind: 'title'; pick: number }
  | { kind: 'tags'; pick: number }
  | { kind: 'date'; pick: number }
  | { kind: 'rename'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'error-and-fix'; pick: number };

const pick = fc.nat({ max: 1000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), n: fc.nat({ max: 99 }) }),
  ...(['body', 'title', 'tags', 'date', 'rename', 'delete', 'error-and-fix'] as const).map((kind) => fc.record({ kind: fc.constant(kind), pick })),
);

async function contentFiles(project: FixtureProject): Promise<string[]> {
  return (await readdir(project.contentDir)).filter((name) => name.endsWith('.md')).sort();
}

/** Applies one edit; an error is made, built (and refused), then fixed. */
async function apply(project: FixtureProject, change: Edit, step: number): Promise<void> {
  const names = await contentFiles(project);
  if (change.kind === 'add') {
    await project.write(
      `2022-0${(change.n % 9) + 1}-1${step % 10}-added-story-${change.n}-${step}.md`,
      articleSource({ title: `Added Story ${change.n}`, date: `2022-0${(change.n % 9) + 1}-1${step % 10}`, body: `A new story, number ${change.n}, about the harbour.` }),
    );
    return;
  }
  const name = names[change.pick % names.length]!;
  const file = path.join(project.contentDir, name);
  const text = await readFile(file, 'utf8');
  switch (change.kind) {
    case 'body':
      await writeFile(file, `${text}\nA paragraph added at step ${step}.\n`);
      return;
    case 'title':
      await writeFile(file, text.replace(/^title: .*$/m, `title: "A Headline Changed At Step ${step}"`));
      return;
    case 'tags':
      await writeFile(file, text.replace(/^---\n/, `---\ntags: [Step ${step} Topic]\n`).replace(/^tags: (?!\[Step).*\n/m, ''));
      return;
    case 'date': {
      const date = text.match(/^date: (\d{4})-\d{2}-\d{2}/m);
      if (date) await writeFile(file, text.replace(/^date: \d{4}-\d{2}-\d{2}/m, `date: ${date[1]}-12-2${step % 8}`));
      return;
    }
    case 'rename':
      await rename(file, path.join(project.contentDir, name.replace(/\.md$/, `-renamed-${step}.md`)));
      return;
    case 'delete':
      if (names.length > 2) await rm(file);
      return;
    case 'error-and-fix': {
      await writeFile(file, text.replace(/^date: .*$/m, 'date: someday'));
      const refused = await project.build();
      assert.equal(refused.ok, false, `a broken date in ${name} refuses the build`);
      await writeFile(file, text);
      return;
    }
  }
}

/** A fresh project holding 8 articles of the fixture archive, removed afterwards. */
async function withArchive(test: (project: FixtureProject) => Promise<void>): Promise<void> {
  const project = await createFixtureProject('incremental-');
  try {
    for (const fixture of fixtureArchive(8)) await project.write(fixture.name, fixture.text);
    await test(project);
  } finally {
    await project.remove();
  }
}

describe('incremental builds', () => {
  it('publish the same bytes as a clean build after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        const project = await createFixtureProject('incremental-');
        try {
          // A small archive: every build here is a real Eleventy and Pagefind run.
          for (const fixture of fixtureArchive(8)) await project.write(fixture.name, fixture.text);
          assert.equal((await project.build()).ok, true);
          for (const [step, change] of edits.entries()) {
            await apply(project, change, step);
            const result = await project.build();
            assert.equal(result.ok, true, `the build after ${change.kind} succeeds`);
          }
          const clean = path.join(project.dir, 'clean');
          assert.equal((await project.build({ outputDir: clean, clean: true })).ok, true);
          const incremental = await fileHashes(project.outputDir);
          const expected = await fileHashes(clean);
          assert.deepEqual([...incremental.keys()], [...expected.keys()], 'the same files');
          const differing = [...expected].filter(([file, digest]) => incremental.get(file) !== digest).map(([file]) => file);
          assert.deepEqual(differing, [], 'the same bytes in every file');
        } finally {
          await project.remove();
        }
      }),
      { seed: 20261201, numRuns: 5, endOnFailure: true },
    );
  });

  it('leave the published site as it is when nothing changed: nothing parsed, laid out, linked or published', () =>
    withArchive(async (project) => {
      const first = await project.build();
      assert.equal(first.layout?.whole, true, 'the first build lays out every page');
      const published = await stat(project.outputDir);
      const second = await project.build();
      assert.equal(second.archive.changed.size, 0, 'no file is parsed again');
      assert.equal(second.layout?.untouched, true, 'the site is left as it is');
      assert.equal(second.layout?.laidOut, 0, 'no page is laid out again');
      assert.equal((await stat(project.outputDir)).ino, published.ino, 'the same folder: no staging folder was swapped in');
      assert.deepEqual(second.notes, [], 'the build state was trusted');
    }));

  it('take every page an edit did not change from the published site', () =>
    withArchive(async (project) => {
      await project.build();
      const [name] = await contentFiles(project);
      const file = path.join(project.contentDir, name!);
      await writeFile(file, `${await readFile(file, 'utf8')}\nA paragraph added by the test.\n`);
      const edited = await project.build();
      assert.equal(edited.archive.changed.size, 1, 'only the edited file is parsed again');
      assert.equal(edited.layout?.untouched, undefined, 'the site is built anew');
      assert.equal(edited.layout?.laidOut, 1, 'a body shows on its own page only');
      assert.ok((edited.layout?.reused ?? 0) > 20, 'the other pages are linked from the published site');
    }));

  it('never write a file of the published site in place: a reader of the old site sees it whole until the swap', () =>
    withArchive(async (project) => {
      const first = await project.build();
      const article = first.archive.articles[0]!;
      // Second names for two published files: what a reader holding them open would read.
      const held = { home: path.join(project.dir, 'home.html'), article: path.join(project.dir, 'article.html') };
      await link(path.join(project.outputDir, 'index.html'), held.home);
      await link(path.join(project.outputDir, article.url, 'index.html'), held.article);
      const before = { home: await readFile(held.home, 'utf8'), article: await readFile(held.article, 'utf8') };
      // A body edited: its page laid out again while the rest is linked.
      const file = path.join(project.contentDir, path.basename(article.inputPath));
      await writeFile(file, `${await readFile(file, 'utf8')}\nA paragraph added by the test.\n`);
      const edited = await project.build();
      assert.equal(edited.layout?.laidOut, 1);
      assert.equal(await readFile(held.article, 'utf8'), before.article, 'the old article page is unchanged');
      assert.notEqual(await readFile(path.join(project.outputDir, article.url, 'index.html'), 'utf8'), before.article, 'the new one is published');
      // A new year: every page shows the years, so every page is laid out again after the links were begun.
      await project.write('1990-01-02-an-older-story.md', articleSource({ title: 'An Older Story', date: '1990-01-02', body: 'A story from an earlier year.' }));
      const whole = await project.build();
      assert.equal(whole.layout?.whole, true);
      assert.equal(await readFile(held.home, 'utf8'), before.home, 'the old home page is unchanged');
      assert.notEqual(await readFile(path.join(project.outputDir, 'index.html'), 'utf8'), before.home, 'the new one is published');
    }));

  it('trust a published site restored as a copy (CI caches _site/), and lay out again a page removed from it by hand', () =>
    withArchive(async (project) => {
      const first = await project.build();
      const page = first.archive.articles[0]!.url;
      // A copy: another folder (another inode), the same files.
      const copy = path.join(project.dir, 'restored');
      await cp(project.outputDir, copy, { recursive: true });
      await rm(project.outputDir, { recursive: true });
      await rename(copy, project.outputDir);
      const restored = await project.build();
      assert.deepEqual(restored.notes, [], 'the restored site is trusted');
      assert.equal(restored.layout?.laidOut, 0);
      await rm(path.join(project.outputDir, page, 'index.html'));
      const repaired = await project.build();
      assert.equal(repaired.layout?.laidOut, 1, 'the missing page, and only it, is laid out');
      await stat(path.join(project.outputDir, page, 'index.html'));
    }));

  it('do not trust build state that is corrupt: it says so in one line and builds from nothing', () =>
    withArchive(async (project) => {
      await project.build();
      await writeFile(path.join(project.dir, '.cache', 'build', 'sources.ndjson'), '{"format":"news-archive sources 1"');
      const rebuilt = await project.build();
      assert.equal(rebuilt.ok, true);
      assert.equal(rebuilt.notes.length, 1);
      assert.match(rebuilt.notes[0]!, /^Build state sources\.ndjson is corrupt \(.*\): building it from nothing\.$/);
      assert.equal(rebuilt.archive.changed.size, 9, 'every file is read again');
    }));

  it('do not reuse pages from the site npm start wrote in the same folder: the next build lays out every page', () =>
    withArchive(async (project) => {
      await project.build();
      await new DevSite({ contentDir: project.contentDir, outputDir: project.outputDir }).update();
      const after = await project.build();
      assert.equal(after.layout?.whole, true);
      assert.deepEqual(after.notes, ['No build state layout.ndjson yet: building it from nothing.']);
    }));
});
