/**
 * Dates as machines read them. Frontmatter dates are ISO 8601 with time and
 * offset optional; a date without an offset is read as UTC, so the output
 * never depends on the time zone of the machine that builds it.
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
