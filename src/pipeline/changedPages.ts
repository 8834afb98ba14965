/**
 * `npm start`: which pages an edit changed. Every page is made from one item
 * of a paginated collection (layoutPasses.ts) plus what every page shows (the
 * footer's years); the unpaginated pages (feeds, sitemap, quotes, search)
 * from the rest of the site data. Fingerprints of each, before and after the
 * edit, give the layout pass that rewrites exactly the pages that differ.
 */
import { createHash } from 'node:crypto';
import { emptyPass, PAGINATED, wholeArchivePass, type LayoutPass, type Paginated } from '../layout/layoutPasses.ts';
import type { SiteData } from '../layout/siteData.ts';
import type { Article } from '../model/article.ts';

export interface LayoutFingerprint {
  /** What every page shows. */
  everywhere: string;
  /** What only the unpaginated pages show. */
  unpaginated: string;
  /** Per collection: page URL → fingerprint of its item. */
  pages: Record<Paginated, Map<string, string>>;
}

export interface PageChanges {
  pass: LayoutPass;
  /** Everything is laid out again (what every page shows changed). */
  whole: boolean;
  /** URLs of pages that are gone (an article deleted or renamed). */
  removed: string[];
  /** How many pages the pass lays out. */
  pages: number;
}

function digest(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value) ?? '').digest('base64');
}

/**
 * An item's data with every article replaced by its fingerprint: articles are
 * most of the data and appear in many items, so each is hashed once. An
 * article's body appears on its own page only (templates/_includes/pages/
 * article.njk); listings, neighbours and related articles show its title,
 * summary and date, so a body edit must not touch them.
 */
function canonical(value: unknown, articles: ReadonlyMap<object, string>, own?: Article): unknown {
  if (value === null || typeof value !== 'object') return value;
  const article = articles.get(value);
  if (article !== undefined) return value === own ? [article, digest(own.html)] : article;
  if (Array.isArray(value)) return value.map((item: unknown) => canonical(item, articles, own));
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) result[key] = canonical(field, articles, own);
  return result;
}

/** Every item's page URL: articles carry it on `entry.article`, the rest on themselves. */
export function urlOf(key: Paginated, item: unknown): string {
  if (key === 'articlePages') return (item as SiteData['articlePages'][number]).article.url;
  return (item as { url: string }).url;
}

export function fingerprint(data: SiteData): LayoutFingerprint {
  const articles = new Map<object, string>(data.articles.map((article) => [article, digest({ ...article, html: undefined })]));
  const pages = {} as LayoutFingerprint['pages'];
  for (const key of PAGINATED) {
    const items: readonly unknown[] = data[key];
    pages[key] = new Map(
      items.map((item) => {
        const own = key === 'articlePages' ? (item as SiteData['articlePages'][number]).article : undefined;
        return [urlOf(key, item), digest(canonical(item, articles, own))];
      }),
    );
  }
  return {
    everywhere: digest(data.years.map((year) => [year.url, year.year])),
    unpaginated: digest(canonical([data.atom, data.jsonFeed, data.sitemap, data.sitemapParts, data.quotes, data.quoteCount, data.searchLanguages], articles)),
    pages,
  };
}

/** The file a page URL is written to, relative to the site: `/2020/11/` → `2020/11/index.html`. */
export function pageFile(url: string): string {
  return `${url.replace(/^\/+/, '')}index.html`;
}

export function pageCount(pass: LayoutPass): number {
  return PAGINATED.reduce((sum, key) => sum + pass[key].length, 0);
}

/** Every page: the first layout, after a template change, or when what every page shows changed. */
export function everyPage(data: SiteData, removed: string[] = []): PageChanges {
  const pass = wholeArchivePass(data);
  return { pass, whole: true, removed, pages: pageCount(pass) };
}

export function changedPages(before: LayoutFingerprint, after: LayoutFingerprint, data: SiteData): PageChanges {
  const removed = PAGINATED.flatMap((key) => [...before.pages[key].keys()].filter((url) => !after.pages[key].has(url)));
  if (before.everywhere !== after.everywhere) return everyPage(data, removed);
  const pass = emptyPass(before.unpaginated !== after.unpaginated);
  let pages = 0;
  for (const key of PAGINATED) {
    const items: readonly unknown[] = data[key];
    const changed = items.filter((item) => {
      const url = urlOf(key, item);
      return before.pages[key].get(url) !== after.pages[key].get(url);
    });
    (pass[key] as unknown[]) = changed;
    pages += changed.length;
  }
  return { pass, whole: false, removed, pages };
}
