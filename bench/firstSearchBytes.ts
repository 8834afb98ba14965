/**
 * Benchmark: what a reader's browser downloads for a first search — open
 * /search/ on a cold cache, type a query, wait for the results — counted
 * from Chromium's own network events (encoded bytes on the wire, headers
 * included), Pagefind's library, WebAssembly, index and fragments included.
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
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.requestWillBeSent', () => {
      requests++;
    });
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });
    await page.goto(`${server.origin}/search/`, { waitUntil: 'load' });
    const input = page.locator('pagefind-input input');
    await input.click();
    await input.pressSequentially(query, { delay: 20 });
    await page.waitForFunction(
      (q) => /^(No|\d+) results? for /.test(document.querySelector('pagefind-summary')?.textContent?.trim() ?? '') &&
        (document.querySelector('pagefind-summary')?.textContent ?? '').includes(q),
      query,
    );
    // The first screen of results is rendered: its fragments have arrived.
    await page.waitForFunction(() => !document.querySelector('pagefind-results .pf-skeleton') || document.querySelector('pagefind-results li.result'));
    await page.waitForLoadState('networkidle');
    const results = await page.locator('pagefind-results .pf-results > li').count();
    return { bytes, requests, results };
  } finally {
    await browser.close();
    await server.close();
  }
}
