/**
 * The reader's pages as Chromium lays them out, at a phone's 390 px and a
 * desktop's 1280 px: the compact header, the article's breadcrumb in the
 * article's column, section rules as wide as what they head, a jump to a
 * quote that does not sit flush at the top, the width used at 1280 px, and
 * the site's own fonts — self-hosted, subset, `font-display: swap`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { FONT_CSS, FONT_FACES, FONT_SUBSETS } from '../../src/layout/fonts.ts';
import { findChromium, launchChromium, type BrowserSession } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';
import { buildFixtureArchive, type BuiltFixture } from './fixtureBuild.ts';

const chromium = await findChromium();
type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };

describe('layout in a browser', { skip: chromium.skip || undefined }, () => {
  let built: BuiltFixture;
  let server: StaticServer;
  let browser: BrowserSession;

  before(async () => {
    built = await buildFixtureArchive();
    server = await serveStatic(built.project.outputDir);
    browser = await launchChromium(chromium.path!);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await built?.project.remove();
  });

  async function open(url: string, width: number, height = 900): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    return page;
  }
  const box = (page: Page, selector: string): Promise<Box> =>
    page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().toJSON() as Box);

  test('on a 390 px phone the header is compact and the navigation stays on one line', async () => {
    for (const url of ['/', built.result.archive.articles[0]!.url, '/people/zoe-cosic/']) {
      const page = await open(url, 390, 844);
      const tops = await page.locator('.site-nav__list > li').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, `${url}: every section on one line (tops ${tops.join(', ')})`);
      const header = await box(page, '.site-header');
      assert.ok(header.height <= 110, `${url}: the header is ${header.height} px tall`);
      // The sections that do not fit scroll sideways within the header, not the page.
      assert.equal(await page.evaluate('document.documentElement.scrollWidth'), 390, `${url}: nothing is wider than the screen`);
      await page.close();
    }
  });

  test('on a phone the header keeps a Search button beside the name, and the current section in sight', async () => {
    const page = await open('/about/', 390, 844);
    const title = await box(page, '.site-title');
    const button = await box(page, '.site-search button');
    assert.ok(Math.abs(button.top + button.height / 2 - (title.top + title.height / 2)) < 8, 'the button is on the name’s line');
    assert.ok(button.right <= 390, 'the button is on screen');
    const about = await box(page, '.site-nav a[aria-current="page"]');
    assert.ok(about.left >= 0 && about.right <= 390, `the current section is in sight (${about.left}–${about.right})`);
    await page.close();
  });

  test('the article’s breadcrumb starts where its headline starts and stays on one line, at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const page = await open(built.result.archive.articles[5]!.url, width);
      const crumbs = await box(page, '.breadcrumbs');
      const title = await box(page, '.article__title');
      assert.ok(Math.abs(crumbs.left - title.left) < 1, `${width} px: breadcrumb at ${crumbs.left}, headline at ${title.left}`);
      assert.ok(crumbs.right >= title.right - 1, `${width} px: the breadcrumb is as wide as the article column`);
      const tops = await page.locator('.breadcrumbs li').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, `${width} px: the breadcrumb is one line (tops ${tops.join(', ')})`);
      await page.close();
    }
  });

  test('section rules are as wide as the list they head', async () => {
    const page = await open('/people/zoe-cosic/', 1280);
    const headings = await page.locator('.term__main > .section-heading').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().width));
    const list = await box(page, '.term__main > .summaries');
    assert.ok(headings.length > 0);
    for (const width of headings) assert.ok(Math.abs(width - list.width) < 1, `rule ${width} px, list ${list.width} px`);
    await page.close();
  });

  test('a jump to #quote-1 leaves room above the quote', async () => {
    const article = built.result.archive.articles[5]!;
    const page = await open(`${article.url}#quote-1`, 1280, 500);
    const quote = await box(page, '#quote-1');
    assert.ok(await page.evaluate('window.scrollY') as number > 0, 'the page scrolled to the quote');
    assert.ok(quote.top >= 16 && quote.top < 80, `the quote is ${quote.top} px from the top`);
    await page.close();
  });

  test('at 1280 px the front page uses the width: the lead with the next headlines beside it, sections in columns', async () => {
    const page = await open('/', 1280);
    const lead = await box(page, '.lead');
    const top = await box(page, '.front__top');
    assert.ok(top.left > lead.right - 1 && Math.abs(top.top - lead.top) < 2, 'the next headlines stand beside the lead');
    assert.ok(top.right - lead.left > 1000, `the front spans ${top.right - lead.left} px`);
    const boxes = await page.locator('.section-box').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    assert.ok(boxes.filter((t) => t === boxes[0]).length >= 3, 'at least three sections side by side');
    await page.close();
  });

  test('the text is set in the fonts that ship with the site, fetched from the site itself', async () => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    await page.goto(`${server.origin}${built.result.archive.articles[0]!.url}`, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready');
    const loaded = (await page.evaluate(
      '[...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family.replace(/["\']/g, "")} ${f.weight} ${f.style}`)',
    )) as string[];
    assert.ok(loaded.includes('Source Serif 4 400 normal') && loaded.includes('Source Serif 4 600 normal'), loaded.join(', '));
    assert.ok(loaded.includes('Source Sans 3 400 normal'), loaded.join(', '));
    assert.ok(fonts.length > 0 && fonts.every((url) => url.startsWith(`${server.origin}/fonts/`)), fonts.join(', '));
    assert.ok(!fonts.some((url) => url.includes('arabic')), 'an English page fetches no Arabic-script face');
    await page.close();
  });

  test('an Urdu article is set in Nastaliq that ships with the site, whatever fonts the reader has', async () => {
    const page = await open('/2021/03/10/karachi-budget-debate/', 390);
    const loaded = (await page.evaluate('[...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/["\']/g, ""))')) as string[];
    assert.ok(loaded.includes('Noto Nastaliq Urdu'), loaded.join(', '));
    await page.close();
  });

  test('every @font-face swaps, is WOFF2 from /fonts/ (relative to the stylesheet), Latin or Latin Extended only, and its file is in the site', async () => {
    const css = await built.project.read(FONT_CSS.slice(1));
    const faces = css.match(/@font-face\{[^}]+\}/g) ?? [];
    assert.equal(faces.length, FONT_FACES.reduce((sum, face) => sum + (face.subsets ?? FONT_SUBSETS).length, 0));
    for (const face of faces) {
      assert.match(face, /font-display:swap/);
      assert.match(face, /unicode-range:U\+/);
      const url = /src:url\(([^)]+)\) format\('woff2'\);/.exec(face)?.[1] ?? '';
      // Relative to the stylesheet, so a site served under a subpath finds its fonts too.
      assert.ok(url.startsWith('../fonts/') && /-(latin|latin-ext|arabic)-\d{3}-(normal|italic)\.woff2$/.test(url), face);
      assert.ok(existsSync(path.join(built.project.outputDir, path.dirname(FONT_CSS), url)), `${url} is copied into the site`);
    }
    assert.deepEqual(built.files.filter((file) => file.startsWith('fonts/')).length, faces.length, 'no other font files are shipped');
  });
});
