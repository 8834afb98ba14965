/**
 * Trailers a page prints after the text: `Source: Xinhua`, `– BERNAMA`,
 * `[Source: Reuters, Paris, 06Oct14]` among the last lines; `Source: MENA`
 * above a page's list of other stories and a known agency's copyright line
 * (`(c) Copyright 2001 PTI.`) further up; `… to it. —KUNA` on the last
 * paragraph's own line. Taken out of the text, their facts returned.
 */
import { isKnownAgency } from './credit.ts';
import { copyrightAgency, readTrailer } from './headerLines.ts';
import type { LineFacts } from './headerLines.ts';

const SOURCE_LINE = /^\[?\s*(?:Source|Courtesy|Credit)\s*:/i;

/** Reads and removes the trailers of `rest` (the copy's paragraphs after its header); `agencyKnown` when the header credits one. */
export function takeTrailers(rest: string[], agencyKnown: boolean): LineFacts {
  const facts: LineFacts = {};
  // Trailers (`Source: Xinhua`, `– BERNAMA`) sit among the last lines, before any page furniture.
  let trailerFound = false;
  for (let i = rest.length - 1; i >= Math.max(1, rest.length - 3); i--) {
    const trailer = readTrailer(rest[i] ?? '');
    if (!trailer) continue;
    rest.splice(i, 1);
    Object.assign(facts, trailer);
    trailerFound = true;
    break;
  }
  // `Source: MENA` above a page's list of other stories, or the agency's copyright line (`(c) Copyright 2001 PTI.`):
  // further up, only a known agency's credit on a line of its own counts.
  for (let i = rest.length - 1; !trailerFound && !agencyKnown && facts.agency === undefined && i >= Math.max(1, rest.length - 16); i--) {
    const line = rest[i] ?? '';
    const source = SOURCE_LINE.test(line) ? readTrailer(line)?.agency : undefined;
    const agency = source !== undefined && isKnownAgency(source) ? source : copyrightAgency(line);
    if (agency === undefined) continue;
    if (source !== undefined) rest.splice(i, 1);
    facts.agency = agency;
  }
  // `… attributing any reports to it. —KUNA`: the agency's trailer on the last paragraph's own line.
  const last = rest.at(-1);
  const inline = last === undefined ? null : /\s([-–—]\s?\p{Lu}[\p{L}.]+)$/u.exec(last);
  const inlineAgency = inline ? readTrailer(inline[1] ?? '')?.agency : undefined;
  if (last !== undefined && inline && inlineAgency !== undefined && rest.length > 1) {
    rest[rest.length - 1] = last.slice(0, inline.index);
    facts.agency ??= inlineAgency;
  }
  return facts;
}
