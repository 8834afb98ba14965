/**
 * Dates, the one home for every stage and the site's scripts: as machines
 * read them (feeds, sitemaps, schema.org) and as readers do. Frontmatter
 * dates are ISO 8601 with time and offset optional; a date without an offset
 * is read as UTC, so the output never depends on the time zone of the
 * machine that builds it. "Today" is the UTC day everywhere (`npm run new`,
 * the future-date warning), and a date that does not exist is named as such
 * ("30 February 2024 does not exist"), not as a format error. No Node.js
 * imports: the browser bundle uses it too.
 */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

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
  // Date.UTC would roll 2020-13-45 over into 2021; such a day is shown as written.
  if (missingDay(year, month, day) !== undefined) return iso;
  const date = new Date(Date.UTC(year, month - 1, day));
  let format = readableFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    readableFormats.set(locale, format);
  }
  return format.format(date);
}

/** `YYYY-MM-DD` of the UTC day `now` falls on. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Why a `YYYY-MM-DD` (with numbers in range of the format) names no day, or
 * undefined when it is a real day: `month 13 does not exist`,
 * `30 February 2024 does not exist (February 2024 has 29 days)`.
 */
export function missingDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `month ${month} does not exist (months are 01 to 12)`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    const name = `${MONTH_NAMES[month - 1]} ${year}`;
    return day < 1
      ? `day ${day} of ${name} does not exist`
      : `${day} ${name} does not exist (${name} has ${daysInMonth} days)`;
  }
  return undefined;
}
