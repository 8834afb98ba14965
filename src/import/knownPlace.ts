/**
 * A dateline recognised by its place rather than by its house style: a city
 * the gazetteer knows, in any case, at the start of the copy's line,
 * optionally its region (`, Kenya`, `(Greater Accra)`, `[India]`), then a
 * date and/or a credit (`(ENA)`, `Sapa`) and whatever separator follows:
 *
 *   Accra (Greater Accra) 10 April 2001       CAPE TOWN February 10 1999 Sapa
 *   Addis Ababa, 9 December 2023 (ENA) –      Kampala, Uganda, 9 June (IRIN) -
 *
 * A known place alone, with neither date nor credit, is no dateline here
 * (a sentence can open with a city); dateline.ts reads those shapes.
 */
import { isKnownAgency, parseCredit } from './credit.ts';
import { isOnlyDate } from './dates.ts';
import { isKnownCity, isKnownCountry, isKnownRegion } from './gazetteer.ts';
import { normalisePlace } from './placeName.ts';
import type { ParsedDateline, PartialDate } from './types.ts';

/** Words a place may be made of: capitalised, or a particle inside it (`Dar es Salaam`). */
const PLACE_WORD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|del|da|das|do|dos|es|el|al|la|le|les|am|an|on|upon|sur|en)$/u;

export function parseKnownPlace(lead: string): ParsedDateline | undefined {
  const line = lead.split('\n')[0] ?? '';
  const words = line.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const placeWords = words.slice(0, n);
    const last = placeWords[n - 1] ?? '';
    // `NAIROBI,` `Accra`: a comma closing the place is the separator's, not the name's.
    // `Baku. 5 December. REPORT.AZ/`: a full stop after a word of the name closes the place too (`St.` inside it stays).
    const bare = [...placeWords.slice(0, -1), last.replace(/[,:\-–—]$|(?<=\p{Ll}{2})\.$/u, '')];
    if (!bare.every((w, i) => PLACE_WORD.test(w) && (i === 0 || i === n - 1 ? /^\p{Lu}/u.test(w) : true))) continue;
    const place = bare.join(' ');
    if (!isKnownCity(place)) continue;
    const afterPlace = place.length;
    const parsed = readRest(line, afterPlace);
    if (!parsed) continue;
    return {
      placePrinted: place,
      place: normalisePlace(place),
      printed: line.slice(0, parsed.printedEnd).trim(),
      outlet: parsed.outlet,
      agency: parsed.agency,
      date: parsed.date,
      textStart: parsed.textStart + (parsed.textStart >= line.length && lead.length > line.length ? 1 : 0),
    };
  }
  return undefined;
}

interface Rest {
  date?: PartialDate | undefined;
  agency?: string | undefined;
  outlet?: string | undefined;
  printedEnd: number;
  textStart: number;
}

const SEPARATOR = /^\s*(?:[-–—:]+|\.-|\.\s*(?=\p{Lu}))\s*/u;

function readRest(line: string, from: number): Rest | undefined {
  let at = from;
  const rest = (): string => line.slice(at);
  // The region: `(Greater Accra)`, `[India]`, `, Kenya`.
  const paren = /^\s*[([](?<region>[^()[\]\n]{2,30})[)\]]/u.exec(rest());
  const comma = /^,\s*(?<region>\p{Lu}[\p{L}.'’ -]{1,30}?)(?=\s*,|\s*\(|\s+\d|\s*$|\.-|\s+[-–—]+\s)/u.exec(rest());
  const region = paren ?? comma;
  if (region && isKnownRegion(region.groups?.['region'] ?? '') && !isKnownAgency(region.groups?.['region'] ?? '')) at += region[0].length;
  // The date: the longest stretch up to a boundary that is a date and nothing else.
  let date: PartialDate | undefined;
  // `Kinshasa, le 12 mars 2024 –`, `Asunción, el 5 de marzo`: the article before the day is the date's.
  const lead = /^[\s,]*(?:\.\s+(?=\d)|(?:le|el)\s+(?=\d))?/.exec(rest())?.[0].length ?? 0;
  const window = rest().slice(lead, lead + 32);
  for (let end = window.length; end >= 3; end--) {
    if (end < window.length && !/[\s(,.\-–—:]/.test(window[end] ?? '')) continue;
    // `Karachi, March 4: The …`: the separator after the date is the dateline's, not the date's.
    if (/[\s:,(\-–—]$/.test(window.slice(0, end))) continue;
    const found = isOnlyDate(window.slice(0, end));
    if (found && /\d/.test(window.slice(0, end))) {
      date = found.date;
      // `BAKU, Azerbaijan, March 12. The …`: a full stop closing the date before the text is the separator.
      const stop = window[end - 1] === '.' && /^\s+\p{Lu}/u.test(rest().slice(lead + end)) ? 1 : 0;
      at += lead + end - stop;
      break;
    }
  }
  // `Nouakchott, 05/01/2021 (AMI)`: a numeric date whose day and month could be swapped is passed over, not read.
  const numeric = date === undefined ? /^[\s,]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?=[\s(,\-–—:]|$)/.exec(rest()) : null;
  if (numeric) at += numeric[0].length;
  // The credit: `(ENA)`, or a known agency's bare name (`Sapa`) before a separator or the line's end.
  let agency: string | undefined;
  let outlet: string | undefined;
  let credited = false;
  const inParens = /^\s*\((?<credit>[^()\n]{1,40})\)/u.exec(rest());
  const credit = inParens ? parseCredit(inParens.groups?.['credit'] ?? '') : undefined;
  if (inParens && credit && (credit.agency !== undefined || credit.outlet !== undefined)) {
    agency = credit.agency;
    outlet = credit.outlet;
    date ??= credit.date;
    at += inParens[0].length;
    credited = true;
  } else {
    const bare = /^[\s,]*(?<agency>\p{L}[\p{L}-]{1,20})(?=\s*(?:[-–—:]|$))/u.exec(rest());
    if (bare && isKnownAgency(bare.groups?.['agency'] ?? '')) {
      agency = bare.groups?.['agency'];
      at += bare[0].length;
      credited = true;
    }
  }
  // `Dar es Salaam - The …`, `Ho Chi Minh City: …`, `Karachi- …`, `Karachi | …`: a known city closed by a colon, a dash or a
  // bar, before a capital.
  const closed = /^(?:\s*:\s+|\s*[-–—]+\s+|\s+\|\s+)(?=\p{Lu})/u.exec(rest());
  // `Port Vila, Vanuatu – The …`: with a country after the comma too (a region the gazetteer knows was taken above).
  const countryRegion = region !== null && isKnownCountry(region.groups?.['region'] ?? '');
  if (date === undefined && !credited && closed && (region === null || countryRegion)) return { printedEnd: at, textStart: at + closed[0].length };
  // `Havana, Cuba.-Cuba has …`, `Hanoi, Vietnam.- Cuba's …`: Spanish-language agencies close the place with `.-`, the text at once.
  const stopDash = /^\.-\s*(?=\p{Lu})/u.exec(rest());
  if (date === undefined && !credited && stopDash) return { printedEnd: at, textStart: at + stopDash[0].length };
  if (date === undefined && !credited) return undefined;
  const printedEnd = at;
  const separator = SEPARATOR.exec(rest());
  if (separator) return { date, agency, outlet, printedEnd, textStart: at + separator[0].length };
  if (/^\s*$/.test(rest())) return { date, agency, outlet, printedEnd, textStart: line.length };
  // `(ENA)The Ethiopian …`, `(ENA) IGAD …`: after a credit in parentheses the text may follow at once.
  if (inParens && credited) return { date, agency, outlet, printedEnd, textStart: at + (/^\s*/.exec(rest())?.[0].length ?? 0) };
  // `MOGADISHU Oct 5 Somali Islamist …`: a wire terminal's dateline, the city in capitals and the day, then the text at once.
  const city = line.slice(0, from);
  if (date !== undefined && !credited && city === city.toUpperCase() && /^\s+\p{Lu}[\p{Ll}'’]/u.test(rest())) {
    return { date, printedEnd, textStart: at + (/^\s+/.exec(rest())?.[0].length ?? 0) };
  }
  return undefined;
}
