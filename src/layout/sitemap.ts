/**
 * `/sitemap.xml`: every page the build writes, with `lastmod` taken from the
 * articles it shows (their `updated` or `date`), never from the build time,
 * so the same content builds the same file.
 * A sitemap may list at most 50,000 URLs: past that, `/sitemap.xml` becomes
 * a sitemap index of `/sitemap-1.xml`, `/sitemap-2.xml` … each within the
 * limit. https://www.sitemaps.org/protocol.html#index
 */
import { w3cDate } from '../model/dates.ts';
import type { Article } from '../model/article.ts';
import { siteUrl, type SiteSettings } from '../site.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod?: string;
}

/** The later of `updated` and `date`, as written. */
export function lastModified(article: Article): string {
  return article.updated && article.updated > article.date ? article.updated : article.date;
}

/** The latest `lastModified` of some articles: a page's lastmod in the sitemap. */
export function newest(articles: readonly Article[]): string {
  let result = '';
  for (const article of articles) {
    const value = lastModified(article);
    if (value > result) result = value;
  }
  return result;
}

export class SitemapBuilder {
  readonly #site: Pick<SiteSettings, 'url'>;
  readonly #entries: SitemapEntry[] = [];
  readonly #seen = new Set<string>();

  constructor(site: Pick<SiteSettings, 'url'>) {
    this.#site = site;
  }

  /** `path` is site-relative (`/2020/`); `lastmod` a frontmatter date, or '' when unknown. */
  add(path: string, lastmod: string): void {
    if (this.#seen.has(path)) return;
    this.#seen.add(path);
    const loc = siteUrl(this.#site, path);
    this.#entries.push(lastmod ? { loc, lastmod: w3cDate(lastmod) } : { loc });
  }

  /** Sorted by URL, so the file does not depend on the order pages were added. */
  entries(): SitemapEntry[] {
    return [...this.#entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  }
}

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapPart {
  /** Site-relative: `/sitemap-1.xml`. */
  url: string;
  /** Absolute, for the index. */
  loc: string;
  lastmod?: string;
  entries: SitemapEntry[];
}

/**
 * No parts when every entry fits in `/sitemap.xml`; otherwise the parts the
 * index lists, in URL order, each of at most `limit` entries.
 */
export function sitemapParts(entries: readonly SitemapEntry[], siteUrl: string, limit: number = SITEMAP_LIMIT): SitemapPart[] {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`Unexpected sitemap limit ${limit}, expected a whole number above 0`);
  if (entries.length <= limit) return [];
  const parts: SitemapPart[] = [];
  for (let start = 0; start < entries.length; start += limit) {
    const slice = entries.slice(start, start + limit);
    const url = `/sitemap-${parts.length + 1}.xml`;
    // A part changed when its newest page did.
    const lastmod = slice.reduce((latest, entry) => (entry.lastmod && entry.lastmod > latest ? entry.lastmod : latest), '');
    parts.push({ url, loc: new URL(url, `${siteUrl}/`).href, ...(lastmod ? { lastmod } : {}), entries: slice });
  }
  return parts;
}
