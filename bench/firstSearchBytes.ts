/**
 * Benchmark: what a reader's browser downloads for a first search — open
 * /search/ on a cold cache, type a query, wait for the results — counted
 * at the server (bytes written to the sockets, headers included, after
 * gzip): Pagefind's library, WebAssembly, index and fragments included. The
 * page's own network events would miss what Pagefind's web worker fetches.
 */
import { findChromium, launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/serveStatic.ts';

export interface FirstSearch {
  /** Bytes transferred, page and assets included. */
  bytes: number;
  requests: number;
  /** Results listed (a measurement of nothing is no measurement). */
  results: number;
  /** From the last key typed to the results on screen (the search's own debounce included). */
  firstResultsMs: number;
}

export async function measureFirstSearch(siteDir: string, query: string): Promise<FirstSearch> {
  const chromium = await findChromium();
  if (chromium.path === null) throw new Error(chromium.skip);
  const server = await serveStatic(siteDir);
  const browser = await launchChromium(chromium.path);
  try {
    const page = await browser.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
    const input = page.locator('#search-q');
    await input.click();
    await input.pressSequentially(query, { delay: 20 });
    const lastKey = performance.now();
    await page.waitForFunction(
      (q) => document.getElementById('search')?.dataset.state === 'done' && (document.getElementById('search-summary')?.textContent ?? '').includes(q),
      query,
      // A large archive's first search can take seconds on this machine.
      { timeout: 120_000 },
    );
    const firstResults = performance.now() - lastKey;
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results > li.result').count();
    return { bytes: server.bytesSent(), requests: server.requestCount(), results, firstResultsMs: Math.round(firstResults) };
  } finally {
    await browser.close();
    await server.close();
  }
}
