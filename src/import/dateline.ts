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
 */
import { isKnownAgency, parseCredit } from './credit.ts';
import { isOnlyDate } from './dates.ts';
import type { FoundDate } from './dates.ts';
import { isKnownCity, isKnownCountry } from './gazetteer.ts';
import { knownOutlet } from './outlets.ts';
import { parseKnownPlace } from './knownPlace.ts';
import { normalisePlace } from './placeName.ts';
import { particlePattern, PLACE_NAME_PARTICLES } from '../text/nameParticles.ts';
import { hasTag, inLexicon } from './tags.ts';
import type { ParsedDateline, PartialDate } from './types.ts';

const PARTICLE = particlePattern(PLACE_NAME_PARTICLES);
const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*";
const ONE_PLACE = `${PLACE_WORD}(?: (?:${PLACE_WORD}|${PARTICLE})){0,4}`;
/** `SEOUL/WASHINGTON`: a story filed from two cities. */
const PLACE = `${ONE_PLACE}(?:/${ONE_PLACE})?`;

/** Place, optional `, state` and/or `, date`, then a credit in parentheses or slashes. */
const CREDITED = new RegExp(
  `^(?<place>${PLACE})(?<mid>,[^()\\n/]{0,40}?)?\\s*(?:\\((?<paren>[^()\\n]{1,100})\\)|/(?<slash>[\\p{L} -]{2,30})/)(?<tail>[\\s.:\\-–—]*)`,
  'u',
);

const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]+";
/** A place in capitals with no credit: `KARACHI:`, `KARACHI, Nov 28 -`, `SANA'A- …`. */
const PLACE_ONLY = new RegExp(
  `^(?<place>${CAPS_WORD}(?: (?:${CAPS_WORD}|${PARTICLE.toUpperCase()})){0,3}(?:/${CAPS_WORD}(?: ${CAPS_WORD}){0,2})?)(?<mid>,[^:\\n]{1,30}?)?(?<sep>\\s*(?::|—|–|--)\\s*|\\s+-\\s+|(?<=\\p{Lu})-\\s+)`,
  'u',
);

/** Words in capitals before a colon that label a caption or a section, not a place. */
const LABELS = new Set(['FILE', 'PHOTO', 'PHOTOS', 'VIDEO', 'WATCH', 'UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENT', 'NOTE', 'READ', 'ALSO', 'LIVE', 'SOURCE', 'SOURCES', 'CORRECTION', 'HEADLINE', 'HEADLINES', 'SUMMARY', 'CONTENTS', 'SUBJECT', 'TOPIC', 'TOPICS', 'REUTERS', 'AP', 'AFP']);

export function parseDateline(lead: string): ParsedDateline | undefined {
  // `, NAIROBI, Kenya Jan 6 – …`: a comma the page left before the dateline.
  const stray = /^[,;]\s*(?=\p{Lu})/u.exec(lead);
  if (stray) {
    const inner = parseStyles(lead.slice(stray[0].length));
    return inner && { ...inner, textStart: inner.textStart + stray[0].length };
  }
  // `12:00 | Huanuco (Huanuco region), May. 17.`: the page's time of posting before the dateline.
  const timed = /^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*\|\s*(?=\p{Lu})/u.exec(lead);
  if (timed) {
    const inner = parseStyles(lead.slice(timed[0].length));
    return inner && { ...inner, textStart: inner.textStart + timed[0].length };
  }
  // `AFP/Getty Images(SANTIAGO, Chile) -- …`: a photo's credit glued onto the dateline is no part of it.
  const photo = /^(?:[\p{L}.]+[ /])*?(?:Images|Photos?|Pictures|Getty|Reuters|AFP|AP|EPA)\s*(?=\(\p{Lu})/u.exec(lead);
  if (photo) {
    const inner = parseParenthesisedPlace(lead.slice(photo[0].length));
    return inner && { ...inner, textStart: inner.textStart + photo[0].length };
  }
  return parseStyles(lead);
}

/** `(SANTIAGO, Chile) -- …`, `(NEW YORK) -- …`: the place in parentheses, a dash, the text (ABC News' style); a city the gazetteer knows. */
function parseParenthesisedPlace(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^\\((?<place>${ONE_PLACE})(?:,\\s*(?<region>\\p{Lu}[\\p{L}. ]{1,30}))?\\)\\s*(?:--|—|–|-)\\s*(?=["“]?\\p{Lu})`, 'u').exec(lead);
  const place = match?.groups?.['place'];
  if (!match || place === undefined || !isKnownCity(normalisePlace(place))) return undefined;
  return { placePrinted: place, place: normalisePlace(place), printed: match[0].replace(/[\s\-–—]+$/u, ''), textStart: match[0].length };
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
  return found;
}

function parseAnyStyle(lead: string): ParsedDateline | undefined {
  return (
    parseAgencyFirst(lead) ?? parseBracketAgencyFirst(lead) ?? parseParenthesisedPlace(lead) ?? parseCredited(lead) ?? parseBracketed(lead) ?? parseCountryFirst(lead) ?? parseBareAgency(lead) ??
    parseSlashCredit(lead) ?? parsePlaceOnly(lead) ?? parseStoppedPlace(lead) ?? parseMixedCase(lead) ?? parseKnownPlace(lead) ??
    parseUnpunctuated(lead)
  );
}

/** `BAGHDAD / IraqiNews.com: Iraqi Trade Minister …`: a place in capitals, a spaced slash, the credit, a colon or dash. */
function parseSlashCredit(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^(?<place>${CAPS_WORD}(?: ${CAPS_WORD}){0,2})\\s+/\\s+(?<credit>[^/:\\n]{2,40}?)\\s*(?::|\\s[-–—])\\s+(?=\\p{Lu})`, 'u').exec(lead);
  const place = match?.groups?.['place'];
  const credit = match ? parseCredit(match.groups?.['credit'] ?? '') : undefined;
  if (!match || place === undefined || !credit || LABELS.has(place)) return undefined;
  return {
    placePrinted: place,
    place: normalisePlace(place),
    printed: match[0].replace(/[\s:\-–—]+$/u, ''),
    outlet: credit.outlet,
    agency: credit.agency,
    date: credit.date,
    textStart: match[0].length,
  };
}

/** Words that open a sentence and never continue a place's name: `Baghdad The spokesman …` is a dateline that lost its colon. */
const SENTENCE_OPENERS = /^(?:The|A|An|In|On|At|According|Following|After|During|Amid)$/;

/** `Baghdad The spokesman for the ministry announced …`: a city the gazetteer knows, then a sentence, no punctuation between. */
function parseUnpunctuated(lead: string): ParsedDateline | undefined {
  const match = /^(?<place>\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)??) (?<next>\p{Lu}\p{Ll}*) (?=\p{L})/u.exec(lead);
  const place = match?.groups?.['place'];
  if (!match || place === undefined || !SENTENCE_OPENERS.test(match.groups?.['next'] ?? '') || !isKnownCity(place)) return undefined;
  return { placePrinted: place, place: normalisePlace(place), printed: place, textStart: place.length + 1 };
}

/** `New Delhi [India] March 15 (ANI): …`: the country in brackets, the date without a comma (ANI's style). */
function parseBracketed(lead: string): ParsedDateline | undefined {
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
function parseCountryFirst(lead: string): ParsedDateline | undefined {
  return agencyAfterDate(new RegExp(`^(?<country>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?),\\s*(?<place>${ONE_PLACE}),\\s*(?<date>[^/\\n]{3,25}?)\\s*/\\s*(?<agency>\\p{Lu}[\\p{L}]+)\\s*(?:,[^/\\n]{0,40})?/`, 'u').exec(lead));
}

/** `NAIROBI. Kenya’s foreign minister …`: a city in capitals closed by a full stop (The Herald's style). */
function parseStoppedPlace(lead: string): ParsedDateline | undefined {
  const match = /^(?<place>\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})\.\s+(?=\p{Lu}\p{Ll})/u.exec(lead);
  const place = match?.groups?.['place'];
  if (!match || place === undefined || LABELS.has(place)) return undefined;
  const cased = normalisePlace(place);
  if (!hasTag(cased, '#Place')) return undefined;
  return { placePrinted: place, place: cased, printed: place, textStart: match[0].length };
}

/** `[ANGOP] Luanda -At least five …`: a known agency (or a paper) in square brackets, then the place and a dash (allAfrica's summaries). */
function parseBracketAgencyFirst(lead: string): ParsedDateline | undefined {
  const match = new RegExp(`^\\[(?<agency>[^\\]\\n]{2,30})\\]\\s*(?<place>${ONE_PLACE})\\s*[-–—]+\\s*(?=\\p{Lu})`, 'u').exec(lead);
  const agency = match?.groups?.['agency'] ?? '';
  const place = match?.groups?.['place'] ?? '';
  // `[FrontPageAfrica] Monrovia -…`, `[New Dawn] Monrovia -…`: a feed's paper in brackets is the source it carries, before a city the gazetteer knows.
  const paper = knownOutlet(agency) !== undefined || /^\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,3}$/u.test(agency);
  if (!match || !(isKnownAgency(agency) ? isKnownCity(place) || hasTag(place, '#Place') : paper && isKnownCity(place))) return undefined;
  return { placePrinted: place, place: normalisePlace(place), printed: match[0].replace(/[\s\-–—]+$/u, ''), agency, textStart: match[0].length };
}

/** `(ANSA) - ROMA, 23 FEB -`: the agency first, then the place and the date. */
function parseAgencyFirst(lead: string): ParsedDateline | undefined {
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
function parseBareAgency(lead: string): ParsedDateline | undefined {
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

/**
 * A place in mixed case that a copy prints as a dateline: `Kabul:`, `Doha:`
 * (a place compromise knows, then a colon), `New York  - UN Secretary…`,
 * `New York, Aug 23 2008 1:10PM Marking…` (a full date and a time).
 */
function parseMixedCase(lead: string): ParsedDateline | undefined {
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

function parseCredited(lead: string): ParsedDateline | undefined {
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
  return {
    placePrinted: placeText + mid.state,
    place: normalisePlace(placeText) + mid.state,
    printed: lead.slice(0, creditEnd).trim(),
    outlet: credit.outlet,
    agency: credit.agency,
    date: credit.date ?? mid.date,
    textStart: match[0].length,
  };
}

function parsePlaceOnly(lead: string): ParsedDateline | undefined {
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

interface Mid {
  /** `, Calif.` when an AP-style state follows the city. */
  state: string;
  date?: PartialDate | undefined;
}

/** What sits between place and credit: nothing, a date, a state, or both. */
function parseMid(raw: string): Mid | undefined {
  const text = raw.replace(/^,/, '').trim().replace(/[.,]$/, '').trim();
  if (text === '') return { state: '' };
  // `MADRID, 25 (SERVIMEDIA)`: Spanish agencies print the day of the month alone; the month is not the copy's to give.
  if (/^(?:[1-9]|[12]\d|3[01])$/.test(text)) return { state: '' };
  const onlyDate = isOnlyDate(text);
  if (onlyDate) return { state: '', date: onlyDate.date };
  // `Nouakchott, 05/01/2021 (AMI)`: a numeric date, read only where day and month cannot be swapped (`25/01/2021`);
  // otherwise the dateline stands and the date is left to a stamp or the editor.
  const numeric = /^(?<a>\d{1,2})[./-](?<b>\d{1,2})[./-](?<year>\d{4})$/.exec(text)?.groups;
  if (numeric) {
    const [a, b, year] = [Number(numeric['a']), Number(numeric['b']), Number(numeric['year'])];
    const [day, month] = a > 12 && b <= 12 ? [a, b] : b > 12 && a <= 12 ? [b, a] : [0, 0];
    return { state: '', date: day > 0 && day <= 31 ? { year, month, day } : undefined };
  }
  // `, Calif.`, `, Cuba, Jun 17`, `, Kenya Jan 6`: a state or country of one or two words, then perhaps the date.
  const words = raw.replace(/^,/, '').trim().replace(/,$/, '');
  let region: string | undefined;
  let date: FoundDate | undefined;
  for (const state of [/^(?<state>\p{Lu}[\p{L}.]{0,14} \p{Lu}[\p{L}.]{0,14})(?:(?:,\s*|\s+)(?<date>.+))?$/u, /^(?<state>\p{Lu}[\p{L}.]{0,14})(?:(?:,\s*|\s+)(?<date>.+))?$/u]) {
    const groups = state.exec(words)?.groups;
    if (!groups) continue;
    const datePart = groups['date'];
    date = datePart === undefined ? undefined : isOnlyDate(datePart);
    if (datePart !== undefined && !date) continue;
    region = groups['state'] ?? '';
    break;
  }
  if (region === undefined) return undefined;
  return { state: isKnownCountry(region) ? '' : `, ${region}`, date: date?.date };
}
