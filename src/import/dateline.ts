/**
 * Parses the dateline that opens a lead paragraph, in the house styles wire
 * copies use:
 *
 *   YEREVAN (UrduPoint News / Sputnik - 28th November, 2020) Paris supports…
 *   ISLAMABAD, (UrduPoint / Pakistan Point News - 28th Nov, 2020) : …
 *   LONDON (Reuters) - …            WASHINGTON (AP) — …
 *   SAN JOSE, Calif. (AP) — …       PARIS, Nov 28 (AFP) - …
 *   BEIJING, Nov. 28 (Xinhua) -- …  MOSCOW, November 28. /TASS/. …
 *   KARACHI: …  (place only, no credit)
 *   Indore (Madhya Pradesh): …  (the state in parentheses, no credit)
 *   Chandigarh, March 1 (SocialNews.XYZ) …   New Delhi, September 8⏎…
 *   MADRID, 25 (SERVIMEDIA)  (the day of the month alone)
 *
 * This module tries the styles; `creditedDateline.ts` and `placeDateline.ts` read them.
 */
import { isOnlyDate } from './dates.ts';
import { isKnownCity, isKnownCountry, isKnownRegion } from './gazetteer.ts';
import { normalisePlace } from './placeName.ts';
import { parseAgencyFirst, parseBareAgency, parseCityCreditWriter, parseBracketAgencyFirst, parseBracketed, parseCountryFirst, parseCredited, parseSlashCredit } from './creditedDateline.ts';
import { parseKnownPlace } from './knownPlace.ts';
import { parseCodeCredit } from './codeCredit.ts';
import { parseDatedPaperCredit, parseDatedPlace, parseParenthesisedDate } from './datedPlace.ts';
import { parseMixedCase, parseParenthesisedPlace, parsePlaceOnly, parseStoppedPlace, parseUnpunctuated } from './placeDateline.ts';
import type { ParsedDateline } from './types.ts';

export function parseDateline(lead: string): ParsedDateline | undefined {
  // `, NAIROBI, Kenya Jan 6 – …`: a comma the page left before the dateline.
  const stray = /^[,;]\s*(?=\p{Lu})/u.exec(lead);
  if (stray) {
    const inner = parseStyles(lead.slice(stray[0].length));
    return inner && { ...inner, textStart: inner.textStart + stray[0].length };
  }
  // `12:00 | Huanuco (Huanuco region), May. 17.`, `[March 3, 2021]  KINGSTON, Jamaica (AP) --`, `03.03.2021 | ZAGREB -`:
  // the page's stamp of posting before the dateline; its date is the story's when the dateline prints none.
  const stamp = /^(?:\[(?<bracketed>[^\]\n]{4,40})\]|(?<barred>[^|\n]{4,40}?)\s*\|)\s*(?=\p{Lu})/u.exec(lead);
  const stampText = stamp?.groups?.['bracketed'] ?? stamp?.groups?.['barred'];
  const time = stampText !== undefined && /^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?$/u.test(stampText.trim());
  const stampDate = stampText === undefined || time ? undefined : isOnlyDate(stampText);
  if (stamp && (time || stampDate?.date.year !== undefined)) {
    const inner = parseStyles(lead.slice(stamp[0].length));
    return inner && { ...inner, date: inner.date ?? stampDate?.date, textStart: inner.textStart + stamp[0].length };
  }
  // `AFP/Getty Images(SANTIAGO, Chile) -- …`: a photo's credit glued onto the dateline is no part of it.
  const photo = /^(?:[\p{L}.]+[ /])*?(?:Images|Photos?|Pictures|Getty|Reuters|AFP|AP|EPA)\s*(?=\(\p{Lu})/u.exec(lead);
  if (photo) {
    const inner = parseParenthesisedPlace(lead.slice(photo[0].length));
    return inner && { ...inner, textStart: inner.textStart + photo[0].length };
  }
  return parseStyles(lead);
}
/**
 * Words of a masthead or a bulletin's title, never of a place's name: `ATHENS NEWS AGENCY BULLETIN (No 1182)`; words a
 * place may have once (`NEWPORT NEWS`) count when two are printed.
 */
const MASTHEAD_WORDS = /\b(?:AGENCY|BULLETIN|NEWSLETTER|DIGEST|GAZETTE|TRIBUNE|ISSUE|EDITION|SERVICE)\b/iu;
const MASTHEAD_PAIR = /\b(?:NEWS|PRESS|DAILY|HERALD|WEEKLY|TIMES|POST)\b.*\b(?:NEWS|PRESS|DAILY|HERALD|WEEKLY|TIMES|POST)\b/iu;
function parseStyles(lead: string): ParsedDateline | undefined {
  const found = parseAnyStyle(lead);
  // `Region Net News: May 1, 2001`, `News Ghana - Tue, 30/11/2021`: a name ending or opening with `News` is a masthead's unless the gazetteer knows it (`Newport News`).
  const masthead = found !== undefined && (MASTHEAD_WORDS.test(found.placePrinted) || MASTHEAD_PAIR.test(found.placePrinted) || /\sNEWS$|^NEWS\s/iu.test(found.placePrinted));
  if (found && masthead && !isKnownCity(normalisePlace(found.placePrinted))) return undefined;
  if (found && isCountryHeadline(lead, found)) return undefined;
  return found;
}
/**
 * `DRC: Visiting French minister pushes for …`, `Madagascar: Andry Rajoelina rules out resignation`: a country, a colon
 * and a line with no full stop are a headline's prefix (a desk's or an aggregator's), not a dateline: datelines name a
 * city, and a lead is a sentence.
 */
function isCountryHeadline(lead: string, found: ParsedDateline): boolean {
  if (found.agency !== undefined || found.date !== undefined || !lead.slice(0, found.textStart).trimEnd().endsWith(':')) return false;
  // `FITIC-CEDEAO : Niamey a abrité …`: capitals no gazetteer knows as a place, before a headline's line, are a topic's prefix too.
  const unknown = /^[\p{Lu}\d -]+$/u.test(found.placePrinted) && !isKnownCity(found.place) && !isKnownRegion(found.place);
  if ((!isKnownCountry(found.place) && !unknown) || isKnownCity(found.place)) return false;
  const line = (lead.slice(found.textStart).split('\n')[0] ?? '').trim();
  return line.split(/\s+/).length <= 16 && !/[.!?]["”’]?$/u.test(line);
}
function parseAnyStyle(lead: string): ParsedDateline | undefined {
  return (
    parseAgencyFirst(lead) ?? parseCityCreditWriter(lead) ?? parseBracketAgencyFirst(lead) ?? parseParenthesisedPlace(lead) ?? parseCredited(lead) ?? parseBracketed(lead) ?? parseCountryFirst(lead) ?? parseBareAgency(lead) ??
    parseSlashCredit(lead) ?? parseCodeCredit(lead) ?? parsePlaceOnly(lead) ?? parseStoppedPlace(lead) ?? parseMixedCase(lead) ?? parseKnownPlace(lead) ??
    parseDatedPlace(lead) ?? parseParenthesisedDate(lead) ?? parseDatedPaperCredit(lead) ?? parseUnpunctuated(lead)
  );
}
