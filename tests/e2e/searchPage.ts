/**
 * E2E support for the search tests: the fixture archive served on loopback,
 * one Chromium for the file, and page helpers that wait the way a reader
 * does (for results, not for time).
 */
import type { Locator, Page } from 'playwright-core';
import { buildSearchSite, type SearchSite, type SearchSiteOptions } from '../fixtures/search/searchSite.ts';
import { collectConsoleErrors, findChromium, launchChromium, type BrowserSession } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';

/** How the page is looked at: a phone's screen, dark mode. */
export interface PageView {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Runs before the page is loaded (e.g. to install an observer). */
  setup?: (page: Page) => Promise<void>;
}

export interface SearchHarness {
  site: SearchSite;
  origin: string;
  /** Console errors of every page opened so far, except the browser's own favicon probe. */
  errors(): string[];
  open(path: string, view?: PageView): Promise<Page>;
  close(): Promise<void>;
}

/** Why the browser tests cannot run here, or false. Throws under CI=true. */
export async function browserSkipReason(): Promise<string | false> {
  return (await findChromium()).skip;
}

export async function startHarness(options: SearchSiteOptions = {}): Promise<SearchHarness> {
  const chromium = await findChromium();
  if (chromium.path === null) throw new Error(chromium.skip);
  const site = await buildSearchSite(options);
  let server: StaticServer | undefined;
  let browser: BrowserSession | undefined;
  try {
    server = await serveStatic(site.siteDir);
    browser = await launchChromium(chromium.path, { viewport: { width: 1280, height: 1000 } });
  } catch (error) {
    await server?.close();
    await site.project.remove();
    throw error;
  }
  const { origin } = server;
  const session = browser;
  const collected: string[][] = [];
  return {
    site,
    origin,
    errors: () => collected.flat().filter((error) => !error.includes('/favicon.ico')),
    async open(path, view = {}) {
      const page = await session.newPage();
      page.setDefaultTimeout(10_000);
      if (view.viewport) await page.setViewportSize(view.viewport);
      if (view.colorScheme) await page.emulateMedia({ colorScheme: view.colorScheme });
      await view.setup?.(page);
      collected.push(collectConsoleErrors(page));
      await page.goto(`${origin}${path}`);
      return page;
    },
    async close() {
      await session.close();
      await server?.close();
      await site.project.remove();
    },
  };
}

export const searchInput = (page: Page): Locator => page.locator('#search-q');
export const results = (page: Page): Locator => page.locator('#search-results > li.result');

function searchesDone(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.getElementById('search')?.dataset.searches ?? 0));
}

/**
 * Waits until the search under way has finished (the page says so on
 * `#search[data-state]`, its results rendered) and returns how many results
 * are listed.
 */
export async function settledResults(page: Page, options: { all?: boolean } = { all: true }): Promise<number> {
  const settled = (): Promise<unknown> =>
    page.waitForFunction(() => {
      const root = document.getElementById('search');
      const more = document.getElementById('search-more') as HTMLButtonElement | null;
      const list = document.getElementById('search-results');
      return (
        (root?.dataset.state === 'done' || root?.dataset.state === 'idle') &&
        Number(root.dataset.searches ?? 0) > 0 &&
        list?.getAttribute('aria-busy') === 'false' &&
        !more?.disabled
      );
    });
  await settled();
  // As a reader who wants every match: "More results" and "Search earlier years" until there are no more.
  while (options.all !== false && (await page.locator('#search-more').isVisible())) {
    const before = await results(page).count();
    await page.click('#search-more');
    await page.waitForFunction(
      (count) => {
        const more = document.getElementById('search-more') as HTMLButtonElement | null;
        return document.querySelectorAll('#search-results > li.result').length > count || (more !== null && (more.hidden || !more.disabled));
      },
      before,
    );
    await settled();
  }
  return results(page).count();
}

/** Runs `action` and waits for the search it starts to finish. */
export async function afterSearch(page: Page, action: () => Promise<unknown>, options: { all?: boolean } = { all: true }): Promise<number> {
  const before = await searchesDone(page);
  await action();
  await page.waitForFunction((count) => Number(document.getElementById('search')?.dataset.searches ?? 0) > count, before);
  return settledResults(page, options);
}

export async function typeQuery(page: Page, query: string, options: { all?: boolean } = { all: true }): Promise<number> {
  await settledResults(page, { all: false });
  return afterSearch(page, async () => {
    await searchInput(page).click();
    await searchInput(page).pressSequentially(query, { delay: 10 });
    await page.waitForFunction((q) => document.getElementById('search-summary')?.textContent?.includes(q), query);
  }, options);
}

export async function resultHrefs(page: Page): Promise<URL[]> {
  const hrefs = await results(page)
    .locator('a.result__link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href));
}

export async function resultDates(page: Page): Promise<string[]> {
  return results(page)
    .locator('time')
    .evaluateAll((times) => times.map((time) => (time as HTMLTimeElement).dateTime));
}

export function facetGroup(page: Page, facet: string): Locator {
  return page.locator(`#search-filters details[data-facet="${facet}"]`);
}

export function facetCheckbox(page: Page, facet: string, value: string): Locator {
  return facetGroup(page, facet).locator(`input[type="checkbox"][value="${value}"]`);
}

/** Opens a facet as a reader does (on a narrow screen, through the Filters button) and waits for its values. */
export async function openFacet(page: Page, facet: string): Promise<Locator> {
  const group = facetGroup(page, facet);
  if (!(await group.isVisible())) await page.click('#search-filters-toggle');
  if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) await group.locator('summary').click();
  await group.locator('.facet__values[aria-busy="false"]').waitFor();
  return group;
}

/** Ticks or unticks a facet value as a reader does: open its group, click its label. */
export async function toggleFacet(page: Page, facet: string, value: string): Promise<number> {
  const group = await openFacet(page, facet);
  const label = group.locator(`label:has-text("${value}")`).first();
  return afterSearch(page, () => label.click());
}

export function summary(page: Page): Promise<string> {
  return page.locator('#search-summary').innerText();
}
