/**
 * File name and URL of an article: `content/YYYY-MM-DD-<slug>.md` and
 * `/YYYY/MM/DD/<slug>/`, the slug made from the headline.
 */
import { slugify } from '../model/slug.ts';

/** Long enough for wire headlines (the seed's slug is 86 characters). */
export const SLUG_MAX_LENGTH = 120;

export function slugForTitle(title: string): string {
  return slugify(title, SLUG_MAX_LENGTH);
}

/** Stands for the date in the name of an article whose date is still a placeholder. */
export const DATE_PLACEHOLDER = 'YYYY-MM-DD';

/**
 * `2020-11-28-some-headline.md`; without a known date,
 * `YYYY-MM-DD-some-headline.md`, which `npm run check` rejects until the
 * editor fills in the date and renames the file to it (its hint names the
 * new name).
 */
export function articleFileName(date: string, title: string): string {
  const slug = slugForTitle(title);
  return `${/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : DATE_PLACEHOLDER}-${slug}.md`;
}

/** The URL an article file gets, or undefined while its date is unknown. */
export function articleUrlFor(date: string, fileName: string): string | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!day) return undefined;
  const slug = fileName.replace(/\.md$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  return `/${day[1]}/${day[2]}/${day[3]}/${slug}/`;
}
