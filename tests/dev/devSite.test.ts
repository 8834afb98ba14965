/**
 * `npm start` (src/dev/devSite.ts): after an edit, only the pages the edit
 * touched are written again, the site shows the edit, and the search index
 * re-indexes only what changed. Real files, real Eleventy, real Pagefind.
 * One dev server for the file (its first update lays out the whole site);
 * before each test the archive is put back as it was and updated, so each
 * test starts from the same site and asserts only on its own edit.
 */
import assert from 'node:assert/strict';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { DevSite } from '../../src/dev/devSite.ts';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

const LAST_PARAGRAPH = 'The debate continues next month, officials said, with a vote expected before the end of the session.';

describe('the dev server rewrites what an edit touched', () => {
  let project: FixtureProject;
  let devSite: DevSite;
  let file: string;
  let pageUrl: string;
  const files = fixtureArchive();

  before(async () => {
    project = await createFixtureProject('dev-');
    for (const fixture of files) await project.write(fixture.name, fixture.text);
    const oldest = files.map((fixture) => fixture.name).sort()[0]!;
    file = path.join(project.contentDir, oldest);
    devSite = new DevSite({ contentDir: project.contentDir, outputDir: project.outputDir });
    const first = await devSite.update();
    assert.equal(first.changes?.whole, true, 'the first update lays out the whole site');
    const slug = oldest.slice(11, -3);
    const date = oldest.slice(0, 10).replaceAll('-', '/');
    pageUrl = `/${date}/${slug}/`;
    assert.ok(first.archive.articles.some((article) => article.url === pageUrl));
    await devSite.index();
  });
  after(() => project?.remove());

  beforeEach(async () => {
    for (const fixture of files) {
      const current = await readFile(path.join(project.contentDir, fixture.name), 'utf8').catch(() => undefined);
      if (current !== fixture.text) await project.write(fixture.name, fixture.text);
    }
    assert.equal((await devSite.update()).archive.ok, true, 'the archive as it was');
    await devSite.index();
  });

  test('an edit to the end of a body rewrites that article page only (and the feeds, which carry bodies)', async () => {
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(LAST_PARAGRAPH, 'The debate resumes in the spring, the clerk said.'));
    const result = await devSite.update();
    assert.deepEqual([...result.changedFiles].map((name) => path.basename(name)), [path.basename(file)], 'only the edited file is read again');
    assert.equal(result.changes?.pages, 1);
    assert.deepEqual(result.changes?.pass.articlePages.map((entry) => entry.article.url), [pageUrl]);
    assert.match(await project.read(`${pageUrl.slice(1)}index.html`), /The debate resumes in the spring, the clerk said\./);
  });

  test('the search index re-indexes the changed shard only, and nothing when nothing changed', async () => {
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(LAST_PARAGRAPH, 'The debate resumes in the spring, the clerk said.'));
    await devSite.update();
    const edited = await devSite.index();
    assert.equal(edited?.shards.filter((shard) => !shard.cached).length, 1);
    assert.equal((await devSite.update()).changes?.pages, 0, 'no edit, no page');
    const unchanged = await devSite.index();
    assert.equal(unchanged?.shards.filter((shard) => !shard.cached).length, 0);
  });

  test('a new title reaches the listing pages and the feeds too', async () => {
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^title: .*$/m, 'title: "A Headline Nobody Had Seen"'));
    const result = await devSite.update();
    assert.ok((result.changes?.pages ?? 0) > 3, `the article, its neighbours and its listings (${result.changes?.pages})`);
    assert.equal(result.changes?.pass.first, true, 'the feeds and sitemap are rewritten');
    assert.match(await project.read(`${pageUrl.slice(1, 9)}index.html`), /A Headline Nobody Had Seen/, 'its month page');
    assert.match(await project.read('feed.xml'), /A Headline Nobody Had Seen/);
  });

  test('a content error leaves the site as it was', async () => {
    const page = path.join(project.outputDir, pageUrl, 'index.html');
    const before = await readFile(page, 'utf8');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^date: .*$/m, 'date: someday'));
    const result = await devSite.update();
    assert.equal(result.changes, undefined);
    assert.equal(result.archive.ok, false);
    assert.equal(await readFile(page, 'utf8'), before);
  });

  test('an untouched file shows the warnings of this update only: a copy\'s near-duplicate warning once while the copy is there, none after it goes', async () => {
    const original = files.map((fixture) => fixture.name).sort()[1]!;
    const copy = path.join(project.contentDir, original.replace(/\.md$/, '-copy.md'));
    const warningsOf = (result: Awaited<ReturnType<DevSite['update']>>, name = original): string[] =>
      result.archive.files.find((found) => found.path === `content/${name}`)!.messages.filter((message) => message.ruleId === 'near-duplicate').map((message) => message.reason);
    await writeFile(copy, (await readFile(path.join(project.contentDir, original), 'utf8')).replace(/^title: .*$/m, 'title: "The Same Story Again"'));
    try {
      const copied = await devSite.update();
      assert.equal(warningsOf(copied).length, 1, 'the untouched original is warned of the copy');
      // An edit elsewhere: the original is unchanged again, and its warning is not counted twice.
      await writeFile(file, (await readFile(file, 'utf8')).replace(LAST_PARAGRAPH, 'The debate resumes in the spring, the clerk said.'));
      const again = await devSite.update();
      assert.equal(warningsOf(again).length, 1, 'one warning after another update');
      // The copy was read anew by the update before and is taken as it was decoded then: its own warning once too.
      assert.equal(warningsOf(again, path.basename(copy)).length, 1, "the copy's warning once after another update");
    } finally {
      await rm(copy);
    }
    assert.deepEqual(warningsOf(await devSite.update()), [], 'no warning once the copy is gone');
  });

  test('a deleted article loses its page', async () => {
    await rm(file);
    const result = await devSite.update();
    // It was its day's only article: the day's page (/YYYY/MM/DD/) goes too.
    assert.deepEqual(result.changes?.removed, [pageUrl, pageUrl.replace(/[^/]+\/$/, '')]);
    await assert.rejects(stat(path.join(project.outputDir, pageUrl, 'index.html')));
  });
});

describe('the dev server and site.yaml', () => {
  test('a mistake in site.yaml is reported with the files of the first update, and the preview still runs with the default settings', async () => {
    const project = await createFixtureProject('dev-settings-');
    try {
      await project.write('2021-03-04-council-approves-new-budget.md', articleSource());
      await writeFile(path.join(project.dir, 'site.yaml'), 'title: Dev Archive\ndescripton: A typo.\n');
      const result = await new DevSite({ contentDir: project.contentDir, outputDir: project.outputDir }).update();
      const settings = result.archive.files.find((file) => file.path === 'site.yaml');
      assert.ok(settings, 'site.yaml is among the files with messages');
      assert.ok(result.changedFiles.has('site.yaml'), 'and among the files this update reports');
      assert.match(settings.messages.map((message) => message.reason).join('\n'), /descripton/);
      // Settings with an error are not half-used: the preview runs with the defaults until the file is fixed.
      assert.match(await project.read('index.html'), /<title>[^<]*News Archive<\/title>/);
    } finally {
      await project.remove();
    }
  });
});

