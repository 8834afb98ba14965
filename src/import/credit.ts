/**
 * Reads the credit of a dateline — `(UrduPoint News / Sputnik - 28th
 * November, 2020)`, `(Reuters)`, `(APP - UrduPoint / Pakistan Point News -
 * 28th Nov, 2020)`, `/TASS/` — into outlet, agency and date.
 *
 * Rule: a known wire agency is the agency; the first other name is the
 * outlet that published the copy. With no known agency, `A / B` reads as
 * outlet A carrying B (the seed's `UrduPoint News / Sputnik` order). A lone
 * agency (`(Reuters)`) says where the story came from, not who published
 * this copy (a republisher prints the same credit): the outlet is left to
 * `--outlet`, `--url` or the editor.
 */
import { readFileSync } from 'node:fs';
import { findDate } from './dates.ts';
import type { PartialDate } from './types.ts';

/** One agency of `agencies.json`: the name datelines credit, its other spellings, its own web sites. */
export interface Agency {
  short: string;
  names: readonly string[];
  hosts: readonly string[];
  country: string;
}

/** The world's wire services and national news agencies (src/import/agencies.json, which the editor extends). */
export const AGENCY_LIST: readonly Agency[] = (
  JSON.parse(readFileSync(new URL('./agencies.json', import.meta.url), 'utf8')) as { agencies: Agency[] }
).agencies;

/** Every spelling of every agency, folded, to the short name its datelines credit (the first entry wins a shared spelling). */
const SHORT_NAMES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const agency of AGENCY_LIST) {
    for (const name of [agency.short, ...agency.names]) if (!map.has(nameKey(name))) map.set(nameKey(name), agency.short);
  }
  return map;
})();

/** An agency's name as a key: lower case, a typographic apostrophe as the plain one (`Agence d’information du Burkina`). */
function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/[’‘ʼ]/gu, "'");
}

export function isKnownAgency(name: string): boolean {
  return SHORT_NAMES.has(nameKey(name));
}

/** The short name of a known agency (`The Associated Press` → `AP`, `Kazinform News Agency` → `Kazinform`), or undefined. */
export function canonicalAgency(name: string): string | undefined {
  const short = SHORT_NAMES.get(nameKey(name));
  if (short === undefined) return undefined;
  // An agency's own short name keeps the case it was printed in (`Sapa`, `AFP`).
  return short.toLowerCase() === name.trim().toLowerCase() ? name.trim() : short;
}

/** A newspaper that credits its own staff stories by initials: `JAKARTA (JP):`. */
const OUTLET_INITIALS: Readonly<Record<string, string>> = {
  JP: 'The Jakarta Post',
};

/** `(Agencies)`, `(News Wires)`, `(Wires)`: wire services in general, none named. */
const GENERIC_CREDIT = /^(?:News\s?wires?|Wires?|(?:News\s)?Agencies|Wire services|Agencies and staff)$/i;

export interface Credit {
  /** Who published the copy, when the credit says so (`UrduPoint News / Sputnik`). */
  outlet?: string | undefined;
  agency?: string | undefined;
  date?: PartialDate | undefined;
}

/** Undefined when the text does not read as a credit (e.g. `(the capital)`). */
export function parseCredit(inner: string): Credit | undefined {
  let names = inner;
  let date: PartialDate | undefined;
  const found = findDate(inner);
  if (found) {
    date = found.date;
    names = inner.slice(0, found.index) + ' ' + inner.slice(found.index + found.length);
  }
  const parts = names
    .split(/\s*\/\s*|\s+[-–—]+\s+|\s*[-–—]+\s*$|^\s*[-–—]+\s*|\s*,\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap(joinedCredit);
  if (parts.length === 0 || parts.length > 4) return undefined;
  // `BERLIN, August 17, 2018 (News Wires) -`: a credit to wires in general names neither outlet nor agency.
  if (parts.every((part) => GENERIC_CREDIT.test(part))) return { outlet: undefined, agency: undefined, date };
  if (!parts.every(looksLikeName)) return undefined;
  // `(SERVIMEDIA)`, `(EUROPA PRESS)`: a name shouted in capitals is written as the agency writes it.
  const agencies = parts.filter(isKnownAgency).map((a) => (a.length > 5 && a === a.toUpperCase() ? (SHORT_NAMES.get(a.toLowerCase()) ?? a) : a));
  const others = parts.filter((part) => !isKnownAgency(part));
  const [firstOther, secondOther] = others;
  if (firstOther !== undefined) {
    const agency = agencies[0] ?? secondOther;
    return { outlet: OUTLET_INITIALS[firstOther] ?? firstOther, agency, date };
  }
  const [firstAgency] = agencies;
  if (firstAgency === undefined) return undefined;
  return { outlet: undefined, agency: agencies.join(' / '), date };
}

/**
 * `NNN-WAFA`, `NNN-AGENCIES`: a network's initials joined to the source it relays. The known agency is the credit, and
 * wires in general name no one; a joined name with neither (`AL-AHRAM`) stays whole.
 */
function joinedCredit(part: string): string[] {
  if (!/^[\p{Lu}\d]{2,}(?:-[\p{Lu}\d]{2,})+$/u.test(part) || isKnownAgency(part)) return [part];
  const pieces = part.split('-');
  const known = pieces.filter(isKnownAgency);
  if (known.length > 0) return known;
  return pieces.some((piece) => GENERIC_CREDIT.test(piece)) ? pieces.filter((piece) => GENERIC_CREDIT.test(piece)) : [part];
}

/** A credit names organisations: capitalised words, few of them. */
function looksLikeName(part: string): boolean {
  // `dpa`, `dapd`: agencies that spell themselves in lower case.
  if (isKnownAgency(part)) return true;
  const words = part.split(/\s+/);
  if (words.length > 5) return false;
  const first = words[0] ?? '';
  if (!/^[\p{Lu}\d]/u.test(first) && !isKnownAgency(part)) return false;
  return words.every((word) => /^[\p{Lu}\d&]/u.test(word) || /^(?:of|the|and|for|de|du|des|la|le|el|news)$/i.test(word));
}
