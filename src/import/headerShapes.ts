/**
 * Shapes of a page around an article that tell its facts by their place
 * rather than their words (issue 13, round 8): the headline repeated at the
 * end of the breadcrumb above it (`Rediff.com » News » Headline`, then
 * `Headline`), a stamp alone under the text above the page's furniture
 * (`07.02.2014, 11:04`), a byline in capitals over the city in capitals
 * (`JANE ROE` / `NADI` / the lead), and the writer's name alone closing the
 * text.
 */
import { isSigned, labelledByline, readByline, readNameLine } from './byline.ts';
import { findDate } from './dates.ts';
import { isKnownCity } from './gazetteer.ts';
import { normalisePlace } from './placeName.ts';
import { stampAlone } from './stamps.ts';
import { hasTag, inLexicon } from './tags.ts';
import type { ParsedDateline, PartialDate } from './types.ts';

/**
 * The index of the headline when a breadcrumb ending with it sits right above
 * it (`Rediff.com » News » We are not at war: PM` / `We are not at war: PM`)
 * within the first `reach` paragraphs: every line above is the page's furniture.
 */
export function breadcrumbTitleAt(paragraphs: readonly string[], reach: number): number | undefined {
  for (let i = 0; i + 1 < Math.min(paragraphs.length, reach); i++) {
    const crumb = (paragraphs[i] ?? '').trim();
    const title = (paragraphs[i + 1] ?? '').trim();
    if (title.length < 10 || crumb.length <= title.length) continue;
    if (crumb.endsWith(title) && /[»›>/|]\s*$/u.test(crumb.slice(0, -title.length))) return i + 1;
  }
  // `You are here: Home` / `Kenya protests …`: a breadcrumb naming no headline still ends the page's header; the line under it is the
  // headline when a stamp or credit line follows it.
  for (let i = 0; i + 2 < Math.min(paragraphs.length, reach); i++) {
    if (!/^You are here\s*:/iu.test((paragraphs[i] ?? '').trim())) continue;
    const title = (paragraphs[i + 1] ?? '').trim();
    if (title.length >= 10 && title.split(/\s+/).length <= 20 && !/[.!?]$/u.test(title) && findDate(paragraphs[i + 2] ?? '')?.date.year !== undefined) return i + 1;
  }
  return undefined;
}

/**
 * A stamp alone among the last `reach` paragraphs, under the text and above
 * the page's furniture (`In case you have found a mistake …`, `Share |`):
 * its index and date, when it is the only stamp alone in the copy.
 */
export function footerStamp(paragraphs: readonly string[], reach = 4): { index: number; date: PartialDate } | undefined {
  // A page of several stories prints a stamp under each headline: the last one is another story's.
  if (paragraphs.filter((p) => stampAlone(p) !== undefined).length !== 1) return undefined;
  for (let i = paragraphs.length - 1; i >= Math.max(1, paragraphs.length - reach); i--) {
    const date = stampAlone(paragraphs[i] ?? '');
    // Under the text, the line above ends a sentence; under a headline (`Second story` / `10.12.2025, 17:34`) it is another story's.
    // A stamp over a headline and its text (a blog's next post: `Friday, May 20, 2011` / its title / its text) is that story's.
    const [title, text] = [paragraphs[i + 1]?.trim() ?? '', paragraphs[i + 2]?.trim() ?? ''];
    const textBelow = title !== '' && title.split(/\s+/).length <= 20 && !/[.!?]$/u.test(title) && text.split(/\s+/).length >= 12 && /[.!?"”’]$/u.test(text);
    if (date) return /[.!?"”’]$/u.test((paragraphs[i - 1] ?? '').trim()) && !textBelow ? { index: i, date } : undefined;
  }
  return undefined;
}

/** One to three words in capitals, alone on a line: a dateline's city as a newspaper prints it under the byline (`NADI`). */
function capitalsPlace(line: string): string | undefined {
  const text = line.trim();
  if (!/^\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]+){0,2}$/u.test(text)) return undefined;
  const cased = normalisePlace(text);
  // A dictionary word in capitals (`UPDATE`, `LATEST`) is a label unless the gazetteer or compromise knows it as a place.
  const placeLike = isKnownCity(cased) || hasTag(cased, '#Place') || !cased.split(' ').some(inLexicon);
  return placeLike ? text : undefined;
}

/**
 * `WAISEA NASOKIA` / `NADI` / the lead: a writer's name in capitals, then the
 * city in capitals on a line of its own, right above a paragraph of text,
 * among the first `reach` paragraphs. The index of the name's line.
 */
export function capitalsBylinePlace(paragraphs: readonly string[], reach = 14): { index: number; byline: string; place: string; printed: string } | undefined {
  for (let i = 0; i + 2 < Math.min(paragraphs.length, reach); i++) {
    const nameLine = (paragraphs[i] ?? '').trim();
    if (nameLine !== nameLine.toUpperCase()) continue;
    const name = readNameLine(nameLine);
    const place = capitalsPlace(paragraphs[i + 1] ?? '');
    if (name === undefined || name.role || place === undefined) continue;
    if ((paragraphs[i + 2] ?? '').trim().split(/\s+/).length < 12) continue;
    return { index: i, byline: name.byline, place: normalisePlace(place), printed: place };
  }
  return undefined;
}

/**
 * The writer's name alone closing the text (`Shaza Qreima` under SANA's story, `B.Adiyakhuu` under MONTSAME's, an
 * initial glued to the surname), when it reads as a person's name; a dialog's close button (`X`) under it is furniture.
 * Its index and the name.
 */
export function closingName(paragraphs: readonly string[]): { index: number; byline: string } | undefined {
  let index = paragraphs.length - 1;
  while (index > 0 && /^(?:X|×|✕|Close)$/u.test((paragraphs[index] ?? '').trim())) index--;
  const last = (paragraphs[index] ?? '').trim().replace(/^(\p{Lu})\.(?=\p{Lu}\p{Ll})/u, '$1. ');
  if (index < 2 || last.length > 40) return undefined;
  const name = readNameLine(last);
  return name === undefined || name.role || name.agency !== undefined ? undefined : { index, byline: name.byline };
}

/**
 * `Reported By Jane Roe`, `By Jane Roe, Barbados Today` among the last three lines under the text: the writer, and the
 * paper or agency credited after the name. Its index and what `readByline` reads of it.
 */
export function closingByline(paragraphs: readonly string[]): { index: number; byline: string; agency?: string | undefined } | undefined {
  for (let index = paragraphs.length - 1; index >= Math.max(2, paragraphs.length - 6); index--) {
    // Under the text: a sentence of text above it (a byline under the decks, above the lead, is the header's).
    // Further up than the last three lines (a comment form's lines below it) only a name signed with `✍️`.
    const under = (index >= paragraphs.length - 3 || isSigned(paragraphs[index] ?? '')) &&
      paragraphs.slice(0, index).some((p) => /[.!?"”’]$/u.test(p.trim()) && p.trim().split(/\s+/).length >= 10);
    const name = under ? labelledByline(paragraphs[index] ?? '') : undefined;
    const credit = name === undefined ? undefined : readByline(name);
    if (credit?.byline !== undefined) return { index, byline: credit.byline, agency: credit.agency };
  }
  return undefined;
}

/** `Publish Date : 09 September 2019 20:38 PM`, `Published on: …`: a labelled stamp, perhaps under the text. */
const LABELLED_STAMP = /^(?:Publish(?:ed)?(?:\s+Date|\s+on)?|Posted\s+on|Date\s+of\s+publication|This content was published on)\s*:?\s*/i;

/**
 * A labelled stamp anywhere in the copy's first paragraphs or under the text
 * (`Publish Date : 09 September 2019 20:38 PM` after the last paragraph, `D Month YYYY | Written by …`):
 * the copy's own date, nearer to it than the page's today above the headline.
 * Its index and date, the first one found.
 */
export function labelledStamp(paragraphs: readonly string[]): { index: number; date: PartialDate } | undefined {
  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.trim();
    // `Tuesday 8 April 2025 | Written by Desk Staff | Published in …`: a stamp the writer's segment labels as the story's.
    const barred = /^(?<stamp>[^|\n]{6,40}?)\s*\|\s*(?:Written|Posted|Published)\s+by\b/iu.exec(text)?.groups?.['stamp'];
    const barredDate = barred === undefined || text.length > 200 ? undefined : stampAlone(barred);
    if (barredDate) return { index, date: barredDate };
    const label = LABELLED_STAMP.exec(text);
    if (!label || text.length > 80) continue;
    const date = stampAlone(text.slice(label[0].length));
    if (date) return { index, date };
  }
  return undefined;
}

/**
 * `By   /  31/08/2017  /  No Comments`, `By Jane Roe / March 3, 2021 / 2 Comments`: a blog theme's meta line under the
 * headline, the writer (perhaps none), the day and the comments' count between slashes.
 */
export function metaLine(paragraph: string): { byline?: string | undefined; date: PartialDate } | undefined {
  const match = /^By(?:\s+(?<name>[^\n]{1,60}?))?\s+\/\s+(?<date>[^\n]{6,30}?)\s+\/\s+(?:No|\d+)\s+Comments?$/iu.exec(paragraph.trim());
  const date = match ? findDate(match.groups?.['date'] ?? '') : undefined;
  if (!match || date?.date.year === undefined) return undefined;
  const name = (match.groups?.['name'] ?? '').trim();
  return { byline: name === '' ? undefined : name, date: date.date };
}

/**
 * `RIGA - Latvia's minister … reports LETA. "This …` opening the copy: a dateline, then forty words and more, is the
 * lead however it ends (an agency's capitals before the full stop, a cut `…`); no headline runs that long.
 */
export function isLongDatelinedLead(paragraph: string, opening: ParsedDateline): boolean {
  // `Times Of Swaziland: TERRORISM …` over a page flattened to one line: a masthead in title case is no place in capitals.
  if (!/^\p{Lu}[\p{Lu}\s'’.-]+$/u.test(opening.placePrinted) && !isKnownCity(opening.place)) return false;
  const words = paragraph.slice(opening.textStart).trim().split(/\s+/);
  return words.length >= 40 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 15;
}
