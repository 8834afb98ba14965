/**
 * Datelines that print a place and no credit: `KARACHI:`, `NAIROBI.`, `Kabul:`, `(SANTIAGO, Chile) --`,
 * `New Delhi, September 8` on a line of its own, `Baghdad The spokesman …`.
 */
import { isKnownAgency } from './credit.ts';
import { isOnlyDate } from './dates.ts';
import { isKnownCity, isKnownCountry } from './gazetteer.ts';
import { knownOutlet } from './outlets.ts';
import { normalisePlace } from './placeName.ts';
import { hasTag, inLexicon } from './tags.ts';
import { CAPS_WORD, LABELS, ONE_PLACE, PARTICLE } from './datelinePatterns.ts';
import { parseMid } from './datelineMid.ts';
import type { ParsedDateline } from './types.ts';

/** A place in capitals with no credit: `KARACHI:`, `KARACHI, Nov 28 -`, `SANA'A- …`. */
const PLACE_ONLY = new RegExp(
  `^(?<place>${CAPS_WORD}(?: (?:${CAPS_WORD}|${PARTICLE.toUpperCase()})){0,3}(?:/${CAPS_WORD}(?: ${CAPS_WORD}){0,2})?)(?<mid>,[^:\\n]{1,30}?)?(?<sep>\\s*(?::|—|–|--)\\s*|\\s+-\\s+|(?<=\\p{Lu})-\\s+)`,
  'u',
);
/** `(SANTIAGO, Chile) -- …`, `(NEW YORK) -- …`: the place in parentheses, a dash, the text (ABC News' style); a city the gazetteer knows. */
export function parseParenthesisedPlace(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^\\((?<place>${ONE_PLACE})(?:,\\s*(?<region>\\p{Lu}[\\p{L}. ]{1,30}))?\\)\\s*(?:--|—|–|-)\\s*(?=["“]?\\p{Lu})`, 'u').exec(lead);
  const place = match?.groups?.['place'];
  if (!match || place === undefined || !isKnownCity(normalisePlace(place))) return undefined;
  return { placePrinted: place, place: normalisePlace(place), printed: match[0].replace(/[\s\-–—]+$/u, ''), textStart: match[0].length };
}
/** Words that open a sentence and never continue a place's name: `Baghdad The spokesman …` is a dateline that lost its colon. */
const SENTENCE_OPENERS = /^(?:The|A|An|In|On|At|According|Following|After|During|Amid)$/;
/** `Baghdad The spokesman for the ministry announced …`: a city the gazetteer knows, then a sentence, no punctuation between. */
export function parseUnpunctuated(lead: string): ParsedDateline | undefined {
  const match = /^(?<place>\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)??) (?<next>\p{Lu}\p{Ll}*) (?=\p{L})/u.exec(lead);
  const place = match?.groups?.['place'];
  if (!match || place === undefined || !SENTENCE_OPENERS.test(match.groups?.['next'] ?? '') || !isKnownCity(place)) return undefined;
  return { placePrinted: place, place: normalisePlace(place), printed: place, textStart: place.length + 1 };
}
/** `NAIROBI. Kenya’s foreign minister …`: a city in capitals closed by a full stop (The Herald's style). */
export function parseStoppedPlace(lead: string): ParsedDateline | undefined {
  const match = /^(?<place>\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\.\s+(?=\p{Lu}\p{Ll})/u.exec(lead);
  const place = match?.groups?.['place'];
  if (!match || place === undefined || LABELS.has(place)) return undefined;
  const cased = normalisePlace(place);
  if (!hasTag(cased, '#Place')) return undefined;
  return { placePrinted: place, place: cased, printed: place, textStart: match[0].length };
}
/**
 * A place in mixed case that a copy prints as a dateline: `Kabul:`, `Doha:`
 * (a place compromise knows, then a colon), `New York  - UN Secretary…`,
 * `New York, Aug 23 2008 1:10PM Marking…` (a full date and a time).
 */
export function parseMixedCase(lead: string): ParsedDateline | undefined {
  const colon = /^(?<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?<sep>:\s+|\s+[-–—]\s+)(?=\p{Lu})/u.exec(lead);
  const place = colon?.groups?.['place'];
  if (colon && place !== undefined && hasTag(place, '#Place') && !LABELS.has(place.toUpperCase())) {
    return { placePrinted: place, place, printed: place, textStart: colon[0].length };
  }
  const stamped = /^(?<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}),\s+(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.? \d{1,2},? \d{4})\s+\d{1,2}:\d{2}\s*(?:[AaPp][Mm])?\s+/u.exec(lead);
  const stampedPlace = stamped?.groups?.['place'];
  const date = stamped ? isOnlyDate(stamped.groups?.['date'] ?? '') : undefined;
  if (stamped && stampedPlace !== undefined && date) {
    return { placePrinted: stampedPlace, place: stampedPlace, printed: stamped[0].trim(), date: date.date, textStart: stamped[0].length };
  }
  // `New Delhi, September 8` on a line of its own above the lead (The Tribune's style).
  const own = /^(?<place>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}),\s+(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.? \d{1,2}(?:,? \d{4})?)[ \t]*\n(?=\p{Lu})/u.exec(lead);
  const ownPlace = own?.groups?.['place'];
  const ownDate = own ? isOnlyDate(own.groups?.['date'] ?? '') : undefined;
  if (own && ownPlace !== undefined && ownDate) {
    return { placePrinted: ownPlace, place: ownPlace, printed: own[0].trim(), date: ownDate.date, textStart: own[0].length };
  }
  return undefined;
}
export function parsePlaceOnly(lead: string): ParsedDateline | undefined {
  const match = PLACE_ONLY.exec(lead);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const placeText = groups['place'] ?? '';
  // `FILE PHOTO:`, `BREAKING NEWS:`: a caption's or a banner's label, every word of it.
  if (placeText.replace(/[^\p{L}]/gu, '').length < 3 || LABELS.has(placeText) || placeText.split(/[\s/]+/).every((w) => LABELS.has(w) || w === 'NEWS')) return undefined;
  // `MENAFN - Amman Net) …`: a publisher's or an agency's name in capitals is a credit, not a place.
  if (knownOutlet(placeText) !== undefined || (isKnownAgency(placeText) && !isKnownCity(placeText))) return undefined;
  // `FED: New PNG PM …`, `LATEST - In Brief`: a desk's prefix or a section's label is an everyday word, not a place.
  if (isEverydayWord(placeText)) return undefined;
  // `SNA – The president …`: an acronym no gazetteer and no dictionary knows opens the lead as a credit, not a place.
  if (isUnknownAcronym(placeText)) return undefined;
  const mid = parseMid(groups['mid'] ?? '');
  if (!mid) return undefined;
  const printedEnd = match[0].length - (groups['sep'] ?? '').length;
  return {
    placePrinted: placeText + mid.state,
    place: normalisePlace(placeText) + mid.state,
    printed: lead.slice(0, printedEnd).trim(),
    date: mid.date,
    textStart: match[0].length,
  };
}
/**
 * Words in capitals that the dictionary knows and no gazetteer does (`FED`, `LATEST`, `FILE`, a newsletter's `IN THIS
 * ISSUE`); `NADI`, `LONDON`, `NEW YORK` are places.
 */
function isEverydayWord(placeText: string): boolean {
  if (!/^\p{Lu}+(?: \p{Lu}+){0,3}$/u.test(placeText)) return false;
  const cased = normalisePlace(placeText);
  if (hasTag(cased, '#Place') || isKnownCity(cased) || isKnownCountry(cased)) return false;
  return cased.split(' ').every((word) => inLexicon(word) && !hasTag(word, '#Place'));
}

/**
 * One word of three capitals, or four or five without a vowel, that names no place any gazetteer or dictionary knows
 * (`SNA`, `GNA`, `PNN`); `ROME`, `BAKU`, `FILE` are not, and neither is a town the gazetteer lacks (`KLANG`).
 */
export function isUnknownAcronym(word: string): boolean {
  if (!/^\p{Lu}{3}$/u.test(word) && !/^[B-DF-HJ-NP-TV-Z]{4,5}$/u.test(word)) return false;
  const cased = normalisePlace(word);
  return !isKnownCity(cased) && !isKnownCountry(cased) && !hasTag(cased, '#Place') && !inLexicon(cased) && !inLexicon(word.toLowerCase());
}
