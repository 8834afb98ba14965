/**
 * E2E support for the search tests: the fixture archive served on loopback,
 * one Chromium for the file, and page helpers that wait the way a reader
 * does (for results, not for time).
 */
import type { Locator, Page } from 'playwright-core';
import '../../src/browser/search/pagefindUi.ts';
import { buildSearchSite, type SearchSite, type SearchSiteOptions } from '../fixtures/search/searchSite.ts';
import { collectConsoleErrors, findChromium, launchChromium, type BrowserSession } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';

export interface SearchHarness {
  site: SearchSite;
  origin: string;
  /** Console errors of every page opened so far, except the browser's own favicon probe. */
  errors(): string[];
  open(path: string): Promise<Page>;
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
    async open(path) {
      const page = await session.newPage();
      page.setDefaultTimeout(10_000);
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

export const searchInput = (page: Page): Locator => page.locator('pagefind-input input');
export const results = (page: Page): Locator => page.locator('pagefind-results li.result');

const SUMMARY_DONE = /^(No|\d+) results?\b/;

/**
 * Waits until a search has finished (the summary gives a count) and every
 * result is rendered (the Component UI renders a result when it scrolls into
 * view), and returns how many results there are.
 */
export async function settledResults(page: Page): Promise<number> {
  await page.waitForFunction((pattern) => {
    const text = document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
    const list = document.querySelector('pagefind-results .pf-results');
    if (!new RegExp(pattern).test(text) || !list || list.getAttribute('aria-busy') !== 'false') return false;
    // The summary can show the count a moment before the list is filled again (a search repeated
    // once the index has loaded re-renders it): wait for as many items as the count and the cap allow.
    const count = Number(/^[\d,]+/.exec(text)?.[0]?.replaceAll(',', '') ?? 0);
    const cap = Number(document.querySelector('pagefind-results')?.getAttribute('max-results') ?? Infinity);
    if (list.querySelectorAll(':scope > li').length !== Math.min(count, cap)) return false;
    const placeholder = list.querySelector('.pf-skeleton');
    if (placeholder) {
      placeholder.scrollIntoView();
      return false;
    }
    return true;
  }, SUMMARY_DONE.source);
  await page.evaluate(() => window.scrollTo(0, 0));
  return results(page).count();
}

/** Runs `action` and waits for the search it starts to finish. */
export async function afterSearch(page: Page, action: () => Promise<unknown>): Promise<number> {
  await page.evaluate(() => {
    const marker = window as unknown as { searchesDone?: number };
    if (marker.searchesDone !== undefined) return;
    marker.searchesDone = 0;
    const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
    instance?.on('results', () => {
      marker.searchesDone = (marker.searchesDone ?? 0) + 1;
    });
  });
  const before = await page.evaluate(() => (window as unknown as { searchesDone: number }).searchesDone);
  await action();
  await page.waitForFunction((count) => (window as unknown as { searchesDone: number }).searchesDone > count, before);
  return settledResults(page);
}

export async function typeQuery(page: Page, query: string): Promise<number> {
  await searchInput(page).click();
  await searchInput(page).pressSequentially(query, { delay: 10 });
  await page.waitForFunction((q) => document.querySelector('pagefind-summary')?.textContent?.includes(q), query);
  return settledResults(page);
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

export function facetCheckbox(page: Page, facet: string, value: string): Locator {
  return page.locator(`pagefind-filter-pane input[type="checkbox"][name="${facet}"][value="${value}"]`);
}

/** Ticks or unticks a facet value as a reader does: open its group, click its label. */
export async function toggleFacet(page: Page, facet: string, value: string): Promise<number> {
  const group = page.locator(`pagefind-filter-pane details[data-filter-name="${facet}"]`);
  if (!(await group.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await group.locator('summary').click();
  }
  const label = group.locator(`label:has(input[type="checkbox"][value="${value}"])`);
  return afterSearch(page, () => label.click());
}

export function summary(page: Page): Promise<string> {
  return page.locator('pagefind-summary').innerText();
}
