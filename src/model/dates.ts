/**
 * Dates, the one home for every stage and the site's scripts: as machines
 * read them (feeds, sitemaps, schema.org) and as readers do. Frontmatter
 * dates are ISO 8601 with time and offset optional; a date without an offset
 * is read as UTC, so the output never depends on the time zone of the
 * machine that builds it. No Node.js imports: the browser bundle uses it too.
 */

/** `2020-11-28` or `2020-11-28T09:15:00+0500` → a Date, in UTC where no offset is given. */
export function parseIsoDate(value: string): Date {
  let text = value.trim().replace(' ', 'T');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00Z';
  else if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) text += 'Z';
  text = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return new Date(text);
}

/** RFC 3339 without fractions, as Atom and JSON Feed want: `2020-11-28T00:00:00Z`. */
export function rfc3339(value: string): string {
  return parseIsoDate(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A W3C date for sitemaps and schema.org: the date as written when it has no
 * time (`2020-11-28`), else RFC 3339.
 */
export function w3cDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : rfc3339(value);
}

/** `2020-11-28…` → `2020-11-28`: the day, as written. */
export function isoDay(iso: string): string {
  return iso.slice(0, 10);
}

const readableFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `2020-11-28…` → `28 November 2020`, from the day as written (no time-zone
 * shift: an article dated `2020-11-28T23:30-05:00` was published on the 28th
 * where it was written). Anything that is not a date is returned as it is.
 */
export function readableDate(iso: string, locale = 'en-GB'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2020-13-45 over into 2021; such a day does not exist.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  let format = readableFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    readableFormats.set(locale, format);
  }
  return format.format(date);
}
