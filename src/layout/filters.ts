/**
 * Lay out: the few filters templates need. Pure functions; each escapes or
 * returns text, never markup from content.
 */
import { site } from '../site.ts';
import type { EleventyConfig } from './eleventyConfig.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `2020-11-28…` → `28 November 2020`, from the date as written (no time-zone shift). */
export function readableDate(iso: string, locale = 'en-GB'): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return iso;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** JSON for a `<script type="application/ld+json">`: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).href;
}

export default function filtersPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter('readableDate', readableDate);
  eleventyConfig.addFilter('jsonForScript', jsonForScript);
  eleventyConfig.addFilter('absoluteUrl', absoluteUrl);
}
