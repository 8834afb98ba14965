/**
 * Where a copy's text begins: the lead (the first paragraph with a dateline
 * within reach of the header, standfirsts repeating it dropped), a lead
 * sentence printed where a headline would be, a deck under the headline,
 * and the date a headline closes with. Moved out of header.ts, which reads
 * the lines around them.
 */
import { isKnownAgency } from './credit.ts';
import { findDate } from './dates.ts';
import { parseDateline } from './dateline.ts';
import { isKnownCity } from './gazetteer.ts';
import { parseKnownPlace } from './knownPlace.ts';
import { comparableStem } from '../text/normalizeText.ts';
import type { CopyHeader, PartialDate } from './types.ts';

/**
 * `Union Minister of State for Finance Anurag Thakur on Sunday evaded
 * questions on …` first after a ` date … ` label: a copy pasted from its lead
 * on. A headline is short and has no full stop; a long sentence ending in one
 * is the lead, so the copy prints no headline (the editor writes it) and the
 * lead's people stay in the text where speakers are looked for.
 */
export function isLeadSentence(paragraph: string, least = 18): boolean {
  const words = paragraph.trim().split(/\s+/);
  // `… during a local meeting on June 21.`: a sentence may end on a number too;
  // `… reported yesterday [April 2].`: an editor's bracket may close it; `… termed them "nonsense".`: a quoted word.
  return words.length >= least && /[\p{Ll}\d][)\]"”’]?[.!?]["”’]?$/u.test(paragraph.trim()) && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 6;
}

/** The date a headline ends with after a dash or bar (a dispatch's or a newsletter's issue line), else undefined. */
export function datedTitle(title: string): PartialDate | undefined {
  const found = findDate(title);
  // `2 September, 2016 Cuba Seeks Energy Independence`: a listing's stamp run into the headline's start.
  if (found?.date.year !== undefined && found.index === 0 && /^\s+\p{Lu}\p{L}*\s+\p{Lu}/u.test(title.slice(found.length))) return found.date;
  if (found?.date.year === undefined || found.index + found.length < title.trimEnd().length - 1) return undefined;
  return /[-–—|]\s*(?:\p{L}+,?\s+)?$/u.test(title.slice(0, found.index)) ? found.date : undefined;
}

/** A short line with no full stop, not a dateline: a deck under the headline. */
export function isDeck(paragraph: string): boolean {
  return paragraph.split(/\s+/).length <= 14 && !/[.!?]["”’]?$/.test(paragraph) && !parseDateline(paragraph);
}

/**
 * The lead is the first paragraph with a dateline (within reach of the
 * header), else the first paragraph. Paragraphs before it that repeat it
 * are standfirsts and go.
 */
export function dropStandfirst(paragraphs: string[]): Pick<CopyHeader, 'body' | 'dateline'> {
  for (let lead = 0; lead < Math.min(paragraphs.length, 40); lead++) {
    const dateline = parseDateline(paragraphs[lead] ?? '');
    if (!dateline) continue;
    // Past a photo caption, a byline and share buttons (`WASHINGTON (Reuters) -` as the fifth line): only a wire's credit;
    // past a mailing list's headers and a wire's summary bullets (the ninth line on): only a wire's credit after a place in capitals.
    const wire = dateline.agency !== undefined && isKnownAgency(dateline.agency);
    // Past a cookie notice, a caption and the headline repeated (`BANGKOK —` as the fifth line): a city the gazetteer knows, in capitals.
    // Down to the fourteenth line on a forum's or blog's page, right under the headline printed again (`KL eyes invasion threat` above
    // its deck), the page's own header lines above it.
    const underRepeat = lead < 40 && paragraphs.slice(Math.max(0, lead - 3), lead).some((p, i) => repeatedAbove(p, paragraphs.slice(0, Math.max(0, lead - 3) + i)));
    const knownCapitals = dateline.placePrinted === dateline.placePrinted.toUpperCase() && isKnownCity(dateline.placePrinted) && (lead < 8 || underRepeat);
    if (lead >= 4 && !wire && !knownCapitals) continue;
    if (lead >= 14 && !(knownCapitals && underRepeat)) continue;
    if (lead >= 8 && dateline.placePrinted !== dateline.placePrinted.toUpperCase()) continue;
    const leadText = comparableStem((paragraphs[lead] ?? '').slice(dateline.textStart));
    const before = paragraphs.slice(0, lead).filter((p) => !repeats(p, leadText));
    return { body: [...before, ...paragraphs.slice(lead)], dateline };
  }
  // Under a page's list of headlines (the fortieth line): only a city the gazetteer knows with a full date, on a line of its own.
  const deep = paragraphs.findIndex((p) => {
    const known = parseKnownPlace(p);
    return known?.date?.year !== undefined && (known.textStart >= p.trimEnd().length || p.slice(0, known.textStart).includes('\n'));
  });
  const deepDateline = deep >= 0 ? parseKnownPlace(paragraphs[deep] ?? '') : undefined;
  if (deepDateline) return { body: paragraphs, dateline: deepDateline };
  const [first, second] = paragraphs;
  if (first !== undefined && second !== undefined && repeats(first, comparableStem(second))) {
    return { body: paragraphs.slice(1), dateline: undefined };
  }
  return { body: paragraphs, dateline: undefined };
}

/** A short line (a headline) printed already further up the page, perhaps as a bullet of its table of contents (`*AFP: …`). */
function repeatedAbove(line: string, above: readonly string[]): boolean {
  const bare = (text: string): string => comparableStem(text).replace(/^[*•·\-–\s]+/u, '');
  const stem = bare(line);
  return stem.length >= 10 && line.length <= 120 && above.some((p) => bare(p) === stem || bare(p).endsWith(` ${stem}`));
}

/** A standfirst repeats the lead: the same words, perhaps cut short or without the full stop. */
function repeats(paragraph: string, leadStem: string): boolean {
  const stem = comparableStem(paragraph);
  return stem.length >= 20 && (leadStem === stem || leadStem.startsWith(stem));
}
