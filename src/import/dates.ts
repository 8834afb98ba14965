/**
 * Dates as copies print them (`28th November, 2020`, `Nov. 28`,
 * `November 28.`, `Tue 1st December 2020 | 09:15 AM`, `3 ene`), read with chrono-node.
 */
import * as chrono from 'chrono-node';
import { findTableDate } from './monthNames.ts';
import type { PartialDate } from './types.ts';

export interface FoundDate {
  date: PartialDate;
  /** Offset and length of the date inside the searched text. */
  index: number;
  length: number;
}

/**
 * English first, then the other languages wire copy comes in (`martes 05 de
 * junio de 2007`, `am 12. März 2011`, `Kamis, 24 Februari 2011`, `11 декабря
 * 2025`), each with chrono-node's own parser for it.
 */
const PARSERS: readonly chrono.Chrono[] = [chrono.strict, chrono.es.strict, chrono.de.strict, chrono.fr.strict, chrono.it.strict, chrono.pt.strict, chrono.id.strict];

/**
 * `11 декабря 2025 в 18:14`, `3 maart 2019`, `3 juni 2019`, `3. maaliskuuta 2019`: the other European languages
 * chrono-node reads, each asked only when the text has its script or a month name the parsers above do not read
 * (most lines have no date at all, and every parser asked costs).
 */
const GATED: readonly (readonly [RegExp, chrono.Chrono])[] = [
  [/\p{Script=Cyrillic}/u, chrono.ru.strict],
  [/\p{Script=Cyrillic}/u, chrono.uk.strict],
  [/\b(?:januari|februari|maart|mei|juni|juli|augustus|oktober|mrt|okt)\b/i, chrono.nl.strict],
  [/\b(?:januari|februari|mars|maj|juni|juli|augusti|oktober)\b/i, chrono.sv.strict],
  [/kuuta\b|kuu\b/i, chrono.fi.strict],
];

/** The first calendar date (day and month at least) in `text`, if any. */
export function findDate(text: string): FoundDate | undefined {
  // `2013年 9月 29日 星期日`, `2019년 3월 4일`: Chinese, Japanese and Korean stamps, year, month and day marked, always in that order.
  const cjk = /(?<year>\d{4})\s*[年년]\s*(?<month>\d{1,2})\s*[月월]\s*(?<day>\d{1,2})\s*[日일]/u.exec(text);
  if (cjk?.groups) {
    const [year, month, day] = [Number(cjk.groups['year']), Number(cjk.groups['month']), Number(cjk.groups['day'])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { date: { year, month, day }, index: cjk.index, length: cjk[0].length };
  }
  let partial: FoundDate | undefined;
  for (const parser of [...PARSERS, ...GATED.filter(([gate]) => gate.test(text)).map(([, parser]) => parser)]) {
    const found = findDateWith(parser, text);
    // `4 de março`: Spanish reads `4 de mar` and stops inside the word; a language that reads the whole word comes first.
    if (found && /\p{L}/u.test(text.charAt(found.index + found.length))) partial ??= found;
    else if (found) return withTableYear(found, text);
  }
  // `4 marca 2019`, `4. března 2019`, `2019. március 4.`: month names chrono-node does not read, from a table.
  return partial ?? findTableDate(text);
}

/** `2019. december 4.`: English reads `december 4` without the year the Hungarian order put before it. */
function withTableYear(found: FoundDate, text: string): FoundDate {
  if (found.date.year !== undefined) return found;
  const table = findTableDate(text);
  return table !== undefined && table.index <= found.index && table.index + table.length >= found.index + found.length ? table : found;
}

function findDateWith(parser: chrono.Chrono, printed: string): FoundDate | undefined {
  // `May. 17`, `June. 3`: a full stop after a month never shortened, by analogy with `Jan.`; the same length, the same offsets.
  const text = printed.replace(/\b(May|June|July)\.(?=\s*\d)/g, '$1 ');
  for (const result of parser.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    // `5 minutes ago`, `today`: relative to when the page was scraped, not a date the copy prints.
    if (!/\d/.test(result.text) || /\bago\b/i.test(result.text)) continue;
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    const month = start.get('month');
    const day = start.get('day');
    if (month === null || day === null) continue;
    const year = start.isCertain('year') ? (start.get('year') ?? undefined) : undefined;
    const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}\b/.exec(result.text);
    if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12) {
      // `03-08-2021`: 3 August on a South Asian stamp (`IST`, `PKT`), 8 March in America; no guessing elsewhere.
      // `04.03.2019` with dots is day first wherever it is printed (`Veröffentlicht am 04.03.2019`): America writes slashes.
      const dotted = /^\d{1,2}\.\d{1,2}\.\d{4}\b/.test(result.text);
      // `8/1/2020 11:41:00`, `04/07/2022 17:05`: a 24-hour clock with seconds or past noon, no AM or PM, is no American stamp.
      const clock = /^\s+(?<hour>\d{1,2}):\d{2}(?<seconds>:\d{2})?(?!\s*[AaPp]\.?[Mm]\b)(?![\d:])/u.exec(text.slice(result.index + numeric[0].length))?.groups;
      const dayFirstClock = clock !== undefined && (clock['seconds'] !== undefined || Number(clock['hour']) >= 13);
      if (!dotted && !dayFirstClock && !/\b(?:IST|PKT|BST|GMT|CET|EAT|WAT|SAST|AEST|NPT)\b/.test(text.slice(result.index, result.index + result.text.length + 12))) continue;
      return { date: { year, month: Number(numeric[2]), day: Number(numeric[1]) }, index: result.index, length: result.text.length };
    }
    return { date: { year, month, day }, index: result.index, length: result.text.length };
  }
  return undefined;
}

/**
 * The year of `date` when the copy prints the same day and month in full
 * elsewhere (a caption's `March 2, 2010` under a `BEIJING, March 2` dateline):
 * certain, not a guess.
 */
export function yearPrintedFor(date: PartialDate, text: string): PartialDate | undefined {
  if (date.year !== undefined) return date;
  for (const result of chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const start = result.start;
    if (!start.isCertain('year') || start.get('month') !== date.month || start.get('day') !== date.day) continue;
    const year = start.get('year');
    if (year !== null) return { ...date, year };
  }
  return undefined;
}

/** True when all of `text` (bar punctuation and white space) is one date. */
export function isOnlyDate(text: string): FoundDate | undefined {
  const found = findDate(text);
  if (!found) return undefined;
  const rest = text.slice(0, found.index) + text.slice(found.index + found.length);
  return /^[\s.,:;|\-–—]*$/.test(rest) ? found : undefined;
}

/**
 * Gives a date without a printed year the year that puts it closest to a
 * reference date the copy prints elsewhere (a `Nov 28` dateline on a copy
 * stamped `1st December 2020` is 2020; a `Dec 31` one stamped January 2021
 * is 2020).
 */
export function completeYear(date: PartialDate, reference: PartialDate | undefined): PartialDate {
  if (date.year !== undefined || reference?.year === undefined) return date;
  const ref = Date.UTC(reference.year, reference.month - 1, reference.day);
  let best = reference.year;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(Date.UTC(year, date.month - 1, date.day) - ref);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return { ...date, year: best };
}

/** `2020-11-28`, or undefined while the year is unknown. */
export function isoDate(date: PartialDate | undefined): string | undefined {
  if (date?.year === undefined) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}
