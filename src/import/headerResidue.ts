/**
 * Lines a page prints between its headline and the lead that the header scan
 * stopped at — a section's name, the page's heading with its date (`News on
 * Cuba - June 19, 2013 PDF Print E-mail`), the agency on a line of its own
 * (`EFE`), the dateline's city on a line of its own (`Madrid —`) — read by
 * structure: whatever the house style, a short line that is not a sentence,
 * above the lead, tells the copy's facts.
 */
import { findDate } from './dates.ts';
import { isKnownCity } from './gazetteer.ts';
import { readHeaderLine } from './headerLines.ts';
import { normalisePlace } from './placeName.ts';
import { stampOnly } from './stamps.ts';
import { readTitleCredit } from './titleCredit.ts';
import type { PartialDate } from './types.ts';

export interface Residue {
  /** A known agency alone on a line (`EFE`, `UNB`). */
  agency?: string | undefined;
  /** The full date nearest above the lead. */
  date?: PartialDate | undefined;
  /** A city the gazetteer knows, alone on a line with a dash or colon (`Madrid —`). */
  place?: { place: string; printed: string } | undefined;
}

/** How far above the lead such lines are looked for. */
const REACH = 12;

/** A line, not a sentence: short, and not ending as a sentence of several words ends. */
function isShortLine(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length <= 120 && !(/[.!?]["”’]?$/.test(text) && text.split(/\s+/).length >= 6);
}

/**
 * The facts of the short lines above paragraph `leadAt` (nearest first); with
 * no lead found, of the first lines of the copy, where only an agency or a
 * city alone on its line counts (a date there may be any story's).
 */
export function readResidue(paragraphs: readonly string[], leadAt: number | undefined): Residue {
  const residue: Residue = {};
  const end = leadAt ?? Math.min(paragraphs.length - 1, REACH);
  // With no lead found, the first paragraph of text: a stamp in the run of short lines right above it is the story's.
  const textAt = leadAt === undefined ? paragraphs.slice(0, end + 1).findIndex((p) => !isShortLine(p) && p.trim().split(/\s+/).length >= 12) : -1;
  let inRun = textAt > 0;
  for (let i = end - 1; i >= Math.max(0, end - REACH); i--) {
    const line = paragraphs[i] ?? '';
    if (i < textAt && !isShortLine(line)) inRun = false;
    if (inRun && i < textAt && residue.date === undefined) residue.date = stampOnly(line);
    // `Charter signed by the candidates. (APS, 18/08/2019)` above the lead: the headline's credit.
    const titled = line.length <= 200 ? readTitleCredit(line) : undefined;
    if (titled) {
      residue.agency ??= titled.agency;
      if (leadAt !== undefined) residue.date ??= titled.date;
    }
    if (!isShortLine(line)) continue;
    const facts = readHeaderLine(line);
    if (facts?.agency !== undefined && facts.place === undefined && facts.date === undefined) residue.agency ??= facts.agency;
    const city = /^(?<place>\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{L}[\p{L}\p{M}.'’-]*){0,3})\s*(?:[-–—:]+)$/u.exec(line.trim())?.groups?.['place'];
    if (city !== undefined && isKnownCity(city)) residue.place ??= { place: normalisePlace(city), printed: line.trim() };
    if (leadAt === undefined) continue;
    const found = findDate(line);
    if (found?.date.year !== undefined) residue.date ??= found.date;
  }
  return residue;
}
