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
  /** Results the query found (a measurement of nothing is no measurement). */
  results: number;
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
    const input = page.locator('pagefind-input input');
    await input.click();
    await input.pressSequentially(query, { delay: 20 });
    await page.waitForFunction(
      (q) => /^(No|[\d,]+) results? for /.test(document.querySelector('pagefind-summary')?.textContent?.trim() ?? '') &&
        (document.querySelector('pagefind-summary')?.textContent ?? '').includes(q),
      query,
      // A large archive's first search can take seconds on this machine; bytes, not time, are measured here.
      { timeout: 120_000 },
    );
    // The first screen of results is rendered: its fragments have arrived.
    await page.waitForFunction(() => !document.querySelector('pagefind-results .pf-skeleton') || document.querySelector('pagefind-results li.result'), undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('pagefind-results .pf-results > li').count();
    return { bytes: server.bytesSent(), requests: server.requestCount(), results };
  } finally {
    await browser.close();
    await server.close();
  }
}
