/**
 * A site published under a subpath (`https://newsroom.example/archive`, as
 * every GitHub project page is), built with the real pipeline and served
 * under that subpath: every link, asset, feed, sitemap entry and canonical
 * URL resolves there; and a site with no base URL writes no absolute URL.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BuildResult } from '../../src/build.ts';
import { articleSource, createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';
import { elements } from '../reader/fixtureBuild.ts';
import { findChromium, launchChromium } from '../support/browser.ts';

const chromium = await findChromium();

const BASE = 'https://newsroom.example/archive';

async function writeArticles(project: FixtureProject): Promise<void> {
  await project.write('2021-03-04-council-approves-new-budget.md', articleSource());
  await project.write(
    '2021-03-05-mayor-answers-questions.md',
    articleSource({
      title: 'Mayor Answers Questions',
      date: '2021-03-05',
      frontmatter: 'source:\n  outlet: The Daily Test\n  url: https://example.com/mayor\ndateline:\n  place: Porto\ntags: [Budget]\nquotes:\n  - text: We kept every promise\n    speaker: Ana Costa',
    }),
  );
}

/** Every URL a page points at: links, stylesheets, scripts, images, forms. */
function urlsOf(html: string): string[] {
  const urls: string[] = [];
  for (const element of elements(html)) {
    for (const attribute of ['href', 'src', 'action']) {
      const value = element.attrs.get(attribute);
      if (value !== undefined && !(element.name === 'link' && element.attrs.get('rel') === 'canonical')) urls.push(value);
    }
  }
  return urls;
}

async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('a site under a subpath, served under it', () => {
  let project: FixtureProject;
  let server: StaticServer;
  let root: string;
  let result: BuildResult;

  before(async () => {
    project = await createFixtureProject('subpath-test-');
    await writeArticles(project);
    await writeFile(path.join(project.dir, 'site.yaml'), 'title: Subpath Archive\ndescription: Served under /archive/.\nlogo: favicon.svg\n');
    // The web server's root holds the site in archive/, as GitHub Pages serves a project page.
    root = path.join(project.dir, 'www');
    result = await project.build({ outputDir: path.join(root, 'archive'), env: { SITE_URL: `${BASE}/` } });
    assert.equal(result.ok, true, 'the archive builds');
    server = await serveStatic(root);
  });

  after(async () => {
    await server?.close();
    await project?.remove();
  });

  it('every link, stylesheet, script and form of every page resolves under /archive/', async () => {
    const pages = await htmlFiles(path.join(root, 'archive'));
    assert.ok(pages.length > 15, `the site has its pages (${pages.length})`);
    const checked = new Map<string, number>();
    for (const page of pages) {
      const pageUrl = new URL(`/${path.relative(root, page).split(path.sep).join('/').replace(/index\.html$/, '')}`, server.origin);
      for (const href of urlsOf(await readFile(page, 'utf8'))) {
        const target = new URL(href, pageUrl);
        if (target.origin !== server.origin) continue;
        assert.ok(target.pathname.startsWith('/archive/'), `${pageUrl.pathname} links to ${href}, outside the subpath`);
        const key = target.pathname;
        if (!checked.has(key)) checked.set(key, (await fetch(new URL(key, server.origin), { method: 'HEAD' })).status);
        assert.equal(checked.get(key), 200, `${pageUrl.pathname} → ${href}`);
      }
    }
    for (const asset of ['/archive/css/site.css', '/archive/feed.xml', '/archive/sitemap.xml', '/archive/search/']) {
      assert.ok(checked.has(asset), `some page links to ${asset}`);
    }
  });

  it('the header shows the logo from site.yaml, under the subpath, beside the site name', async () => {
    const html = await (await fetch(`${server.origin}/archive/`)).text();
    assert.match(html, /<a class="site-title" href="\/archive\/"[^>]*><img class="site-title__logo" src="\/archive\/favicon\.svg" alt="" height="32"> Subpath Archive<\/a>/);
    assert.equal((await fetch(`${server.origin}/archive/favicon.svg`, { method: 'HEAD' })).status, 200);
  });

  it('canonical links are absolute under the base URL, subpath included', async () => {
    const article = result.archive.articles[0]!;
    const html = await project.read('../www/archive' + article.url + 'index.html');
    const canonical = [...elements(html)].find((e) => e.name === 'link' && e.attrs.get('rel') === 'canonical');
    assert.equal(canonical?.attrs.get('href'), `${BASE}${article.url}`);
  });

  it('feeds, sitemap and structured data use the base URL with its subpath', async () => {
    const feed = await (await fetch(`${server.origin}/archive/feed.xml`)).text();
    assert.match(feed, new RegExp(`<link rel="self" type="application/atom\\+xml" href="${BASE}/feed.xml"/>`));
    assert.match(feed, new RegExp(`<id>${BASE}/2021/03/05/mayor-answers-questions/</id>`));
    const json = (await (await fetch(`${server.origin}/archive/feed.json`)).json()) as { home_page_url: string; items: { url: string }[] };
    assert.equal(json.home_page_url, `${BASE}/`);
    assert.ok(json.items.every((item) => item.url.startsWith(`${BASE}/`)));
    const sitemap = await (await fetch(`${server.origin}/archive/sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
    assert.ok(locs.length > 15 && locs.every((loc) => loc.startsWith(`${BASE}/`)), locs.join('\n'));
    const html = await (await fetch(`${server.origin}/archive/2021/03/05/mayor-answers-questions/`)).text();
    assert.match(html, new RegExp(`"url":"${BASE}/2021/03/05/mayor-answers-questions/"`));
  });

  it('the search index is where the search page looks for it, under the subpath', async () => {
    const response = await fetch(`${server.origin}/archive/pagefind/pagefind.js`, { method: 'HEAD' });
    assert.equal(response.status, 200);
  });

  it('a search in Chromium under the subpath finds an article and links to it under /archive/, every request found', { skip: chromium.skip }, async () => {
    const browser = await launchChromium(chromium.path!);
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${server.origin}/archive/search/?q=promise`);
      const link = page.locator('#search-results > li.result a').first();
      await link.waitFor({ timeout: 15_000 });
      const href = new URL((await link.getAttribute('href'))!, page.url());
      assert.equal(href.pathname, '/archive/2021/03/05/mayor-answers-questions/', `the result links to ${href.href}`);
      assert.equal((await fetch(new URL(href.pathname, server.origin))).status, 200);
      assert.deepEqual(failed, []);
    } finally {
      await browser.close();
    }
  });
});

describe('a site with no base URL', () => {
  let project: FixtureProject;
  let result: BuildResult;

  before(async () => {
    project = await createFixtureProject('no-base-url-test-');
    await writeArticles(project);
    await writeFile(path.join(project.dir, 'site.yaml'), 'title: Local Archive\ndescription: Not published yet.\nurl:\n');
    // What `${{ vars.SITE_URL }}` gives when the repository variable is not set.
    result = await project.build({ env: { SITE_URL: '' }, skipIndex: true });
  });

  after(() => project?.remove());

  it('builds, with exactly one warning about the base URL', () => {
    assert.equal(result.ok, true);
    const warnings = result.archive.files.flatMap((file) => file.messages.filter((m) => m.ruleId === 'site-url').map((m) => `${file.path}:${m.line}: ${m.reason}`));
    assert.deepEqual(warnings, ['site.yaml:3: Missing base URL `url`, expected the address the site is published at']);
  });

  it('writes no made-up address into any page, feed or the footer', async () => {
    for (const entry of await readdir(project.outputDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(html|xml|json)$/.test(entry.name)) continue;
      const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
      assert.doesNotMatch(text, /example\.org/, entry.name);
    }
  });

  it('links are root-relative, canonical included, and there is no sitemap.xml to link to', async () => {
    const html = await project.read('2021/03/05/mayor-answers-questions/index.html');
    const canonical = [...elements(html)].find((e) => e.name === 'link' && e.attrs.get('rel') === 'canonical');
    assert.equal(canonical?.attrs.get('href'), '/2021/03/05/mayor-answers-questions/');
    assert.doesNotMatch(html, /sitemap\.xml/);
    await assert.rejects(project.read('sitemap.xml'), /ENOENT/);
  });

  it('feeds link root-relative and give entries tag: ids, as Atom requires an absolute IRI', async () => {
    const feed = await project.read('feed.xml');
    assert.match(feed, /<link rel="alternate" type="text\/html" href="\/2021\/03\/05\/mayor-answers-questions\/"\/>/);
    assert.match(feed, /<id>tag:news-archive,2021-03-05:\/2021\/03\/05\/mayor-answers-questions\/<\/id>/);
  });
});

describe('a site whose SITE_URL is not an address', () => {
  it('is refused, naming SITE_URL, and nothing is published', async () => {
    const project = await createFixtureProject('bad-site-url-test-');
    try {
      await writeArticles(project);
      const result = await project.build({ env: { SITE_URL: 'archive.example.com' }, skipIndex: true });
      assert.equal(result.ok, false);
      const errors = result.archive.files.flatMap((file) => file.messages.filter((m) => m.fatal === true).map((m) => `${file.path}: ${m.reason}`));
      assert.deepEqual(errors, ['site.yaml: Unexpected base URL `archive.example.com` from the SITE_URL environment variable (it overrides `url` here): it has no scheme: write it as https://archive.example.com']);
      await assert.rejects(readdir(project.outputDir), /ENOENT/);
    } finally {
      await project.remove();
    }
  });
});
