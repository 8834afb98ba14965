import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { treeHash } from '../support/treeHash.ts';

const SEED_NAME = '2020-11-28-france-backs-continuation-of-karabakh-talks-within-osce-minsk-group-framework-diplomat.md';
const SEED_PAGE = `2020/11/28/${SEED_NAME.slice(11, -3)}/index.html`;
const LEAD = 'Paris supports the prolongation of negotiations to resolve the Nagorno-Karabakh conflict';

describe('the build of a small archive', () => {
  let project: FixtureProject;

  before(async () => {
    project = await createFixtureProject();
    await project.write(SEED_NAME, await readFile(path.join('content', SEED_NAME), 'utf8'));
    await project.write('2021-03-04-council-approves-new-budget.md', articleSource());
    const result = await project.build();
    assert.equal(result.ok, true, 'the fixture archive builds');
  });

  after(() => project.remove());

  it('writes the seed article at its permanent URL', async () => {
    const html = await project.read(SEED_PAGE);
    assert.match(html, /<h1[^>]*>France Backs Continuation Of Karabakh Talks Within OSCE Minsk Group Framework - Diplomat<\/h1>/);
  });

  it('shows the dateline, the date, the source and the agency on the article page', async () => {
    const html = await project.read(SEED_PAGE);
    assert.match(html, /class="article__place"[^>]*>Yerevan<\/(?:span|a)>/);
    assert.match(html, /<time datetime="2020-11-28"[^>]*>28 November 2020<\/time>/);
    assert.match(html, />UrduPoint News<\/(?:span|a)>, from <(?:span|a)[^>]*>Sputnik<\/(?:span|a)>/);
    assert.match(html, /By <span class="article__byline">@ChaudhryMAli88<\/span>/);
  });

  it('keeps the lead paragraph exactly once', async () => {
    const html = await project.read(SEED_PAGE);
    const body = html.slice(html.indexOf('<div class="article__body">'), html.indexOf('<section class="article__quotes"'));
    assert.ok(body.length > 1000, 'the article body is on the page');
    assert.equal(body.split(LEAD).length - 1, 1);
  });

  it('lists the three quotes with their speaker, each linking to its place in the text', async () => {
    const html = await project.read(SEED_PAGE);
    for (const n of [1, 2, 3]) {
      assert.match(html, new RegExp(`<span class="quoted" id="quote-${n}">`), `quote ${n} is marked in the body`);
      assert.match(html, new RegExp(`<a href="#quote-${n}">`), `quote ${n} is linked from the list`);
    }
    const speakers = html.slice(html.indexOf('<section class="article__quotes"'));
    assert.equal(speakers.match(/class="quotes__speaker">— <(?:span|a)[^>]*>Jean-Baptiste Lemoyne</g)?.length, 3);
  });

  it('lists both articles on the home page, newest first', async () => {
    const html = await project.read('index.html');
    const budget = html.indexOf('Council Approves New Budget');
    const seed = html.indexOf('France Backs Continuation');
    assert.ok(budget > 0 && seed > 0, 'both headlines are on the home page');
    assert.ok(budget < seed, 'the 2021 article comes before the 2020 one');
  });

  it('writes a Pagefind index of the article pages', async () => {
    const entry = JSON.parse(await project.read('pagefind/pagefind-entry.json')) as {
      languages: Record<string, { page_count: number }>;
    };
    // Two article pages and the seed's three quotes as records of their own; no navigation pages.
    assert.equal(entry.languages.en?.page_count, 5);
    await stat(path.join(project.outputDir, 'pagefind', 'pagefind-component-ui.js'));
  });

  it('refuses to publish when an article has an error and leaves the previous site as it was', async () => {
    const before = await treeHash(project.outputDir);
    await project.write('2021-05-01-broken.md', articleSource({ title: 'Broken', frontmatter: 'source:\n  outlet: X\nquotes:\n  - text: never said', body: 'Nothing.' }));
    const result = await project.build();
    assert.equal(result.ok, false);
    const errors = result.archive.files.flatMap((f) => f.messages).filter((m) => m.fatal === true);
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]), /^content\/2021-05-01-broken\.md:7:11: Unexpected quote/);
    assert.equal(await treeHash(project.outputDir), before, '_site/ is byte for byte what it was');
  });

  it('leaves no staging folder behind after a refused build, only the spare the cold build left for the next', async () => {
    const siblings = await readdir(project.dir);
    assert.deepEqual(siblings.filter((name) => name.startsWith('_site.')), ['_site.spare']);
  });
});
