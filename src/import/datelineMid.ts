/** What a dateline prints between its place and its credit or dash: nothing, a date, an AP-style state, or both. */
import { isOnlyDate } from './dates.ts';
import type { FoundDate } from './dates.ts';
import { isKnownCountry } from './gazetteer.ts';
import type { PartialDate } from './types.ts';

export interface Mid {
  /** `, Calif.` when an AP-style state follows the city. */
  state: string;
  date?: PartialDate | undefined;
}
/** What sits between place and credit: nothing, a date, a state, or both. */
export function parseMid(raw: string): Mid | undefined {
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
