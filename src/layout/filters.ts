/**
 * Lay out: the few filters templates need. Pure functions; each escapes or
 * returns text, never markup from content.
 */
import type { Article } from '../model/article.ts';
import { siteUrl, type SiteSettings } from '../site.ts';
import { TAXONOMY_KEYS, termUrl, type TaxonomyKey } from '../taxonomy/terms.ts';
import type { EleventyConfig } from './eleventyConfig.ts';
import { isoDay, readableDate, w3cDate } from '../model/dates.ts';
import { newsArticleJsonLd, type NewsArticleJsonLd } from './jsonLd.ts';

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}


/** The page of a source, place, person or topic: `{{ name | termUrl('people') }}`. */
export function termUrlFilter(name: string, key: string): string {
  if (!(TAXONOMY_KEYS as readonly string[]).includes(key)) throw new Error(`termUrl: unknown taxonomy "${key}"`);
  return termUrl(key as TaxonomyKey, name);
}

/** The filters of the run (layoutFilters), so that Nunjucks and the shortcodes share one memo of formatted dates. */
export interface FiltersOptions {
  filters: LayoutFilters;
}

/** After a dateline: ` (UrduPoint News / Sputnik - 28th November, 2020) - `, `, 28 Nov. — `, `: `. */
const AFTER_DATELINE = /^\s*(?:\([^)]{0,120}\))?\s*(?:,[^-–—:]{0,60})?\s*(?:[-–—:]|\u06d4)\s*/u;

/**
 * The text of a teaser, without the dateline that opens the first paragraph
 * of wire copy (`YEREVAN (Sputnik) - France backs …` → `France backs …`):
 * the meta line beside it shows the place already. Only a dateline that
 * starts with the article's printed dateline, or its place in capitals, is
 * taken off.
 */
export function teaserText(article: Pick<Article, 'summary' | 'dateline'>): string {
  const summary = article.summary;
  const dateline = article.dateline;
  if (!dateline) return summary;
  // The printed dateline in any case; the place only in capitals, as datelines print it (not `Lisbon, the capital, said:`).
  const starts = [
    { text: dateline.printed, matches: (head: string, text: string) => head.toLocaleUpperCase() === text.toLocaleUpperCase() },
    { text: dateline.place, matches: (head: string, text: string) => head === text.toLocaleUpperCase() },
  ];
  for (const { text: start, matches } of starts) {
    if (!start || !matches(summary.slice(0, start.length), start)) continue;
    const rest = summary.slice(start.length);
    const separator = AFTER_DATELINE.exec(rest);
    if (separator && separator[0].length < rest.length) return rest.slice(separator[0].length);
  }
  return summary;
}

/** The filters of one Eleventy run: Nunjucks templates call them by name, the TypeScript pages (pages/*.ts) as `this.name` (Eleventy hands a JavaScript template its filters). */
export interface LayoutFilters {
  termUrl(name: string, key: string): string;
  newsArticleJsonLd(article: Article): NewsArticleJsonLd;
  isoDay(date: string): string;
  teaser(article: Pick<Article, 'summary' | 'dateline'>): string;
  w3cDate(date: string): string;
  readableDate(iso: string): string;
  jsonForScript(value: unknown): string;
  absoluteUrl(sitePath: string): string;
}

export function layoutFilters(site: SiteSettings): LayoutFilters {
  // Intl's formatting is most of a date's cost, and pages show the same days again and again (lists,
  // neighbours): each day is formatted once per run. 1-3 % of a cold build's samples before (session 5).
  const readableDates = new Map<string, string>();
  return {
    termUrl: termUrlFilter,
    newsArticleJsonLd: (article) => newsArticleJsonLd(article, site.url, site.title),
    isoDay,
    teaser: teaserText,
    w3cDate,
    readableDate: (iso) => {
      let text = readableDates.get(iso);
      if (text === undefined) readableDates.set(iso, (text = readableDate(iso)));
      return text;
    },
    jsonForScript,
    // Absolute under the base URL; root-relative without one (src/site.ts, siteUrl()).
    absoluteUrl: (sitePath) => siteUrl(site, sitePath),
  };
}

export default function filtersPlugin(eleventyConfig: EleventyConfig, options: FiltersOptions): void {
  for (const [name, filter] of Object.entries(options.filters)) eleventyConfig.addFilter(name, filter);
}
