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
 */
import { parseCredit } from './credit.ts';
import { isOnlyDate } from './dates.ts';
import { normalisePlace } from './place-name.ts';
import { particlePattern, PLACE_NAME_PARTICLES } from '../text/nameParticles.ts';
import type { ParsedDateline, PartialDate } from './types.ts';

const PARTICLE = particlePattern(PLACE_NAME_PARTICLES);
const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*";
const PLACE = `${PLACE_WORD}(?: (?:${PLACE_WORD}|${PARTICLE})){0,4}`;

/** Place, optional `, state` and/or `, date`, then a credit in parentheses or slashes. */
const CREDITED = new RegExp(
  `^(?<place>${PLACE})(?<mid>,[^()\\n/]{0,40}?)?\\s*(?:\\((?<paren>[^()\\n]{1,100})\\)|/(?<slash>[\\p{L} -]{2,30})/)(?<tail>[\\s.:\\-–—]*)`,
  'u',
);

const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]+";
/** A place in capitals with no credit: `KARACHI:` or `KARACHI, Nov 28 -`. */
const PLACE_ONLY = new RegExp(
  `^(?<place>${CAPS_WORD}(?: (?:${CAPS_WORD}|${PARTICLE.toUpperCase()})){0,3})(?<mid>,[^:\\n]{1,30}?)?(?<sep>\\s*(?::|—|–|--)\\s*|\\s+-\\s+)`,
  'u',
);

export function parseDateline(lead: string): ParsedDateline | undefined {
  return parseCredited(lead) ?? parsePlaceOnly(lead);
}

function parseCredited(lead: string): ParsedDateline | undefined {
  const match = CREDITED.exec(lead);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  const placeText = groups['place'] ?? '';
  const allCaps = placeText === placeText.toUpperCase();
  const tail = groups['tail'] ?? '';
  // A mixed-case opening like `Imran Khan (PTI) said` is a sentence, not a dateline.
  if (!allCaps && !/[-–—:]/.test(tail)) return undefined;
  const mid = parseMid(groups['mid'] ?? '');
  if (!mid) return undefined;
  const credit = parseCredit(groups['paren'] ?? groups['slash'] ?? '');
  if (!credit) return undefined;
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
  if (placeText.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
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

interface Mid {
  /** `, Calif.` when an AP-style state follows the city. */
  state: string;
  date?: PartialDate | undefined;
}

/** What sits between place and credit: nothing, a date, a state, or both. */
function parseMid(raw: string): Mid | undefined {
  const text = raw.replace(/^,/, '').trim().replace(/[.,]$/, '').trim();
  if (text === '') return { state: '' };
  const onlyDate = isOnlyDate(text);
  if (onlyDate) return { state: '', date: onlyDate.date };
  const state = /^(?<state>\p{Lu}[\p{L}.]{0,14}(?: \p{Lu}[\p{L}.]{0,14})?)(?:,\s*(?<date>.+))?$/u.exec(
    raw.replace(/^,/, '').trim().replace(/,$/, ''),
  );
  if (!state?.groups) return undefined;
  const datePart = state.groups['date'];
  const date = datePart === undefined ? undefined : isOnlyDate(datePart);
  if (datePart !== undefined && !date) return undefined;
  return { state: `, ${state.groups['state'] ?? ''}`, date: date?.date };
}
