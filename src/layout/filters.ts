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

/** The site settings the filters that write URLs need (src/site.ts). */
export interface FiltersOptions {
  site: SiteSettings;
}

export default function filtersPlugin(eleventyConfig: EleventyConfig, options: FiltersOptions): void {
  const { site } = options;
  eleventyConfig.addFilter('termUrl', termUrlFilter);
  eleventyConfig.addFilter('newsArticleJsonLd', (article: Article): NewsArticleJsonLd => newsArticleJsonLd(article, site.url, site.title));
  eleventyConfig.addFilter('isoDay', isoDay);
  eleventyConfig.addFilter('w3cDate', w3cDate);
  eleventyConfig.addFilter('readableDate', readableDate);
  eleventyConfig.addFilter('jsonForScript', jsonForScript);
  // Absolute under the base URL; root-relative without one (src/site.ts, siteUrl()).
  eleventyConfig.addFilter('absoluteUrl', (sitePath: string): string => siteUrl(site, sitePath));
}
