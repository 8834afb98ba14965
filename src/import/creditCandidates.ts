/**
 * The agency a copy credits anywhere in its text, when no dateline, header
 * line or trailer rule has read one: every line is a candidate, and one is
 * chosen by general features rather than by house style.
 *
 * A candidate is a known agency's name (any of its spellings in
 * `agencies.json`, as a run of words) printed as a credit, not in a
 * sentence:
 *
 * - on a short line of its own, where everything else on the line is a
 *   label in any language (`Source:`, `Šaltinis:`, `Izvor:`, `Fuente:`), a
 *   date and a time (`March 3 2021, 14:20 Anadolu Agency`), or a few words in
 *   lower case describing it (`ELTA naujienų agentūra`);
 * - glued in parentheses or brackets after the last sentence of a paragraph
 *   (`… next month.(PAP)`).
 *
 * A photo's or a video's credit (`Photo: AFP`) names who took the picture,
 * not who wrote the story, and is no candidate. A line near the lead or
 * among the last lines of the copy scores above one in the middle of the
 * text; of equal scores the one nearest the lead wins.
 */
import { canonicalAgency } from './credit.ts';
import { findDate } from './dates.ts';
import { outletForHost } from './outlets.ts';

export interface AgencyCandidate {
  agency: string;
  /** The paragraph it was printed in. */
  index: number;
  score: number;
}

/** Labels of a picture's credit, in the languages the set has seen: the picture's source, not the story's. */
const PICTURE_LABEL = /^(?:photos?|fotos?|fotografija|nuotr|image|images|picture|pictures|caption|file|video|graphic|illustration|bild|foto\s*:.*)$/iu;
const TIME = /\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?/u;
/** The longest run of words looked up as an agency's name (`Islamic Republic News Agency`). */
const LONGEST_NAME = 6;

/**
 * Every credit candidate of the copy's paragraphs, `leadAt` being the lead's index (or -1 when unknown); with no lead,
 * `textAt` is the first paragraph of text (`Auteur: AFP` / a photo / the French headline / the text).
 */
export function agencyCandidates(paragraphs: readonly string[], leadAt: number, textAt = -1): AgencyCandidate[] {
  const candidates: AgencyCandidate[] = [];
  const last = paragraphs.length - 1;
  for (const [index, paragraph] of paragraphs.entries()) {
    const agency = creditLine(paragraph) ?? gluedCredit(paragraph) ?? reportCredit(paragraph) ?? sitedCredit(paragraph);
    if (agency === undefined) continue;
    const nearLead = leadAt >= 0 ? Math.abs(index - leadAt) <= 2 : index <= 2 || (textAt >= 0 && index <= textAt && textAt - index <= 3);
    const trailing = index >= last - 2;
    candidates.push({ agency, index, score: (nearLead ? 2 : 0) + (trailing ? 2 : 0) + 1 });
  }
  return candidates;
}

/** The best candidate's agency, or undefined when no line credits one. */
export function creditedAgency(paragraphs: readonly string[], leadAt: number, textAt = -1): string | undefined {
  const ranked = agencyCandidates(paragraphs, leadAt, textAt).sort((a, b) => b.score - a.score || Math.abs(a.index - leadAt) - Math.abs(b.index - leadAt));
  const best = ranked[0];
  // A credit in the middle of the text only (score 1) may be a quoted report's: too weak to stand alone.
  return best !== undefined && best.score > 1 ? best.agency : undefined;
}

/** A known agency's name in `words` (longest run first): its short name and where the run lies. */
function agencyRun(words: readonly string[]): { agency: string; start: number; end: number } | undefined {
  for (let size = Math.min(LONGEST_NAME, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const run = words.slice(start, start + size).join(' ');
      const agency = canonicalAgency(run);
      if (agency !== undefined) return { agency, start, end: start + size };
    }
  }
  return undefined;
}

/** A short line crediting a known agency, and nothing besides a label, a stamp, or a few lower-case words after it. */
export function creditLine(paragraph: string): string | undefined {
  const text = paragraph.trim();
  if (text.length > 100 || text.includes('\n')) return undefined;
  const label = /^(?<label>[\p{L}]+(?:\s[\p{L}]+)?)\s*:\s*/u.exec(text);
  if (label && PICTURE_LABEL.test(label.groups?.['label'] ?? '')) return undefined;
  let rest = label ? text.slice(label[0].length) : text;
  const date = findDate(rest);
  if (date !== undefined) rest = `${rest.slice(0, date.index)} ${rest.slice(date.index + date.length)}`;
  rest = rest.replace(new RegExp(TIME.source, 'gu'), ' ');
  const words = rest.replace(/[()[\]/|,;–—-]+/gu, ' ').replace(/\.(?=\s|$)/gu, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 9) return undefined;
  const found = agencyRun(words);
  if (!found) return undefined;
  const before = words.slice(0, found.start);
  const after = words.slice(found.end);
  // `Šaltinis: ELTA naujienų agentūra`: words after the name in lower case describe it; a capitalised word or a word before it is other text.
  if (before.length > 0 || after.length > 3 || after.some((w) => !/^\p{Ll}/u.test(w))) return undefined;
  // A bare agency name alone on a line is the header's and the trailers' to read; here it needs a label, a stamp or a description.
  if (label === null && date === undefined && after.length === 0 && !TIME.test(text)) return undefined;
  return found.agency;
}

/** `… before the winter.(PAP)`, `… the ministry said. [Xinhua]`: a known agency in parentheses or brackets closing a paragraph's last sentence. */
function gluedCredit(paragraph: string): string | undefined {
  const match = /[.!?"”’]\s*[([](?<name>\p{Lu}[\p{L}.\- ]{1,40}?)[)\]]\.?\s*$/u.exec(paragraph.trim());
  const name = match?.groups?.['name'];
  if (name === undefined || paragraph.trim().split(/\s+/).length < 6) return undefined;
  return canonicalAgency(name);
}

/**
 * `Text of report in English by Albanian news agency ATA`, `Excerpt from report by Serbian news agency Beta on 10 July`:
 * a monitoring service's line above the text, naming the source it translated; a known agency in it, else the name after
 * the source's kind (`agency ATA`, `newspaper Politika`).
 */
export function reportCredit(paragraph: string): string | undefined {
  const text = paragraph.trim();
  const match = /^(?:Text|Excerpts?|Summary|Translation)\s+(?:of|from)\s+(?:an?\s+)?(?:\p{Ll}+\s+){0,2}(?:report|article|commentary|interview|editorial|bulletin|broadcast|programme|program|statement)s?(?:\s+in\s+\p{L}+)?\s+by\s+(?<who>[^.;:\n]{2,80}?)(?:\s+(?:on|at)\s+(?:\d|\[|\p{Lu}\p{Ll}+day\b).*)?[.;:]?$/u.exec(text);
  const who = match?.groups?.['who'];
  if (who === undefined || text.length > 200) return undefined;
  const known = agencyRun(who.split(/\s+/));
  if (known) return known.agency;
  const kind = /\b(?:news agency|agency|newspaper|daily|weekly|television|TV|radio|website|news website|news portal|portal)\s+(?<name>\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,3})$/u.exec(who);
  return kind?.groups?.['name'];
}

/**
 * `Fuente: Abc Color – www.abc.com.py`, `Source: Daily Mirror | dailymirror.lk`: a source label, a name and its site;
 * the site's listed name, else the printed name when the site's host starts with its first word.
 */
function sitedCredit(paragraph: string): string | undefined {
  const match = /^(?<label>\p{L}+(?:\s\p{L}+)?)\s*:\s*(?<name>\p{Lu}[^–—|:\n]{1,40}?)\s*[-–—|]\s*(?:https?:\/\/)?(?<site>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/iu.exec(paragraph.trim());
  const groups = match?.groups;
  if (!groups || PICTURE_LABEL.test(groups['label'] ?? '')) return undefined;
  const site = (groups['site'] ?? '').toLowerCase().replace(/^www\./, '');
  const name = (groups['name'] ?? '').trim();
  const first = (name.split(/\s+/)[0] ?? '').toLowerCase();
  return outletForHost(site) ?? (first.length >= 3 && site.startsWith(first) ? name : undefined);
}
