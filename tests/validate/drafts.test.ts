/**
 * Drafts never block the others: a draft's problems are warnings ("not
 * published: N problems") and become errors when `draft: true` goes.
 */
import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import type { VFile } from 'vfile';
import { loadArchive } from '../../src/loadArchive.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';

const UNFINISHED = articleSource({
  title: 'Unfinished Import',
  date: '2021-03-06',
  frontmatter: 'draft: true\nsource:\n  outlet: "TODO: outlet that published this copy"\nquotes:\n  - text: words nobody said\n    speaker: A B',
  body: 'PORTO - The harbour reopened on Saturday after a winter of repairs.\n\nTODO: the rest of the copy.',
});

const messagesOf = (file: VFile | undefined) =>
  (file?.messages ?? []).map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason} [${m.ruleId}]`);

describe('drafts', () => {
  let project: FixtureProject;
  const projects: FixtureProject[] = [];
  beforeEach(async () => {
    project = await createFixtureProject('drafts-test-');
    projects.push(project);
    await project.write('2021-03-04-council-approves-new-budget.md', articleSource());
  });
  after(() => Promise.all(projects.map((p) => p.remove())));

  const load = (includeDrafts = false) => loadArchive({ contentDir: project.contentDir, cacheDir: false, includeDrafts });
  const fileNamed = (files: VFile[], name: string) => files.find((file) => file.path.endsWith(name));

  it('an unfinished draft does not stop the others: its problems are warnings, summed up as not published', async () => {
    await project.write('2021-03-06-unfinished-import.md', UNFINISHED);
    const archive = await load();
    assert.equal(archive.ok, true, 'the archive may be published');
    assert.deepEqual(archive.articles.map((a) => a.title), ['Council Approves New Budget']);
    const draft = messagesOf(fileNamed(archive.files, 'unfinished-import.md'));
    assert.ok(draft.includes('1:1 warning Not published: 2 problems in this draft, listed as warnings [draft-problems]'), draft.join('\n'));
    assert.ok(draft.includes('6:11 warning Unexpected placeholder in `source.outlet`, expected the real value [placeholder]'), draft.join('\n'));
    assert.ok(draft.includes('14:1 warning Unexpected placeholder `TODO` in the text, expected the article as published [placeholder]'), draft.join('\n'));
    assert.ok(!draft.some((m) => / error /.test(m)));
  });

  it('the same problems are errors once `draft: true` goes', async () => {
    await project.write('2021-03-06-unfinished-import.md', UNFINISHED.replace('draft: true\n', ''));
    const archive = await load();
    assert.equal(archive.ok, false);
    const errors = messagesOf(fileNamed(archive.files, 'unfinished-import.md')).filter((m) => / error /.test(m));
    assert.ok(errors.some((m) => /Unexpected placeholder in `source\.outlet`/.test(m)), errors.join('\n'));
  });

  it('a draft with problems is not published in a preview with drafts either', async () => {
    await project.write('2021-03-06-unfinished-import.md', UNFINISHED);
    const archive = await load(true);
    assert.equal(archive.ok, true);
    assert.deepEqual(archive.articles.map((a) => a.title), ['Council Approves New Budget']);
  });

  it('a finished draft is previewed with drafts and not published without', async () => {
    await project.write('2021-03-07-finished-draft.md', articleSource({ title: 'Finished Draft', date: '2021-03-07', frontmatter: 'draft: true\nsource:\n  outlet: The Daily Test\n  url: https://example.com/d', body: 'LISBON - A quiet week in the city council, with no vote.' }));
    assert.deepEqual((await load(false)).articles.map((a) => a.title), ['Council Approves New Budget']);
    assert.deepEqual((await load(true)).articles.map((a) => a.title), ['Finished Draft', 'Council Approves New Budget']);
  });

  it('a draft that claims a published article’s URL is told so, and the published article is not blocked', async () => {
    await project.write('drafts/2021-03-04-council-approves-new-budget.md', articleSource().replace('---\ntitle', '---\ndraft: true\ntitle'));
    const archive = await load();
    assert.equal(archive.ok, true, messagesOf(archive.files.find((f) => f.messages.some((m) => m.fatal))).join('\n'));
    const published = messagesOf(fileNamed(archive.files, 'content/2021-03-04-council-approves-new-budget.md'));
    assert.ok(!published.some((m) => /duplicate-url/.test(m)), published.join('\n'));
    const draft = messagesOf(fileNamed(archive.files, 'drafts/2021-03-04-council-approves-new-budget.md'));
    assert.ok(draft.some((m) => /warning Unexpected second article at \/2021\/03\/04\/council-approves-new-budget\//.test(m)), draft.join('\n'));
    const preview = await load(true);
    assert.equal(preview.ok, true, 'npm run check (which reads drafts) agrees with the build');
    assert.deepEqual(preview.articles.map((a) => a.inputPath), ['content/2021-03-04-council-approves-new-budget.md']);
  });
});
