/**
 * A credit opening the lead with no place before it — the story's source,
 * never a dateline's city:
 *
 *   (KPL) Lieutenant General …             (Reuters) - Myanmar took …
 *   (Trinidad Express) Works Minister …    (Japan Economic Newswire Via Acquire Media NewsEdge) ---- …
 *   STA, 8 January 2020 - The six …        AFP - U.S. President …
 *
 * A known agency in the credit is the agency; a paper's name in
 * parentheses (two to four capitalised words, or a listed outlet) is the
 * source the page carries, so it is the agency too (the outlet is who
 * published this copy: the host, `--outlet` or the editor). Of `A via B`,
 * A is the source and B only the syndicator that delivered it. One
 * capitalised word the agency list does not know (`(Updated)`, `(Photo)`)
 * is no credit.
 */
import { canonicalAgency, isKnownAgency } from './credit.ts';
import { isOnlyDate } from './dates.ts';
import { knownOutlet } from './outlets.ts';
import { isKnownCity } from './gazetteer.ts';
import { normalisePlace } from './placeName.ts';
import { isUnknownAcronym } from './placeDateline.ts';
import type { PartialDate } from './types.ts';

export interface LeadCredit {
  agency?: string | undefined;
  /** `Guyana Chronicle| March 3, 2021 – …`: a paper's name and the day, the page's own masthead over the text. */
  outlet?: string | undefined;
  date?: PartialDate | undefined;
  /** `(Kyodo) ---- Headline run on TOKYO - Text`: a summary's city in capitals after the headline it ran into. */
  place?: { place: string; printed: string } | undefined;
  /** Index of the paragraph the credit opens. */
  index: number;
}

const NAME_WORD = "\\p{Lu}[\\p{L}&.'’-]*";
/** `(KPL)`, `(Reuters) -`, `(Trinidad Express)`, `(X Via Y) ----------`, then a sentence. */
const PARENTHESISED = new RegExp(`^\\((?<credit>${NAME_WORD}(?: (?:${NAME_WORD}|of|the|and|de|via|Via|VIA)){0,8})\\)\\s*(?:[-–—:]+\\s*)?(?=["“]?\\p{Lu})`, 'u');
/** `STA, 8 January 2020 - The …`, `AFP - U.S. President …`: a known agency's name, perhaps its date, a dash. */
const BARE = /^(?<agency>\p{Lu}[\p{L}-]{1,20}(?: \p{Lu}[\p{L}-]{1,20}){0,3})(?:,\s*(?<date>[^-–—\n]{3,30}?))?\s+[-–—]+\s+(?=["“]?\p{Lu})/u;

/** `Guyana Chronicle| March 3, 2021 – The …`, `Daily News | 3 March 2021 - …`: a name, a bar, the day, a dash. */
const BARRED = /^(?<name>\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,4})\s*\|\s*(?<date>[^-–—|\n]{3,30}?)\s*[-–—]+\s+(?=["“]?\p{Lu})/u;
/** Words a paper's name ends with: a name of capitalised words before a bar and a date is a masthead when it has one. */
const MASTHEAD_END = /\b(?:News|Times|Chronicle|Post|Herald|Daily|Tribune|Gazette|Today|Express|Observer|Mirror|Star|Sun|Guardian|Standard|Nation|Journal|Telegraph|Reporter|Voice|Monitor|Review)$/u;

/** The credit opening one of the first paragraphs of the text (each a sentence, not a headline), else undefined. */
export function leadCredit(paragraphs: readonly string[], within = 4): LeadCredit | undefined {
  for (const [index, paragraph] of paragraphs.slice(0, within).entries()) {
    const credit = readLeadCredit(paragraph);
    if (credit) return { ...credit, index };
  }
  return undefined;
}

function readLeadCredit(paragraph: string): Omit<LeadCredit, 'index'> | undefined {
  const parenthesised = PARENTHESISED.exec(paragraph);
  if (parenthesised && isSentence(paragraph.slice(parenthesised[0].length))) {
    const [source] = (parenthesised.groups?.['credit'] ?? '').split(/\s+via\s+/i);
    const agency = sourceName(source ?? '');
    if (agency !== undefined) return { agency, place: runOnPlace(paragraph.slice(parenthesised[0].length)) };
  }
  const barred = BARRED.exec(paragraph);
  const barredDate = barred ? isOnlyDate(barred.groups?.['date'] ?? '') : undefined;
  if (barred && barredDate?.date.year !== undefined && isSentence(paragraph.slice(barred[0].length))) {
    const name = barred.groups?.['name'] ?? '';
    if (isKnownAgency(name)) return { agency: canonicalAgency(name) ?? name, date: barredDate.date };
    const paper = knownOutlet(name) ?? (MASTHEAD_END.test(name) ? name : undefined);
    if (paper !== undefined) return { outlet: paper, date: barredDate.date };
  }
  const bare = BARE.exec(paragraph);
  const name = bare?.groups?.['agency'] ?? '';
  // `SNA – The president …`: an acronym no gazetteer or dictionary knows, where a dateline prints its credit, is the credit too.
  if (bare && (isKnownAgency(name) || isUnknownAcronym(name)) && isSentence(paragraph.slice(bare[0].length))) {
    const dateText = bare.groups?.['date'];
    const date = dateText === undefined ? undefined : isOnlyDate(dateText);
    if (dateText !== undefined && !date) return undefined;
    return { agency: canonicalAgency(name) ?? name, date: date?.date };
  }
  return undefined;
}

/** `Japan to join the probe TOKYO - Japan's top …`: a city in capitals the gazetteer knows, a dash, in the summary's first words. */
function runOnPlace(text: string): LeadCredit['place'] {
  const match = /\s(?<city>\p{Lu}{3,}(?: \p{Lu}{3,}){0,2})\s+[-–—]+\s+(?=\p{Lu})/u.exec(text.slice(0, 240));
  const city = match?.groups?.['city'];
  if (city === undefined || !isKnownCity(normalisePlace(city))) return undefined;
  return { place: normalisePlace(city), printed: city };
}

/** A known agency (its short name), a listed outlet, or a paper's name of two to four capitalised words. */
function sourceName(name: string): string | undefined {
  const trimmed = name.trim();
  if (isKnownAgency(trimmed)) return canonicalAgency(trimmed) ?? trimmed;
  // `(Yonhap Interview)`, `(AFP Feature)`: a known agency's name, then the kind of story.
  const [first = ''] = trimmed.split(/\s+/);
  if (first !== trimmed && isKnownAgency(first) && /^\p{Lu}[\p{L}-]*\s+(?:Interview|Feature|Analysis|Profile|Special|Exclusive|Focus|Update|Summary|Roundup|Commentary|Factbox)$/u.test(trimmed)) return canonicalAgency(first) ?? first;
  const listed = knownOutlet(trimmed);
  if (listed !== undefined) return listed;
  const words = trimmed.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^(?:of|the|and)$/.test(w))) return undefined;
  return trimmed;
}

/**
 * The text after the credit reads as a sentence, not a headline: eight words or more, several in lower case, closed as
 * a sentence closes or running on past twenty-five words.
 */
function isSentence(text: string): boolean {
  const all = text.trim().split(/\s+/);
  const words = all.slice(0, 20);
  const closed = /[.!?"”’…]$/u.test(text.trim()) || all.length > 25;
  return closed && words.length >= 8 && words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length >= 3;
}
