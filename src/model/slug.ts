/**
 * Slugs for URLs: lower-case ASCII, words joined by hyphens, transliterated
 * from any script (`Zoé Ćosić` → `zoe-cosic`, `Москва` → `moskva`).
 */
import slugifyLib from '@sindresorhus/slugify';
import { createHash } from 'node:crypto';

/** A valid slug: what file names and term pages may use. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string, maxLength = 80): string {
  let slug = slugifyLib(text, { decamelize: false });
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength + 1);
    const lastHyphen = cut.lastIndexOf('-');
    slug = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
  }
  if (slug === '') {
    // A name with no letters that transliterate: keep it stable and unique.
    slug = 'x-' + createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 10);
  }
  return slug;
}
