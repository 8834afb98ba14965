/**
 * Test support: axe-core run inside a page of Debian's Chromium, and a small
 * pool for visiting many pages of one browser at once.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
}

/** axe's violations on the page as it is now, one `rule-id: [targets]` line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools: the site's CSP refuses inline scripts (page.addScriptTag).
  await page.evaluate(`${await AXE_SOURCE}\n;undefined`);
  const result = (await page.evaluate('axe.run()')) as AxeResult;
  return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/**
 * Runs `visit` on every item, at most `limit` at a time, and returns the
 * results in the items' order. Pages of one Chromium render in processes of
 * their own, so a few at once use both cores while one waits on the network.
 */
export async function inParallel<T, R>(items: readonly T[], limit: number, visit: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await visit(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
