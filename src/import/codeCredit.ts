/**
 * A press-release service's dateline: a known city, then its code in lower case in parentheses, the issuer's after a
 * slash (`Vaduz, (ots/pafl) "…`, `Vaduz (ots)` on a line of its own). A wire prints its credit in capitals (`(AP)`);
 * a lower-case code there is a distributor's (`ots`, `pr`), and it is the credit as printed.
 */
import { isKnownCity } from './gazetteer.ts';
import { normalisePlace } from './placeName.ts';
import type { ParsedDateline } from './types.ts';

const CODE_CREDIT = /^(?<place>\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}),?\s*\((?<code>\p{Ll}{2,6}(?:\/\p{Ll}{2,10})?)\)(?<sep>\s*[-–—:]\s*|\s+|$)/u;

export function parseCodeCredit(lead: string): ParsedDateline | undefined {
  const match = CODE_CREDIT.exec(lead);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const placePrinted = groups['place'] ?? '';
  const place = normalisePlace(placePrinted);
  if (!isKnownCity(place)) return undefined;
  // The text goes on with a sentence or a quote, or the line ends: `Vaduz (ots) die Regierung` is no dateline.
  const rest = lead.slice(match[0].length);
  if (rest !== '' && !/^["“„«‘'\p{Lu}\d]/u.test(rest)) return undefined;
  return { placePrinted, place, printed: lead.slice(0, match[0].length - (groups['sep'] ?? '').length), agency: groups['code'], textStart: match[0].length };
}
