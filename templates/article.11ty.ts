/**
 * An article's page: one page per article of the pass, written by a TypeScript function
 * (src/layout/pages/articlePage.ts) instead of Nunjucks, laid out by Eleventy as a JavaScript template.
 * The page's URL is computed in TypeScript (src/layout/siteData.ts).
 * https://www.11ty.dev/docs/languages/javascript/ · https://www.11ty.dev/docs/languages/typescript/
 */
import type { LayoutFilters } from '../src/layout/filters.ts';
import { articlePage, type ArticlePageData } from '../src/layout/pages/articlePage.ts';

export const data = {
  pagination: { data: 'archive.pass.articlePages', size: 1, alias: 'entry' },
  eleventyExcludeFromCollections: true,
  permalink: (page: ArticlePageData): string => page.entry.article.url,
};

/** Eleventy calls it with the page's data, and `this` holding the run's filters. */
export function render(this: LayoutFilters, page: ArticlePageData): string {
  return articlePage(page, this);
}
