/**
 * Datelines whose place the gazetteer may not know, made certain by a full date printed with its year:
 *
 *   Prishtina June 5th, 2018 – President …       (a mixed-case place, the date, a dash; no comma)
 *   SARAJEVO, Bosnia (September 4,2007) - The …   (the date in parentheses where a credit would stand)
 *
 * A date with its year and then a dash is a dateline's shape; a sentence does not open so.
 */
import { isOnlyDate } from './dates.ts';
import { isKnownCountry, isKnownRegion } from './gazetteer.ts';
import { normalisePlace } from './placeName.ts';
import { hasTag, inLexicon } from './tags.ts';
import { LABELS, ONE_PLACE } from './datelinePatterns.ts';
import type { ParsedDateline } from './types.ts';

const MIXED_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";

/** A stamp's label in the languages the set has seen (`Objavljeno 3. 3. 2021 –`, `Publié le …`): a date, no place. */
const STAMP_LABELS = /^(?:Published|Posted|Updated|Date|Dated|Objavljeno|Ažurirano|Azurirano|Publikuar|Postuar|Publié|Publie|Mis|Publicado|Actualizado|Fecha|Pubblicato|Aggiornato|Veröffentlicht|Aktualisiert|Datum|Opublikowano|Data|Datë|Dt)$/iu;

/** A word that is no place's name: a weekday, a month, a sentence's first word (`On June 5, 2018 – …`). */
function isEverydayOpening(place: string): boolean {
  const first = place.split(' ')[0] ?? '';
  return LABELS.has(place.toUpperCase()) || STAMP_LABELS.test(first) || (inLexicon(first) && !hasTag(normalisePlace(place), '#Place'));
}

/** `Prishtina June 5th, 2018 – …`, `Tirana, 10 July 2006 - …`, `Gjilan, June 5, 2018: …`: a place, a full date with its year, a dash or a colon. */
export function parseDatedPlace(lead: string): ParsedDateline | undefined {
  // One to three words of the place, the shortest first: `Port Moresby June 5, 2018 –` and `Prishtina June 5th, 2018 –`.
  for (let words = 1; words <= 3; words++) {
    const match = new RegExp(`^(?<place>${MIXED_WORD}(?: ${MIXED_WORD}){${words - 1}}),?\\s+(?<date>[^\\n–—]{5,30}?)\\s*(?:--|—|–|\\s-|:)\\s+(?=["“]?\\p{Lu})`, 'u').exec(lead);
    const place = match?.groups?.['place'];
    const date = match ? isOnlyDate(match.groups?.['date'] ?? '') : undefined;
    if (!match || place === undefined || date?.date.year === undefined || isEverydayOpening(place)) continue;
    const printed = match[0].replace(/[\s\-–—:]+$/u, '');
    return { placePrinted: place, place: normalisePlace(place), printed, date: date.date, textStart: match[0].length };
  }
  return undefined;
}

/** `SARAJEVO, Bosnia (September 4,2007) - …`, `Goma (June 3, 2019) – …`: the date in parentheses, then a dash. */
export function parseParenthesisedDate(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^(?<place>${ONE_PLACE})(?:,\\s*(?<region>\\p{Lu}[\\p{L}.'’ -]{1,30}?))?\\s*\\((?<date>[^()\\n]{5,30})\\)\\s*(?:--|—|–|-|:)\\s*(?=["“]?\\p{Lu})`, 'u').exec(lead);
  const place = match?.groups?.['place'];
  const region = match?.groups?.['region'];
  const date = match ? isOnlyDate(match.groups?.['date'] ?? '') : undefined;
  if (!match || place === undefined || date?.date.year === undefined || isEverydayOpening(place)) return undefined;
  // `, Bosnia`: the country or region after the city is the city's, not part of its name; anything else is no dateline.
  if (region !== undefined && !isKnownCountry(region) && !isKnownRegion(region)) return undefined;
  const printed = match[0].replace(/[\s\-–—:]+$/u, '');
  return { placePrinted: place, place: normalisePlace(place), printed, date: date.date, textStart: match[0].length };
}

/**
 * `Mekelle፡ 16 October 2023(Tigray Herald)`, `Hargeisa: 3 May 2021 (Somaliland Sun) …`: a place, a colon (the Ethiopic
 * `፡` too), a full date and the paper in parentheses; the date and the credit make a place the gazetteer lacks certain.
 */
export function parseDatedPaperCredit(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^(?<place>${MIXED_WORD}(?: ${MIXED_WORD}){0,2})\\s*[:፡]\\s*(?<date>[^\\n()]{5,30}?)\\s*\\((?<paper>\\p{Lu}[\\p{L}&.'’ -]{1,40}?)\\)(?<sep>\\s*[-–—:]\\s*|\\s+|$)`, 'u').exec(lead);
  const place = match?.groups?.['place'];
  const date = match ? isOnlyDate(match.groups?.['date'] ?? '') : undefined;
  if (!match || place === undefined || date?.date.year === undefined || isEverydayOpening(place)) return undefined;
  const rest = lead.slice(match[0].length);
  if (rest !== '' && !/^["“«\p{Lu}]/u.test(rest)) return undefined;
  const printed = lead.slice(0, match[0].length - (match.groups?.['sep'] ?? '').length);
  return { placePrinted: place, place: normalisePlace(place), printed, outlet: match.groups?.['paper'], date: date.date, textStart: match[0].length };
}
