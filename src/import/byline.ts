/**
 * Reads bylines: `JANE DOE, Associated Press`, `A, B and C`, `By Reuters
 * Staff`, and the name before a time line's stamp.
 */
import { canonicalAgency, isKnownAgency } from './credit.ts';
import { findDate, isOnlyDate } from './dates.ts';
import { knownOutlet } from './outlets.ts';
import { isKnownCity } from './gazetteer.ts';
import { isNameWord } from './nameWords.ts';
import { hasTag, inLexicon } from './tags.ts';
import type { PartialDate } from './types.ts';

/**
 * A byline's label in the forms pages print it: `By`, `By:`, `Reporting by`, `Reported By`, `Written by`, `Story by`,
 * `Author:`, `Reporter:`, `Writer:`, `Correspondent:`; the page's list marks before it (`^By` in a caret-marked wire
 * export, `• By`) are no part of it.
 */
const BYLINE_LABEL = /^[\^•·*>\s]*(?:(?:(?:Reporting|Reported|Written|Words|Story|Text|Report|Posted|Compiled|Filed|Edited)\s+)?By:?|(?:Author|Reporter|Writer|Correspondent|Written by|Reported by)\s*:)\s+(?<name>(?:[^.!?]|(?<=\b\p{Lu})\.){2,80}?)\s*$/iu;

/**
 * `Por Ingrid Roe`, `Par Jean Roe`, `Von Hans Roe`, `Door Jan de Vries`: `By` in the other languages, whose words also
 * open sentences, so only before a name of two to four capitalised words (particles between them) alone on its line.
 */
const FOREIGN_LABEL = /^(?:Por|Par|Von|Door|Av|Af)\s+(?<name>\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:(?:de|da|del|dos|van|von|der|di|la|le)\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+){1,3})$/u;

/** The name after a byline's label (`By Jane Doe`, `Reporter: Jane Doe`), or undefined when the line has no such label. */
export function labelledByline(line: string): string | undefined {
  const labelled = BYLINE_LABEL.exec(line.trim())?.groups?.['name'] ?? FOREIGN_LABEL.exec(line.trim())?.groups?.['name'];
  if (labelled !== undefined) return labelled;
  // `Jane ROE ✍️`: the surname in capitals, French style, in title case as the editor writes it.
  const signed = SIGNED.exec(line.trim())?.groups?.['name'];
  return signed?.replace(/\p{Lu}{2,}/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}

/** `Jane ROE ✍️`: a name signed with the writing hand, as blogs and news sites sign under the text. */
const SIGNED = /^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*✍[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*$/u;

/** The line is a name signed with the writing hand (`Jane ROE ✍️`). */
export function isSigned(line: string): boolean {
  return SIGNED.test(line.trim());
}

/** A name before the relative time: 1–4 capitalised words, not a label. */
export function bylineName(text: string): string | undefined {
  // `Nick Robinson | 11:30 UK time, Thursday, …`: the name stands before the first bar.
  // `By Jane Roe March 4, 2019`, `Jane Roe, Updated: March 4, 2019`: the label and the word `By` are no part of the name.
  const cleaned = (text.includes('|') ? (text.split('|')[0] ?? '') : text)
    .replace(/[|,:–—-]+$/u, '').trim().replace(/^(?:By|Author|Writer|Reporter|Correspondent):?\s+/i, '').replace(/[,|]?\s*(?:Updated|Published|Posted|Last updated)\s*:?$/i, '').replace(/[|,:–—-]+$/u, '').trim();
  if (cleaned === '' || cleaned.includes(':') || /^(?:Published|Updated|Posted|Last updated|Last modified|Modified|Created|Edited|Source|Date|Time|Sent)\b/i.test(cleaned)) return undefined;
  const words = cleaned.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  // `Author: Staff Writer | Published: …`: a field labelled for the author and filled with the desk names nobody
  // (an unlabelled `Staff Reporter 12 hours ago` stays as printed, as the fixtures keep it).
  if (STAFF.test(cleaned) && /^\s*(?:Author|Writer|Reporter|Correspondent)\s*:/i.test(text)) return undefined;
  return cleanBylineName(cleaned);
}

/**
 * `JANE DOE, Associated Press` → `Jane Doe` of AP; `A, B and C` keeps the
 * three names; `VERENA DOBNIK and DAVID CARUSO, Associated Press Writers`
 * → `Verena Dobnik and David Caruso` of AP. `By Reuters Staff` names nobody.
 */
export function readByline(raw: string): { byline: string | undefined; agency?: string | undefined; date?: PartialDate | undefined; place?: string | undefined } {
  // `Author: Jane Roe | Published: 6 hours ago`: the bar that set the stamp off is no part of the name.
  if (/\s[|–—-]+\s*$/u.test(raw)) return readByline(raw.replace(/\s[|–—-]+\s*$/u, ''));
  // `By Jane Roe Published March 4, 2019`: the stamp run on after the name is the date, no part of the name.
  const stamped = /\s+(?:Published|Updated|Posted|Last updated)\s*:?\s+(?<when>.+)$/iu.exec(raw);
  if (stamped) {
    const read = readByline(raw.slice(0, stamped.index));
    const when = findDate(stamped.groups?.['when'] ?? '');
    return { ...read, date: read.date ?? (when?.date.year !== undefined ? when.date : undefined) };
  }
  if (STAFF.test(raw.trim())) return { byline: undefined };
  // `By Jane Roe - Sep 1, 2014`, `Jane Roe | 4 March 2019`: the day after a dash or a bar.
  const dashed = /\s+[-–—|]\s+(?<when>[^-–—|]*\d[^-–—|]*)$/u.exec(raw);
  const dashedDate = dashed ? isOnlyDate(dashed.groups?.['when'] ?? '') : undefined;
  if (dashed && dashedDate?.date.year !== undefined) return { ...readByline(raw.slice(0, dashed.index)), date: dashedDate.date };
  // `By Jane Roe on March 4, 2019`: the day after the name.
  const on = /\s+on\s+(?<when>[^,]*\d[^]*)$/u.exec(raw);
  const onDate = on ? isOnlyDate(on.groups?.['when'] ?? '') : undefined;
  if (on && onDate?.date.year !== undefined) return { ...readByline(raw.slice(0, on.index)), date: onDate.date };
  // `By Jane Roe / AFP`: the agency or paper after a slash; `By Jane Roe and agencies`: wires in general, nobody.
  const slash = /^(?<name>[^/]{3,60}?)\s*\/\s*(?<credit>[^/]{2,40})$/u.exec(raw.trim())?.groups;
  const slashCredit = slash === undefined ? undefined : (canonicalAgency(slash['credit'] ?? '') ?? knownOutlet(slash['credit'] ?? ''));
  if (slash && slashCredit !== undefined) return { ...readByline(slash['name'] ?? ''), agency: slashCredit };
  // `By Jane Roe | Page 3 News Worldwide`: the site's name after a bar is no part of the byline (a known agency there is the credit).
  const bar = /^(?<name>[^|]{3,60}?)\s+\|\s+(?<site>\p{Lu}[^|]{1,50})$/u.exec(raw.trim())?.groups;
  if (bar && /\b(?:News|Times|Post|Daily|Herald|Tribune|Express|Online|Media|Press|Worldwide|Network|TV|Radio)\b/u.test(bar['site'] ?? '')) {
    return { ...readByline(bar['name'] ?? ''), agency: canonicalAgency(bar['site'] ?? '') };
  }
  const wires = /\s+(?:and|&)\s+(?:(?:news\s+)?agencies|wires|news\s+wires|agency\s+reports)$/iu.exec(raw);
  if (wires) return readByline(raw.slice(0, wires.index));
  // `Qin Jize (China Daily)`, `Jane Roe (AFP)`: the paper or agency in parentheses after the name.
  const paren = /^(?<name>[^()]{3,60}?)\s*\((?<credit>[^()]{2,40})\)$/u.exec(raw.trim())?.groups;
  const parenCredit = paren === undefined ? undefined : (canonicalAgency(paren['credit'] ?? '') ?? knownOutlet(paren['credit'] ?? ''));
  if (paren && parenCredit !== undefined) return { ...readByline(paren['name'] ?? ''), agency: parenCredit };
  // `By Source: Cyprus News Agency048`: a byline field filled with the story's source (and the page's counter) names nobody.
  const source = /^(?:Source|Courtesy)\s*:\s*(?<name>\p{Lu}[^\d\n]{1,50})/u.exec(raw.trim())?.groups?.['name'];
  if (source !== undefined) return { byline: undefined, agency: canonicalAgency(source.trim()) ?? (knownOutlet(source.trim()) ?? source.trim()) };
  // `By Jane Roe in London`: where the writer filed from is no part of the name; a place the gazetteer knows is the dateline's.
  const filed = /\s+in\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u.exec(raw);
  const filedFrom = filed?.groups?.['place'];
  if (filed && filedFrom !== undefined) {
    const read = readByline(raw.slice(0, filed.index));
    return isKnownCity(filedFrom) ? { ...read, place: filedFrom } : read;
  }
  const parts = raw.split(/\s*,\s*|\s+(?:for|of)\s+/i).map((p) => p.trim()).filter((p) => p !== '');
  let agency: string | undefined;
  let date: PartialDate | undefined;
  const names: string[] = [];
  for (const part of parts) {
    // `Kyle Atienza, Reporter`, `Jane Roe, Senior Correspondent`: the writer's role, no name and no paper.
    if (names.length > 0 && ROLE.test(part)) break;
    // `By Jane Roe, The Straits Times, 22 Mar 2019`: the paper the story came from, and its date, after the writer.
    const printed = names.length > 0 ? isOnlyDate(part) : undefined;
    if (printed?.date.year !== undefined) {
      date = printed.date;
      continue;
    }
    const paper = names.length > 0 && agency === undefined && !isKnownAgency(part) ? knownOutlet(part) : undefined;
    if (paper !== undefined) {
      agency = paper;
      continue;
    }
    if (agency !== undefined) break;
    const wire = /^(?:The\s+)?(Associated Press|AP|Reuters|AFP|Bloomberg|Xinhua|PTI|IANS)\b/i.exec(part)?.[1];
    if (wire !== undefined) {
      agency = /associated press/i.test(wire) ? 'AP' : wire.length <= 5 ? wire.toUpperCase() : wire;
      break;
    }
    // `Jane Roe, Anadolu Agency`, `Kim Min-ji, Yonhap`: any agency the list knows, after a name.
    const known = names.length > 0 ? canonicalAgency(part) : undefined;
    if (known !== undefined) {
      agency = known;
      break;
    }
    if (names.length > 0 && !/^\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){1,5}$/u.test(part)) break;
    names.push(part.replace(/\s+(?:Associated Press|AP|Reuters|AFP|Bloomberg)$/i, ''));
  }
  const name = names.join(', ').replace(/,\s([^,]+)$/, names.length > 1 && !/\sand\s/.test(names.at(-1) ?? '') ? ' and $1' : ', $1');
  const cased = name.replace(/\band\b/g, '') !== name.replace(/\band\b/g, '').toUpperCase()
    ? name
    : name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase()).replace(/\sAnd\s/g, ' and ');
  return { byline: cased === '' ? undefined : cased, agency, date };
}

/** `Staff`, `Staff Writer`, `Reuters Staff`: the desk, no person. */
const STAFF = /^(?:\p{Lu}[\p{L}.]*\s+)?Staff(?:\s+\p{L}+)?$/u;

/** A writer's role after the name in a byline. */
const ROLE = /^(?:(?:Senior|Chief|Staff|Special|Foreign|Political|Diplomatic|Business|Sports?|Health|Court|Legal|Economics|Defence|Defense|Security|Science|Education|Regional|Deputy|Associate|Managing|Assistant|Contributing|News|Our)\s+){0,2}(?:Reporter|Correspondent|Writer|Editor|Columnist|Contributor|Journalist|Bureau Chief|Analyst|Producer)s?$/i;

/** `JANE DOE, Associated Press` → `Jane Doe`. */
function cleanBylineName(raw: string): string {
  return readByline(raw).byline ?? raw.trim();
}

/**
 * A byline printed as the name alone on its line — `Ron Kampeas`, `JANE ROE`,
 * `Jane Roe, Senior Correspondent`, `Jane Roe Bulawayo Bureau` (`role` then
 * says the line carried a role or a desk) — or undefined when the line is
 * not a person's name (a place, an outlet, an agency, a title or a caption).
 */
export function readNameLine(line: string): { byline: string; role: boolean; agency?: string | undefined } | undefined {
  // `ROADBLOCK-ZIMBABWE-POLICEJane Roe …`: a photo's file name scraped onto the byline.
  let text = line.trim().replace(/^[A-Z0-9]+(?:-[A-Z0-9]+)+(?=\p{Lu}\p{Ll})/u, '');
  // `Jane Roe Saturday, 16 May 2015, 17:10 Last update: …`, `Jane Roe on 04/07/2022 08:44:00`: the stamp after the name.
  const stamp = STAMP_AFTER_NAME.exec(text);
  if (stamp && (findDate(text.slice(stamp.index))?.date.year !== undefined || /\d{1,2}\/\d{1,2}\/\d{4}/.test(text.slice(stamp.index)))) text = text.slice(0, stamp.index);
  // `Jane Roe, Senior Correspondent`, `Jane Roe – Special Correspondent`.
  const role = /(?:,|\s+[-–—])\s*(?<role>[^,–—]{3,40})$/u.exec(text);
  const desk = /\s+\p{Lu}\p{Ll}+\s+Bureau$/u.exec(text);
  if (role && ROLE.test(role.groups?.['role'] ?? '')) text = text.slice(0, role.index);
  else if (desk) text = text.slice(0, desk.index);
  // `JANE ROE and JOHN DOE, Associated Press`, `Jane Roe, John Doe and Ann Lee`: every part a name, but for a closing agency.
  const parts = text.split(/\s*,\s*|\s+and\s+|\s*&\s*/i).filter((p) => p !== '');
  const credit = readByline(text);
  const closing = parts.length > 1 && credit.agency !== undefined ? parts.slice(0, -1) : parts;
  if (closing.length === 0 || !closing.every(isPersonName)) return undefined;
  if (credit.byline === undefined || knownOutlet(text) !== undefined || isKnownAgency(text)) return undefined;
  return { byline: credit.byline, role: text !== line.trim(), agency: credit.agency };
}

/** Where a stamp starts after a name: a weekday, or `on` before a numeric date. */
const STAMP_AFTER_NAME = /\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+\d)|\s+on\s+(?=\d{1,2}\/\d{1,2}\/\d{4})/u;

/** Words of captions, photo credits and page furniture, never of a writer's name. */
const PAGE_WORDS = new Set([
  'photo', 'photos', 'photograph', 'image', 'images', 'picture', 'pictures', 'file', 'credit', 'courtesy', 'getty', 'pool', 'handout',
  'video', 'graphic', 'illustration', 'screenshot', 'screengrab', 'news', 'desk', 'wire', 'wires', 'agency', 'agencies', 'update',
  'updated', 'live', 'breaking', 'sponsored', 'share', 'print', 'email', 'comments', 'comment', 'read', 'more', 'related', 'topics',
  'follow', 'subscribe', 'login', 'menu', 'home', 'search', 'continue', 'reading', 'watch', 'listen', 'advertisement', 'block', 'ad',
]);

/** Two to four words that could each be part of a name, together neither a place nor an organisation. */
function isPersonName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && isNameWord(w) && !PAGE_WORDS.has(w.toLowerCase()))) return false;
  const cased = part === part.toUpperCase() ? part.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, b: string, l: string) => b + l.toUpperCase()) : part;
  if (hasTag(cased, '#Place') || hasTag(cased, '#Organization') || knownOutlet(part) !== undefined || isKnownAgency(part)) return false;
  // A name compromise knows (`Ron Kampeas`, `Jane Roe`), or words its dictionary lacks (`Shaza Qreima`): `Disable Block` is neither.
  return hasTag(cased, '#Person') || !words.some(inLexicon);
}
