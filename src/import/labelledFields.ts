/**
 * Archives that export an article as labelled fields on one line, with no
 * paragraph breaks: `SOURCE: The St. Petersburg Times DATE: Issue #654 (21),
 * Tuesday, March 20, 2001 ***** TITLE: … AUTHOR: By Jane Roe PUBLISHER:
 * The Associated Press TEXT: SHAKHTY, South Russia - It is day…`. The
 * fields name the outlet, the date, the headline, the byline and the
 * agency; what follows `TEXT:` is the copy.
 */
import { canonicalAgency } from './credit.ts';
import { findDate } from './dates.ts';
import type { PartialDate } from './types.ts';

export interface LabelledCopy {
  title: string;
  /** The text after `TEXT:`, as printed. */
  text: string;
  outlet?: string | undefined;
  date?: PartialDate | undefined;
  byline?: string | undefined;
  agency?: string | undefined;
}

const FIELDS = /^\s*SOURCE:\s*(?<source>.+?)\s+DATE:\s*(?<date>.+?)\s+(?:\*{3,}\s+)?TITLE:\s*(?<title>.+?)\s+(?:AUTHOR:\s*(?<author>.+?)\s+)?(?:PUBLISHER:\s*(?<publisher>.+?)\s+)?TEXT:\s*/s;

export function readLabelledFields(copy: string): LabelledCopy | undefined {
  const match = FIELDS.exec(copy);
  const fields = match?.groups;
  if (!match || !fields) return undefined;
  const date = findDate(fields['date'] ?? '')?.date;
  const publisher = fields['publisher']?.trim();
  return {
    title: (fields['title'] ?? '').trim(),
    text: copy.slice(match[0].length),
    outlet: fields['source']?.trim(),
    date: date?.year === undefined ? undefined : date,
    byline: fields['author']?.trim().replace(/^By\s+/i, ''),
    // `PUBLISHER: Staff Writer` names no agency.
    agency: publisher === undefined ? undefined : canonicalAgency(publisher),
  };
}

/**
 * ` date 2016-09-11 Kuwait utterly denies …`: some archives (and the search
 * corpus the eval set comes from) put the publication date, labelled, before
 * the headline on the same line.
 */
export function readDatePrefix(copy: string): { date?: PartialDate | undefined; text: string } | undefined {
  // ` date 2025-03 Podgorica, (MINA) – …`: the archive knew only the month; the label goes, the date is left to the copy.
  const match = /^\s*date (?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?\s+(?=\S)/.exec(copy);
  const groups = match?.groups;
  if (!match || !groups) return undefined;
  if (groups['day'] === undefined) return Number(groups['month']) >= 1 && Number(groups['month']) <= 12 ? { text: copy.slice(match[0].length) } : undefined;
  const date = { year: Number(groups['year']), month: Number(groups['month']), day: Number(groups['day']) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) return undefined;
  return { date, text: copy.slice(match[0].length) };
}
