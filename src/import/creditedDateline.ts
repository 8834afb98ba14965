/**
 * Datelines that carry a credit: `LONDON (Reuters) -`, `MOSCOW, November 28. /TASS/.`, `(ANSA) - ROMA, 23 FEB -`,
 * `New Delhi [India] March 15 (ANI):`, `Tehran, Jan 23, IRNA --`, `BAGHDAD / IraqiNews.com:`, `[ANGOP] Luanda -`.
 */
import { isKnownAgency, parseCredit } from './credit.ts';
import type { Credit } from './credit.ts';
import { isOnlyDate } from './dates.ts';
import { isKnownCity, isKnownCountry } from './gazetteer.ts';
import { knownOutlet } from './outlets.ts';
import { normalisePlace } from './placeName.ts';
import { hasTag } from './tags.ts';
import { CAPS_WORD, LABELS, ONE_PLACE, PLACE } from './datelinePatterns.ts';
import { parseMid } from './datelineMid.ts';
import { readByline } from './byline.ts';
import type { ParsedDateline } from './types.ts';

/** Place, optional `, state` and/or `, date`, then a credit in parentheses or slashes. */
const CREDITED = new RegExp(
  `^(?<place>${PLACE})(?<mid>,[^()\\n/]{0,40}?)?\\s*(?:\\((?<paren>[^()\\n]{1,100})\\)|/(?<slash>[\\p{L} -]{2,30})/)(?<tail>[\\s.:\\-–—]*)`,
  'u',
);
/** `BAGHDAD / IraqiNews.com: Iraqi Trade Minister …`: a place in capitals, a spaced slash, the credit, a colon or dash. */
export function parseSlashCredit(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^(?<place>${CAPS_WORD}(?: ${CAPS_WORD}){0,2})\\s+/\\s+(?<credit>[^/:\\n]{2,40}?)\\s*(?::|\\s[-–—])\\s+(?=\\p{Lu})`, 'u').exec(lead);
  const place = match?.groups?.['place'];
  const credit = match ? parseCredit(match.groups?.['credit'] ?? '') : undefined;
  if (!match || place === undefined || !credit || LABELS.has(place)) return undefined;
  return slashDateline(match[0], place, credit);
}

/** The dateline a slashed credit makes: `printed` without its separator, the text after it. */
function slashDateline(matched: string, place: string, credit: Credit, byline?: string): ParsedDateline {
  return {
    placePrinted: place,
    place: normalisePlace(place),
    printed: matched.replace(/[\s:\-–—]+$/u, ''),
    outlet: credit.outlet,
    agency: credit.agency,
    date: credit.date,
    byline,
    textStart: matched.length,
  };
}
/** `New Delhi [India] March 15 (ANI): …`: the country in brackets, the date without a comma (ANI's style). */
export function parseBracketed(lead: string): ParsedDateline | undefined {
  // `Guwahati (Assam) [India], January 6 (ANI):`: the state in parentheses before the country.
  const match = new RegExp(`^(?<place>${ONE_PLACE})(?:\\s*\\((?<state>\\p{Lu}[\\p{L} ]{1,30})\\))?\\s*\\[(?<country>\\p{Lu}[\\p{L} ]{1,30})\\],?\\s*(?<date>[^()\\n]{3,25}?)?\\s*\\((?<credit>[^()\\n]{2,40})\\)(?<tail>[\\s.:\\-–—]*)`, 'u').exec(lead);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const credit = parseCredit(groups['credit'] ?? '');
  const date = groups['date'] === undefined ? undefined : isOnlyDate(groups['date']);
  if (!credit || (groups['date'] !== undefined && !date)) return undefined;
  const place = groups['place'] ?? '';
  return {
    placePrinted: place,
    place: normalisePlace(place),
    printed: lead.slice(0, match[0].length - (groups['tail'] ?? '').length).trim(),
    outlet: credit.outlet,
    agency: credit.agency,
    date: credit.date ?? date?.date,
    textStart: match[0].length,
  };
}
/** `Azerbaijan, Baku, September 20 / Trend , A. Akhundov/`: country, city, date, then agency and reporter between slashes (Trend's style). */
export function parseCountryFirst(lead: string): ParsedDateline | undefined {
  return agencyAfterDate(new RegExp(`^(?<country>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?),\\s*(?<place>${ONE_PLACE}),\\s*(?<date>[^/\\n]{3,25}?)\\s*/\\s*(?<agency>\\p{Lu}[\\p{L}]+)\\s*(?:,[^/\\n]{0,40})?/`, 'u').exec(lead));
}
/** `[ANGOP] Luanda -At least five …`: a known agency (or a paper) in square brackets, then the place and a dash (allAfrica's summaries). */
export function parseBracketAgencyFirst(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^\\[(?<agency>[^\\]\\n]{2,30})\\]\\s*(?<place>${ONE_PLACE})\\s*[-–—]+\\s*(?=\\p{Lu})`, 'u').exec(lead);
  const agency = match?.groups?.['agency'] ?? '';
  const place = match?.groups?.['place'] ?? '';
  // `[FrontPageAfrica] Monrovia -…`, `[New Dawn] Monrovia -…`: a feed's paper in brackets is the source it carries, before a city the gazetteer knows.
  const paper = knownOutlet(agency) !== undefined || /^\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,3}$/u.test(agency);
  if (!match || !(isKnownAgency(agency) ? isKnownCity(place) || hasTag(place, '#Place') : paper && isKnownCity(place))) return undefined;
  return { placePrinted: place, place: normalisePlace(place), printed: match[0].replace(/[\s\-–—]+$/u, ''), agency, textStart: match[0].length };
}
/** `(ANSA) - ROMA, 23 FEB -`: the agency first, then the place and the date. */
export function parseAgencyFirst(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^\\((?<credit>[^()\\n]{2,40})\\)\\s*[-–—]+\\s*(?<place>${ONE_PLACE}),\\s*(?<date>[^-–—\\n]{3,30}?)\\s*[-–—]+\\s*`, 'u').exec(lead);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const credit = parseCredit(groups['credit'] ?? '');
  const date = isOnlyDate(groups['date'] ?? '');
  if (!credit || !date) return undefined;
  const place = groups['place'] ?? '';
  return {
    placePrinted: place,
    place: normalisePlace(place),
    printed: match[0].replace(/[\s\-–—]+$/, ''),
    outlet: credit.outlet,
    agency: credit.agency,
    date: credit.date ?? date.date,
    textStart: match[0].length,
  };
}
/** `Tehran, Jan 23, IRNA --`, `TOKYO, Feb. 3 Kyodo -`: the agency after the date, without parentheses. */
export function parseBareAgency(lead: string): ParsedDateline | undefined {
  return agencyAfterDate(new RegExp(`^(?<place>${ONE_PLACE}),\\s*(?<date>[^\\n]{3,25}?)(?:,\\s*|\\s+)(?<agency>\\p{Lu}[\\p{L}]{1,20})\\.?\\s*(?:--|—|–|-)(?:\\s+|$)`, 'u').exec(lead));
}
/** A dateline whose known agency follows its date (`groups`: place, date, agency). */
function agencyAfterDate(match: RegExpExecArray | null): ParsedDateline | undefined {
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const date = isOnlyDate(groups['date'] ?? '');
  const agency = groups['agency'] ?? '';
  if (!date || !isKnownAgency(agency)) return undefined;
  const place = groups['place'] ?? '';
  return {
    placePrinted: place,
    place: normalisePlace(place),
    printed: match[0].replace(/[\s\-–—]+$/, '').trim(),
    agency,
    date: date.date,
    textStart: match[0].length,
  };
}
export function parseCredited(lead: string): ParsedDateline | undefined {
  const match = CREDITED.exec(lead);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const placeText = groups['place'] ?? '';
  const allCaps = placeText === placeText.toUpperCase();
  const tail = groups['tail'] ?? '';
  const mid = parseMid(groups['mid'] ?? '');
  if (!mid) return undefined;
  // `Nouakchott (Mauritania) Some 630 kg…`: the country in parentheses after the city (APA's style), no credit;
  // `Indore (Madhya Pradesh): Union minister…`: the state, in Indian papers' style, before a colon.
  const paren = groups['paren'];
  const after = lead.slice(match[0].length - tail.length);
  const country = paren !== undefined && hasTag(paren, '#Country') && /^\s+\p{Lu}/u.test(after);
  const state = paren !== undefined && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(paren) && hasTag(paren, '#Place') && !isKnownAgency(paren) && /^:\s+\p{Lu}/u.test(after);
  if (paren !== undefined && mid.state === '' && mid.date === undefined && (country || state)) {
    return { placePrinted: placeText, place: normalisePlace(placeText), printed: lead.slice(0, match[0].length - tail.length).trim(), textStart: match[0].length };
  }
  const credit = parseCredit(paren ?? groups['slash'] ?? '');
  if (!credit) return undefined;
  // A mixed-case opening like `Imran Khan (PTI) said` is a sentence, not a dateline; with a date
  // before a wire credit (`On Board Air India One, Sep 7 (IANS)`) it is one.
  // `Ulaanbaatar, Mongolia /MONTSAME/ On Friday, …`: a known agency between slashes makes a dateline in any case.
  const slashed = groups['slash'] !== undefined && credit.agency !== undefined && isKnownAgency(credit.agency);
  // `Berlin (dapd). Fast zehn Jahre…`: German agencies close the credit with a full stop.
  const stopped = /^\.\s+$/.test(tail) && credit.agency !== undefined && isKnownAgency(credit.agency) && /^\p{Lu}/u.test(lead.slice(match[0].length));
  // `Chandigarh, March 1 (SocialNews.XYZ) Union Minister …`: a date before the credit makes it a dateline too.
  if (!allCaps && !slashed && !/[-–—:]/.test(tail) && !stopped && !(mid.date !== undefined && (credit.agency !== undefined || credit.outlet !== undefined))) return undefined;
  const creditEnd = match[0].length - tail.length;
  const place = withoutCountryAfterDash(withoutAgencyFirst(placeText));
  return {
    placePrinted: place + mid.state,
    place: normalisePlace(place) + mid.state,
    printed: lead.slice(0, creditEnd).trim(),
    outlet: credit.outlet,
    agency: credit.agency,
    date: credit.date ?? mid.date,
    textStart: match[0].length,
  };
}

/** `ANTARA Jakarta, 3 March 2021 (ANTARA) —`: a known agency's name before a place the gazetteer knows is the credit's, not the place's. */
function withoutAgencyFirst(placeText: string): string {
  const first = /^(?<agency>\S+)\s+(?<rest>\p{Lu}.*)$/u.exec(placeText)?.groups;
  const rest = first?.['rest'] ?? '';
  if (!first || !isKnownAgency(first['agency'] ?? '') || isKnownCity(normalisePlace(placeText))) return placeText;
  return isKnownCity(normalisePlace(rest)) || hasTag(normalisePlace(rest), '#Place') ? rest : placeText;
}

/** `Kinshasa- RD Congo (PANA) --`, `Bamako - Mali (AMAP)`: the country after a dash is the city's, not part of its name. */
function withoutCountryAfterDash(placeText: string): string {
  const split = /^(?<city>\p{Lu}.*?\p{L})\s*[-–]\s+(?<country>\p{Lu}.*)$/u.exec(placeText)?.groups;
  return split && isKnownCountry(split['country'] ?? '') ? (split['city'] ?? placeText) : placeText;
}

/** `Kabul/Ariana News/Jane Roe – …`: a city the gazetteer knows, the outlet or agency, the writer, joined by slashes. */
export function parseCityCreditWriter(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^(?<place>${ONE_PLACE})/(?<credit>[^/\\n]{2,40}?)/(?<writer>\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3})\\s*(?:[-–—:]+)\\s+(?=["“]?\\p{Lu})`, 'u').exec(lead);
  const groups = match?.groups;
  const place = groups?.['place'] ?? '';
  const credit = groups ? parseCredit(groups['credit'] ?? '') : undefined;
  const writer = groups ? readByline(groups['writer'] ?? '').byline : undefined;
  if (!match || !credit || writer === undefined || !isKnownCity(normalisePlace(place))) return undefined;
  return slashDateline(match[0], place, credit, writer);
}
