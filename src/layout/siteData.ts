/**
 * Lay out: what the templates receive. Computed here in TypeScript so the
 * templates hold markup only.
 */
import type { Archive } from '../loadArchive.ts';
import type { Article } from '../model/article.ts';

export interface SiteData {
  /** Published articles, newest first. */
  articles: Article[];
}

export function siteData(archive: Archive): SiteData {
  return { articles: archive.articles };
}
