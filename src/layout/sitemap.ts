/**
 * `/sitemap.xml`: every page the build writes, with `lastmod` taken from the
 * articles it shows (their `updated` or `date`), never from the build time,
 * so the same content builds the same file.
 * https://www.sitemaps.org/protocol.html
 */
import { w3cDate } from '../model/dates.ts';
import { siteUrl, type SiteSettings } from '../site.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  lastmod?: string;
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
