/**
 * A page's time line: `Staff Name 5 minutes ago Tue 1st December 2020 |
 * 09:15 AM`, `Published: 28 Nov 2020, 09:15 PKT`, `Mise à jour le 4 mars
 * 2019`, `UNB 03 July, 2023, 06:15 pm` — its date, and the writer or the
 * known agency printed before the stamp.
 */
import { bylineName } from './byline.ts';
import { isKnownAgency } from './credit.ts';
import { parseDateline } from './dateline.ts';
import { findDate } from './dates.ts';
import type { PartialDate } from './types.ts';

const AGO = /\b\d+\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago\b/i;

/** A stamp's label, in the languages wire copy comes in: `Published`, `Mise à jour le`, `Veröffentlicht am`, `Publicado el`. */
const STAMP_LABEL = /^(?:Published|Updated|Posted|Last updated|Last modified|This story is from|Publicado|Actualizado|Atualizado|Veröffentlicht|Aktualisiert|Publié|Mis à jour|Mise à jour|Pubblicato|Aggiornato|Opublikowano|Gepubliceerd|Bijgewerkt)\b/iu;

/** `By Jane Roe - Sep 1, 2014`: the word `By` and the dash before the stamp are no words of the name. */
function unlabelled(outside: string): string {
  // `Agency News Dispatch - Wednesday, …` is a headline's dated end: only a line labelled `By` is a writer's.
  return /^By\s+\S.*\s[-–—|]$/u.test(outside) ? outside.replace(/^By\s+/u, '').replace(/\s+[-–—|]$/u, '') : outside;
}

export interface TimeLine {
  date: PartialDate | undefined;
  name?: string | undefined;
  /** A known agency printed before the stamp. */
  agencyName?: string | undefined;
}

/**
 * `Staff Name 5 minutes ago Tue 1st December 2020 | 09:15 AM`,
 * `Published: 28 Nov 2020, 09:15 PKT`, `Sat 28th November 2020 | 11:40 PM`:
 * short, no sentence, and either says "ago" or is mostly a dated stamp.
 */
export function readTimeLine(paragraph: string): TimeLine | undefined {
  if (paragraph.length > 120 || /[.!?]["”]?$/.test(paragraph) && !AGO.test(paragraph)) return undefined;
  const found = findDate(paragraph);
  const ago = AGO.exec(paragraph);
  const outside = found ? (paragraph.slice(0, found.index) + ' ' + paragraph.slice(found.index + found.length)).trim() : paragraph;
  const stamp =
    found?.date.year !== undefined &&
    (/\|\s*\d|\d{1,2}:\d{2}/.test(paragraph) || STAMP_LABEL.test(paragraph) || unlabelled(outside).split(/\s+/).length <= 3);
  if (!ago && !stamp) return undefined;
  if (parseDateline(paragraph)) return undefined;
  // `Jane Roe on 04/07/2022 08:44:00`: the word before the stamp is no part of the name.
  const before = paragraph.slice(0, ago ? ago.index : (found?.index ?? 0)).trim().replace(/\s+on$/u, '');
  const agencyName = before.replace(/[|,:–—-]+$/u, '').trim();
  return { date: found?.date.year !== undefined ? found.date : undefined, name: bylineName(before), agencyName: isKnownAgency(agencyName) ? agencyName : undefined };
}
