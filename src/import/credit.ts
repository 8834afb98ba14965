/**
 * Reads the credit of a dateline — `(UrduPoint News / Sputnik - 28th
 * November, 2020)`, `(Reuters)`, `(APP - UrduPoint / Pakistan Point News -
 * 28th Nov, 2020)`, `/TASS/` — into outlet, agency and date.
 *
 * Rule: a known wire agency is the agency; the first other name is the
 * outlet that published the copy. With no known agency, `A / B` reads as
 * outlet A carrying B (the seed's `UrduPoint News / Sputnik` order). A lone
 * agency (`(Reuters)`) is the outlet itself.
 */
import { findDate } from './dates.ts';
import type { PartialDate } from './types.ts';

/** Wire and national news agencies, as datelines print them. */
const AGENCIES = new Set(
  [
    'AFP', 'Agence France-Presse', 'AP', 'Associated Press', 'Reuters', 'Sputnik', 'RIA Novosti', 'TASS',
    'Interfax', 'Xinhua', 'Xinhua News Agency', 'APP', 'Associated Press of Pakistan', 'PPI', 'NNI', 'INP',
    'ONA', 'WAM', 'SPA', 'KUNA', 'QNA', 'BNA', 'ONA', 'MENA', 'Petra', 'IRNA', 'ISNA', 'Mehr', 'Fars',
    'Tasnim', 'Anadolu', 'Anadolu Agency', 'AA', 'PTI', 'IANS', 'ANI', 'UNI', 'Bernama', 'Antara', 'PNA',
    'Yonhap', 'Kyodo', 'Kyodo News', 'Jiji', 'CNA', 'dpa', 'EFE', 'ANSA', 'Lusa', 'UPI', 'Trend', 'APA',
    'Azertac', 'Armenpress', 'Ukrinform', 'BelTA', 'Kazinform', 'BSS', 'UNB', 'RSS', 'SANA', 'NNA',
    'Prensa Latina', 'Notimex', 'PAP', 'CTK', 'MTI', 'BTA', 'Agerpres', 'Hina', 'Tanjug', 'ATS',
    'Bloomberg', 'Saba', 'SUNA', 'KCNA', 'VNA', 'Kabar', 'AKIpress', 'Pajhwok',
  ].map((name) => name.toLowerCase()),
);

export function isKnownAgency(name: string): boolean {
  return AGENCIES.has(name.trim().toLowerCase());
}

export interface Credit {
  outlet: string;
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
    .filter((part) => part !== '');
  if (parts.length === 0 || parts.length > 4) return undefined;
  if (!parts.every(looksLikeName)) return undefined;
  const agencies = parts.filter(isKnownAgency);
  const others = parts.filter((part) => !isKnownAgency(part));
  const [firstOther, secondOther] = others;
  if (firstOther !== undefined) {
    const agency = agencies[0] ?? secondOther;
    return { outlet: firstOther, agency, date };
  }
  const [firstAgency, secondAgency] = agencies;
  if (firstAgency === undefined) return undefined;
  return { outlet: firstAgency, agency: secondAgency, date };
}

/** A credit names organisations: capitalised words, few of them. */
function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length > 5) return false;
  const first = words[0] ?? '';
  if (!/^[\p{Lu}\d]/u.test(first) && !isKnownAgency(part)) return false;
  return words.every((word) => /^[\p{Lu}\d&]/u.test(word) || /^(?:of|the|and|for|de|du|des|la|le|el|news)$/i.test(word));
}
