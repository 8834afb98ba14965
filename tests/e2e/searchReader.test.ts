/**
 * The search page as a reader meets it (issue 12): on a phone, in dark mode,
 * while it settles, and its facets. Real Chromium on the fixture archive.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { afterSearch, browserSkipReason, openFacet, results, settledResults, startHarness, type SearchHarness } from './searchPage.ts';

const skip = await browserSkipReason();
const PHONE = { width: 390, height: 844 };

/** Records layout shifts from before the page's first paint (not those right after input, as CLS counts them). */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const sum = { value: 0 };
    (window as unknown as { layoutShift: typeof sum }).layoutShift = sum;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) sum.value += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifted = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { layoutShift: { value: number } }).layoutShift.value);

describe('search page for readers', { skip }, () => {
  let harness: SearchHarness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  test('the search page has one search box', async () => {
    const page = await harness.open('/search/?q=Karabakh');
    await settledResults(page, { all: false });
    assert.equal(await page.locator('input[type="search"]').count(), 1);
    await page.close();
  });

  test('on a phone the first result starts within the first screen, the filters behind a button', async () => {
    const page = await harness.open('/search/?q=Karabakh', { viewport: PHONE });
    assert.ok((await settledResults(page, { all: false })) > 0);
    const box = await results(page).first().boundingBox();
    assert.ok(box, 'the first result is laid out');
    assert.ok(box.y + 40 < PHONE.height, `the first result starts at ${Math.round(box.y)} px, below the first screen`);
    assert.equal(await page.locator('#search-filters').isVisible(), false, 'the filters wait behind their button');
    await page.click('#search-filters-toggle');
    assert.equal(await page.locator('#search-filters').isVisible(), true);
    assert.equal(await page.getAttribute('#search-filters-toggle', 'aria-expanded'), 'true');
    await page.close();
  });

  for (const view of [{ name: 'on a phone', viewport: PHONE }, { name: 'on a wide screen', viewport: { width: 1280, height: 900 } }]) {
    test(`${view.name} the page does not shift while a search settles (summed layout shift at most 0.05)`, async () => {
      const page = await harness.open('/search/?q=Karabakh&source=UrduPoint+News', { viewport: view.viewport, setup: recordShifts });
      assert.ok((await settledResults(page, { all: false })) > 0);
      await page.waitForTimeout(300);
      const total = await shifted(page);
      assert.ok(total <= 0.05, `layout shift ${total.toFixed(3)}`);
      await page.close();
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe reports no violations in ${colorScheme} mode, results and a facet shown`, async () => {
      const page = await harness.open('/search/?q=Karabakh', { colorScheme });
      assert.ok((await settledResults(page, { all: false })) > 0);
      await openFacet(page, 'source');
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }

  test('facet values are listed by count, and a count is the number of results the value gives', async () => {
    const page = await harness.open('/search/');
    await settledResults(page, { all: false });
    const group = await openFacet(page, 'source');
    const rows = await group.locator('.facet__value').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('.facet__name')?.textContent ?? '',
        count: Number(item.querySelector('.facet__count')?.textContent?.replaceAll(',', '') ?? NaN),
      })),
    );
    assert.ok(rows.length >= 3, 'the fixture has several sources');
    const counts = rows.map((row) => row.count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most results first');
    const [top] = rows;
    assert.ok(top);
    const listed = await afterSearch(page, () => group.locator(`label:has-text("${top.name}")`).click());
    assert.equal(listed, top.count, `${top.name}: the count shown is what ticking it lists`);
    await page.close();
  });

  test('no page visited logged a console error', () => {
    assert.deepEqual(harness.errors(), []);
  });
});
