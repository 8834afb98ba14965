/**
 * The date a story prints as its own at the start of its text, with no place before it: `28 May 2019 - Minister …`
 * under a post stamp of the next day, `22 April - The meeting …` and `Jun 12⏎- Estonian Government …` in a bulletin
 * whose heading prints a range of days (`Estonian Review 19 - 29 April 2010`). It is nearer the text than any stamp
 * or heading above it; a day printed without its year takes the year of the date the copy prints above it. A date
 * weeks from the one above is an event's (a timeline's first entry), and the date above stands.
 */
import { completeYear, isOnlyDate } from './dates.ts';
import { isLeadSentence } from './leadParagraph.ts';
import type { PartialDate } from './types.ts';

/** How many paragraphs of the body may sit above the text (a bulletin's section titles, its item's headline). */
const LOOKAHEAD = 8;

/** How far from the date printed above (a stamp, a bulletin's first day) the text's own date may lie. */
const NEAR_DAYS = 14;

const days = (date: PartialDate): number => Date.UTC(date.year ?? 0, date.month - 1, date.day) / 86_400_000;

/** `28 May 2019 - `, `Jun 12⏎- `: a date alone, then a dash, then the text. */
const OPENING = /^(?<date>[^\n\-–—]{4,24}?)[ \t]*\n?[ \t]*[-–—]{1,2}\s+(?=["“]?\p{Lu})/u;

export function leadDate(body: readonly string[], above: PartialDate | undefined): PartialDate | undefined {
  for (const [index, line] of body.slice(0, LOOKAHEAD).entries()) {
    // `Jun 12` on a line of its own, the text below it opening with the dash: one opening, split by the page.
    const next = body[index + 1] ?? '';
    const paragraph = /^[-–—]{1,2}\s/u.test(next) && line.length <= 24 ? `${line}\n${next}` : line;
    const match = OPENING.exec(paragraph);
    const printed = match?.groups?.['date'] ?? '';
    const date = match && /\d/.test(printed) ? isOnlyDate(printed) : undefined;
    if (!match || !date || !isLeadSentence(paragraph.slice(match[0].length), 12)) continue;
    const own = above?.year === undefined ? date.date : completeYear(date.date, above);
    // `Jan 3, 2020 - Protests begin` in a timeline under a stamp of 2021: an event's day, not the story's; the story's own
    // lies within days of the stamp or the heading above it.
    return above?.year === undefined || own.year === undefined || Math.abs(days(own) - days(above)) <= NEAR_DAYS ? own : undefined;
  }
  return undefined;
}
