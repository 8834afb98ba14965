/**
 * File name of a new article, `content/YYYY-MM-DD-<slug>.md`, the slug made
 * from the headline (its URL: `articleUrlFor` in src/model/urls.ts).
 */
import { slugify } from '../model/slug.ts';
import { fileNameForSlug } from '../model/urls.ts';

/** Long enough for wire headlines (the seed's slug is 86 characters). */
export const SLUG_MAX_LENGTH = 120;

export function slugForTitle(title: string): string {
  return slugify(title, SLUG_MAX_LENGTH);
}

/**
 * `2020-11-28-some-headline.md`; without a known date,
 * `YYYY-MM-DD-some-headline.md`, which `npm run check` rejects until the
 * editor fills in the date and renames the file to it (its hint names the
 * new name).
 */
export function articleFileName(date: string, title: string): string {
  return fileNameForSlug(date, slugForTitle(title));
}
