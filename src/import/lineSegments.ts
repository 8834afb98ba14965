/**
 * The parts of a credit line around the text, header or trailer alike: a
 * known agency in its house spelling (`BERNAMA` → `Bernama`, `Agence
 * France-Presse` → `AFP`), a `Source:` label, a byline naming no person
 * (`By UPI Staff`), and a line of segments (`PTI | Mumbai | Updated: …`,
 * `Reuters, Paris, 06Oct14`, `By UPI Staff | Jan. 03, 2018`) read into facts.
 */
import { canonicalAgency, isKnownAgency } from './credit.ts';
import { isOnlyDate } from './dates.ts';
import { normalisePlace } from './placeName.ts';
import { readNameLine } from './byline.ts';
import { stampDate } from './stamps.ts';
import type { LineFacts } from './types.ts';

/** A byline naming no person. */
const STAFF = /^(?:By\s+)?(?:(?:\p{Lu}[\p{L}.]*\s+)?Staff(?:\s+Reporter|\s+Writer|\s+Correspondent)?|Staff Reporter|Our Correspondent|Web Desk|News Desk|Monitoring Desk)$/u;

const SOURCE = /^\[?\s*(?:Source|Courtesy|Credit)\s*:\s*(?<rest>[^\]]+?)\s*\]?\s*$/i;

const CASED = ['Reuters', 'Xinhua', 'Bernama', 'Sputnik', 'Anadolu', 'Kyodo', 'Yonhap', 'Antara', 'Interfax', 'Petra', 'Trend', 'Kabar'];

/** A known agency's name as its credits spell it, or undefined when `text` names none. */
export function agencyName(text: string): string | undefined {
  const name = text.trim().replace(/\.$/, '');
  if (!isKnownAgency(name) && canonicalAgency(name) === undefined) return undefined;
  // `BERNAMA`, `Afp`: the house spelling of the agency.
  if (/^\p{Lu}+$/u.test(name) && name.length > 4) return CASED.find((c) => c.toLowerCase() === name.toLowerCase()) ?? name;
  if (name.length <= 5 && name !== name.toUpperCase() && !CASED.some((c) => c === name)) return name.toUpperCase();
  // `Associated Press of Pakistan` → `APP`, `Agence France-Presse` → `AFP`, as datelines credit it.
  return name.split(/\s+/).length > 1 ? (canonicalAgency(name) ?? name) : name;
}

/** `By Staff`, `Staff Reporter`, `Web Desk`: a byline naming no person. */
export function isStaffByline(text: string): boolean {
  return STAFF.test(text);
}

/** What follows a `Source:`, `Courtesy:` or `Credit:` label filling the line (`[Source: Reuters, Paris]`), or undefined. */
export function sourceLabelled(text: string): string | undefined {
  return SOURCE.exec(text)?.groups?.['rest'];
}

/** `PTI | Mumbai | Updated: …`, `Reuters, Paris, 06Oct14`, `By UPI Staff | Jan. 03, 2018`. */
export function readSegments(segments: string[]): LineFacts | undefined {
  const facts: LineFacts = {};
  let known = 0;
  // `Sep 05, 2017 03:03 PM IST | Source: PTI`: a segment may label its agency.
  for (const raw of segments.map((s) => s.trim().replace(/^(?:Source|Courtesy|Credit)\s*:\s*(?=\S)/i, '')).filter((s) => s !== '')) {
    const agency = agencyName(raw);
    const date = stampDate(raw) ?? (/^\d{1,2}[A-Z][a-z]{2}\d{2}$/.test(raw) ? isOnlyDate(raw)?.date : undefined);
    if (agency !== undefined && facts.agency === undefined) facts.agency = agency;
    else if (date !== undefined && facts.date === undefined) facts.date = date;
    else if (/^Created\s*:/i.test(raw) || /^\d+\s+Min/i.test(raw) || /^(?:Editor|Edited by|Web editor|Producer)\s*:?\s+\S/i.test(raw)) {
      // `Editor: mingmei` on Xinhua's stamp line: the desk that handled the copy, no writer
      // a second stamp: the first one is the date
    } else if (isStaffByline(raw)) facts.byline ??= '';
    else if (facts.byline === undefined && readNameLine(raw) !== undefined) facts.byline = readNameLine(raw)?.byline;
    else if (/^By\s+\p{Lu}/u.test(raw)) facts.byline = raw.replace(/^By\s+/, '');
    else if (facts.agency !== undefined && facts.place === undefined && /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(raw)) {
      facts.place = normalisePlace(raw);
      facts.placePrinted = raw;
    } else return undefined;
    known++;
  }
  return known > 0 ? facts : undefined;
}
