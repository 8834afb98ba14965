/**
 * A term's page: one per page of each source, place, person and topic in the pass, written by a TypeScript
 * function (src/layout/pages/termPage.ts), laid out by Eleventy as a JavaScript template. Its URL is
 * computed in TypeScript (src/layout/paginate.ts). https://www.11ty.dev/docs/languages/javascript/
 */
import type { LayoutFilters } from '../src/layout/filters.ts';
import { termPage, type TermPageData } from '../src/layout/pages/termPage.ts';

export const data = {
  pagination: { data: 'archive.pass.termPages', size: 1, alias: 'termPage' },
  eleventyExcludeFromCollections: true,
  permalink: (page: TermPageData): string => page.termPage.url,
};

/** Eleventy calls it with the page's data, and `this` holding the run's filters. */
export function render(this: LayoutFilters, page: TermPageData): string {
  return termPage(page, this);
}
