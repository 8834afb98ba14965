/**
 * A credit a page prints in the headline itself: `Charter signed by
 * candidates. (APS, 18/08/2019)`, `Government sets up food panel | News |
 * ANDEAN`, `Premier has little to say by The Associated Press`. Only a known agency (agencies.json) counts, or a
 * name no dictionary has in parentheses (`… (Insajderi)`) — a listed outlet
 * there is the page's own name, its publisher, not its source — and the
 * headline is given back without it.
 */
import { readByline } from './byline.ts';
import { canonicalAgency, isKnownAgency, parseCredit } from './credit.ts';
import { isKnownCity } from './gazetteer.ts';
import { hasTag, inLexicon } from './tags.ts';
import type { PartialDate } from './types.ts';

export interface TitleCredit {
  title: string;
  agency?: string | undefined;
  /** `… - HaitiNews.com : news 7/7`: the site a page title names after the headline. */
  outlet?: string | undefined;
  date?: PartialDate | undefined;
}

/** What a headline tags itself with in parentheses, about its form, not its source. */
const TITLE_TAGS = new Set(['video', 'videos', 'photo', 'photos', 'audio', 'podcast', 'gallery', 'interview', 'explainer', 'infographic', 'update', 'updated', 'live', 'watch', 'exclusive', 'analysis', 'opinion', 'editorial', 'satire', 'obituary', 'review', 'recap', 'transcript', 'factbox', 'timeline', 'poll', 'quiz', 'correction', 'exclusive', 'photos', 'pictures', 'part']);

/** `unknownName`: the copy's own headline, where a name no dictionary has may be the credit; a listing's lines are other stories'. */
export function readTitleCredit(title: string, unknownName = false): TitleCredit | undefined {
  const text = title.trim();
  // `… Conference. (APS, 18/08/2019)`: the credit in parentheses closing the headline.
  const paren = /^(?<title>.{10,}?)\s*\((?<credit>[^()]{2,50})\)\.?$/u.exec(text)?.groups;
  const credit = paren ? parseCredit(paren['credit'] ?? '') : undefined;
  if (paren && credit?.agency !== undefined && credit.outlet === undefined && isKnownAgency(credit.agency.split(' / ')[0] ?? '')) {
    return { title: paren['title'] ?? text, agency: credit.agency, date: credit.date };
  }
  // `President talks to reporters (Insajderi)` on a media review's page: one name no dictionary has, neither a person's
  // nor a place's, closing the headline in parentheses is the paper it was taken from; `(Video)`, `(Kyiv)` are not.
  const named = paren?.['credit']?.trim() ?? '';
  if (paren && unknownName && /^\p{Lu}\p{Ll}{3,}$/u.test(named) && !TITLE_TAGS.has(named.toLowerCase()) && !inLexicon(named) && !hasTag(named, '#Person') && !hasTag(named, '#Place') && !isKnownCity(named)) {
    return { title: paren['title'] ?? text, agency: named };
  }
  // `Mayor calls for calm (Video) - RegionNews.com : news 7/7`, `… | Island-Times.net`: a browser's page title, the site's
  // domain after the headline (its tagline perhaps after a colon), on the copy's own headline only.
  const site = unknownName ? /^(?<title>.{10,}?)\s+[-|–—]\s+(?<site>[\p{L}\d][\p{L}\d-]{1,40}\.(?:com|net|org|info|[a-z]{2}))(?:\s*:\s*[^|–—]{1,40})?$/iu.exec(text)?.groups : undefined;
  if (site) return { title: site['title'] ?? text, outlet: site['site'] };
  // `Thai premier has little to say by The Associated Press`: the page's credit line joined to the headline.
  const by = /^(?<title>.{10,}?)\s+by\s+(?<name>(?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})$/iu.exec(text)?.groups;
  const byAgency = by === undefined ? undefined : canonicalAgency(by['name'] ?? '');
  if (by !== undefined && byAgency !== undefined) return { title: by['title'] ?? text, agency: byAgency };
  // `… | News | ANDEAN`, `… - Xinhua`: the site's name after a bar or a spaced dash, the section perhaps before it.
  const bar = /^(?<title>.{10,}?)(?:\s+[|]\s+[^|]{1,30})?\s+(?:[|]|[-–—])\s+(?<name>[^|–—]{2,40})$/u.exec(text)?.groups;
  const name = bar?.['name']?.trim() ?? '';
  const agency = isKnownAgency(name) ? (canonicalAgency(name) ?? name) : undefined;
  if (bar && agency !== undefined) return { title: bar['title'] ?? text, agency };
  // `AFP: Suu Kyi talks no publicity stunt, says junta` in a mailing list's digest: the agency, then its story's headline.
  const prefix = /^\*?\s*(?<name>\p{Lu}[\p{L}-]{1,20}(?: \p{Lu}[\p{L}-]{1,20}){0,2}):\s+(?<title>\S.{9,})$/u.exec(text)?.groups;
  const prefixAgency = prefix === undefined ? undefined : canonicalAgency(prefix['name'] ?? '');
  if (prefix !== undefined && prefixAgency !== undefined) return { title: prefix['title'] ?? text, agency: prefixAgency };
  return undefined;
}

/** `Tiger wins … By DOUG FERGUSON, AP Golf Writer` scraped as one line: the headline, then the byline and its agency. */
export function splitTitleByline(title: string): { title: string; byline?: string | undefined; agency?: string | undefined } {
  const match = /^(?<title>.{10,}?)\s+By\s+(?<by>\p{Lu}[\p{Lu}\p{M}.'’ -]+(?:\s+and\s+\p{Lu}[\p{Lu}\p{M}.'’ -]+)?,\s*(?:The\s+)?(?:Associated Press|AP|Reuters|AFP)\b[\p{L} ]*)$/u.exec(title);
  if (!match?.groups) return { title };
  const credit = readByline(match.groups['by'] ?? '');
  return { title: match.groups['title'] ?? title, byline: credit.byline, agency: credit.agency };
}
