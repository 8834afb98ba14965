/**
 * Gate: axe-core in Chromium reports no violations on one page of every kind
 * of the fixture archive, in light and dark mode, under the site's real
 * Content-Security-Policy (and with no console errors while loading them).
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fixtureArchive } from '../fixtures/archive/generate.ts';
import { axeViolations, inParallel } from '../support/axe.ts';
import { collectConsoleErrors, findChromium, launchChromium, type BrowserSession } from '../support/browser.ts';
import { createFixtureProject, type FixtureProject } from '../support/fixtureSite.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';

const chromium = await findChromium();
/** Pages checked at once in the one browser (each renders in a process of its own). */
const PARALLEL_PAGES = 4;

describe('accessibility of every page kind', { skip: chromium.skip || undefined }, () => {
  let project: FixtureProject;
  let server: StaticServer;
  let browser: BrowserSession;
  const pages = new Map<string, string>();

  before(async () => {
    project = await createFixtureProject('a11y-');
    for (const file of fixtureArchive()) await project.write(file.name, file.text);
    const result = await project.build();
    assert.equal(result.ok, true, 'the fixture archive builds');
    const first = (dir: string) => readdir(`${project.outputDir}/${dir}`).then((names) => names.filter((n) => !n.includes('.')).sort()[0]);
    const article = result.archive.articles[0]!;
    const year = article.year;
    pages.set('home', '/');
    pages.set('home, page 2', '/page/2/');
    pages.set('article', article.url);
    pages.set('right-to-left article', result.archive.articles.find((a) => a.dir === 'rtl')!.url);
    pages.set('year', `/${year}/`);
    pages.set('month', `/${year}/${article.month}/`);
    pages.set('day', `/${year}/${article.month}/${article.day}/`);
    for (const kind of ['sources', 'places', 'people', 'topics']) {
      pages.set(`${kind} index`, `/${kind}/`);
      pages.set(`${kind} term`, `/${kind}/${await first(kind)}/`);
    }
    pages.set('quotes', '/quotes/');
    pages.set('search', '/search/');
    pages.set('about', '/about/');
    pages.set('not found', '/404.html');
    server = await serveStatic(project.outputDir);
    browser = await launchChromium(chromium.path!);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await project?.remove();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on any page kind in ${scheme} mode`, async () => {
      const perPage = await inParallel([...pages], PARALLEL_PAGES, async ([kind, url]) => {
        const page = await browser.newPage();
        try {
          await page.emulateMedia({ colorScheme: scheme });
          const errors = collectConsoleErrors(page);
          await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
          const violations = await axeViolations(page);
          return [...violations, ...errors.map((error) => `console: ${error}`)].map((failure) => `${kind} (${url}): ${failure}`);
        } finally {
          await page.close();
        }
      });
      const failures = perPage.flat();
      assert.deepEqual(failures, []);
    });
  }
});
