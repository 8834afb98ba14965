/**
 * A page's date stamps: a full date (its year printed), perhaps a time, and
 * little else — read at three strictnesses, for the three places stamps are
 * met: a segment of a header line (`Updated: 13-08-2021 15:36 IST`), a line
 * alone under the text (`07.02.2014, 11:04`), a line above the lead that may
 * keep one word (`11 декабря 2025 в 18:14`).
 */
import { findDate } from './dates.ts';
import type { PartialDate } from './types.ts';

/** `15:36`, `11:04:09`, `10.12 a.m.`: a time of day. */
const TIME = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?`;
const TIMES = new RegExp(TIME, 'g');
/** What a header line's stamp may print beside its date: times, time zones, commas and bars. */
const SEGMENT_REST = new RegExp(`^(?:[\\s,|]*(?:${TIME})?\\s*(?:IST|PKT|GMT|UTC|BST|EST|EDT|PST|PDT|CET|CEST|[A-Z]{2,4})?)*$`);

/** A header line's segment that is a stamp: only a date (and a time, a time zone), perhaps after `Updated:`. */
export function stampDate(segment: string): PartialDate | undefined {
  // `October 29, 2016 Adjust font size:`: the page's buttons scraped after the stamp.
  const text = segment.replace(/^(?:Updated|Published|Posted|Created|Last updated|Date)\s*:?\s*/i, '').replace(/\s+(?:Adjust font size|Font size|Text size|Print|E-?mail|Share)\s*:?\s*$/i, '');
  const found = findDate(text);
  if (found?.date.year === undefined) return undefined;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.length)).trim();
  return SEGMENT_REST.test(rest) ? found.date : undefined;
}

/** A line that is a full date and perhaps a time, nothing else: `07.02.2014, 11:04`, `Sat, 12/10/2016 - 15:47`. */
export function stampAlone(line: string): PartialDate | undefined {
  const text = line.trim();
  if (text.length > 40) return undefined;
  const found = findDate(text);
  if (found?.date.year === undefined) return undefined;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length)).replace(TIMES, ' ');
  return /^[\s,|\-–—]*$/u.test(rest) ? found.date : undefined;
}

/** `11 декабря 2025 в 18:14`, `March 3, 2019 10:15 AM`: a full date, perhaps a time, and at most a word besides. */
export function stampOnly(line: string): PartialDate | undefined {
  const found = findDate(line);
  if (found?.date.year === undefined) return undefined;
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length)).replace(TIMES, ' ').trim();
  return !/\d/.test(rest) && rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 1 ? found.date : undefined;
}
