/**
 * The line above the headline that is the page's own masthead, read from the name the host spells
 * (mastheadSpelling.ts): `Kivu Herald` alone, `Tonga Courier Logo`, `The Cyprus Observer 3 June 2020, Wednesday`
 * (the day the page was viewed). It is furniture, never the headline; its date is the page's, not the story's.
 */
import { findDate } from './dates.ts';
import type { PartialDate } from './types.ts';

/** What a masthead line holds besides the name: nothing but a logo's word, a stamp, or a colon before the headline. */
export function readMastheadLine(paragraph: string, masthead: string | undefined): { date?: PartialDate | undefined } | undefined {
  if (masthead === undefined) return undefined;
  const text = paragraph.trim();
  if (!text.startsWith(masthead)) return undefined;
  const rest = text.slice(masthead.length).replace(/^[\s,|:–—-]+/u, '').replace(/^(?:Logo|Home|Menu)\b\s*/iu, '').trim();
  if (rest === '') return {};
  const found = findDate(rest);
  if (found?.date.year === undefined || found.index > 12) return undefined;
  // `12 May 2024, Sunday`: the stamp and a weekday, no more.
  const left = (rest.slice(0, found.index) + rest.slice(found.index + found.length)).replace(/[\s,|–—-]+/gu, ' ').trim();
  return left.split(' ').filter((w) => w !== '').length <= 1 ? { date: found.date } : undefined;
}
