/**
 * A day's page: one per day with articles in the pass, written by a TypeScript function
 * (src/layout/pages/dayPage.ts), laid out by Eleventy as a JavaScript template. Its URL is computed in
 * TypeScript (src/layout/dateArchive.ts). https://www.11ty.dev/docs/languages/javascript/
 */
import type { LayoutFilters } from '../src/layout/filters.ts';
import { dayPage, type DayPageData } from '../src/layout/pages/dayPage.ts';

export const data = {
  pagination: { data: 'archive.pass.days', size: 1, alias: 'dayPage' },
  eleventyExcludeFromCollections: true,
  permalink: (page: DayPageData): string => page.dayPage.url,
};

/** Eleventy calls it with the page's data, and `this` holding the run's filters. */
export function render(this: LayoutFilters, page: DayPageData): string {
  return dayPage(page, this);
}
