/**
 * Peels the scraping artefacts off a copy: the headline (kept as title), a
 * byline handle line `(@ChaudhryMAli88)` or `By Jane Doe`, a time line
 * `Staff Name 5 minutes ago Tue 1st December 2020 | 09:15 AM`, the headline
 * repeated, and a standfirst that repeats the lead. What is left is the body.
 */
import { findDate } from './dates.ts';
import { parseDateline } from './dateline.ts';
import { comparableStem } from '../text/normalizeText.ts';
import { splitParagraphs } from './paragraphs.ts';
import type { CopyHeader, PartialDate } from './types.ts';

/** How far into the copy the header artefacts may sit. */
const HEADER_LOOKAHEAD = 6;

const HANDLE_LINE = /^\(?\s*(@[A-Za-z0-9_.]{1,40})\s*\)?$/;
const BY_LINE = /^By:?\s+(?<name>[^.!?]{2,80}?)\s*$/i;
const AGO = /\b\d+\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago\b/i;

export class EmptyCopyError extends Error {}

export function readHeader(text: string): CopyHeader {
  const paragraphs = splitParagraphs(text);
  const title = paragraphs[0];
  if (title === undefined) throw new EmptyCopyError('the copy is empty');
  let byline: string | undefined;
  let publishedDate: PartialDate | undefined;
  let index = 1;
  for (; index < paragraphs.length && index < HEADER_LOOKAHEAD; index++) {
    const paragraph = paragraphs[index] ?? '';
    const handle = HANDLE_LINE.exec(paragraph);
    if (handle) {
      byline ??= handle[1];
      continue;
    }
    const by = BY_LINE.exec(paragraph)?.groups?.['name'];
    if (by !== undefined && !parseDateline(paragraph)) {
      byline ??= cleanBylineName(by);
      continue;
    }
    const time = readTimeLine(paragraph);
    if (time) {
      publishedDate ??= time.date;
      if (time.name !== undefined) byline ??= time.name;
      continue;
    }
    if (comparableStem(paragraph) === comparableStem(title)) continue;
    break;
  }
  const rest = paragraphs.slice(index);
  // A date stamp printed after the text (`December 8, 2020`) is no part of it.
  const footer = rest.length > 1 ? readTimeLine(rest.at(-1) ?? '') : undefined;
  if (footer) {
    rest.pop();
    publishedDate ??= footer.date;
  }
  const { body, dateline } = dropStandfirst(rest);
  return { title: title.trim(), byline, publishedDate, dateline, body };
}

/**
 * The lead is the first paragraph with a dateline (within reach of the
 * header), else the first paragraph. Paragraphs before it that repeat it
 * are standfirsts and go.
 */
function dropStandfirst(paragraphs: string[]): Pick<CopyHeader, 'body' | 'dateline'> {
  for (let lead = 0; lead < Math.min(paragraphs.length, 3); lead++) {
    const dateline = parseDateline(paragraphs[lead] ?? '');
    if (!dateline) continue;
    const leadText = comparableStem((paragraphs[lead] ?? '').slice(dateline.textStart));
    const before = paragraphs.slice(0, lead).filter((p) => !repeats(p, leadText));
    return { body: [...before, ...paragraphs.slice(lead)], dateline };
  }
  const [first, second] = paragraphs;
  if (first !== undefined && second !== undefined && repeats(first, comparableStem(second))) {
    return { body: paragraphs.slice(1), dateline: undefined };
  }
  return { body: paragraphs, dateline: undefined };
}

/** A standfirst repeats the lead: the same words, perhaps cut short or without the full stop. */
function repeats(paragraph: string, leadStem: string): boolean {
  const stem = comparableStem(paragraph);
  return stem.length >= 20 && (leadStem === stem || leadStem.startsWith(stem));
}

interface TimeLine {
  date: PartialDate | undefined;
  name?: string | undefined;
}

/**
 * `Staff Name 5 minutes ago Tue 1st December 2020 | 09:15 AM`,
 * `Published: 28 Nov 2020, 09:15 PKT`, `Sat 28th November 2020 | 11:40 PM`:
 * short, no sentence, and either says "ago" or is mostly a dated stamp.
 */
function readTimeLine(paragraph: string): TimeLine | undefined {
  if (paragraph.length > 120 || /[.!?]["”]?$/.test(paragraph) && !AGO.test(paragraph)) return undefined;
  const found = findDate(paragraph);
  const ago = AGO.exec(paragraph);
  const outside = found ? (paragraph.slice(0, found.index) + ' ' + paragraph.slice(found.index + found.length)).trim() : paragraph;
  const stamp =
    found?.date.year !== undefined &&
    (/\|\s*\d|\d{1,2}:\d{2}|^(?:Published|Updated|Posted|Last updated)\b/i.test(paragraph) || outside.split(/\s+/).length <= 3);
  if (!ago && !stamp) return undefined;
  if (parseDateline(paragraph)) return undefined;
  const before = paragraph.slice(0, ago ? ago.index : (found?.index ?? 0)).trim();
  return { date: found?.date.year !== undefined ? found.date : undefined, name: bylineName(before) };
}

/** A name before the relative time: 1–4 capitalised words, not a label. */
function bylineName(text: string): string | undefined {
  const cleaned = text.replace(/[|,:–—-]+$/u, '').trim();
  if (cleaned === '' || cleaned.includes(':') || /^(?:Published|Updated|Posted|Last updated|Source)\b/i.test(cleaned)) return undefined;
  const words = cleaned.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return cleanBylineName(cleaned);
}

/** `JANE DOE, Associated Press` → `Jane Doe`. */
function cleanBylineName(raw: string): string {
  const name = (raw.split(/\s*,\s*|\s+(?:for|of)\s+/i)[0] ?? raw)
    .replace(/\s+(?:Associated Press|AP|Reuters|AFP|Bloomberg)$/i, '')
    .trim();
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}
