/**
 * Lines a web page prints around an article that are no part of its text
 * but tell its facts: the outlet's name on a line of its own, the agency on
 * a line of its own (`Source: PTI`, `IRNA - Islamic Republic News Agency`,
 * `PTI | Mumbai | Updated: 13-08-2021 15:36 IST`), a stamp with a byline
 * (`By UPI Staff | Jan. 03, 2018`), furniture (`ADVERTISEMENT`, `READ
 * MORE`, `1 Min Read`), and trailers after the text (`Source: Xinhua`,
 * `– BERNAMA`, `[Source: Reuters, Paris, 06Oct14]`).
 */
import { canonicalAgency, isKnownAgency } from './credit.ts';
import { findDate, isOnlyDate } from './dates.ts';
import { normalisePlace } from './placeName.ts';
import { hasTag } from './tags.ts';
import { knownOutlet } from './outlets.ts';
import { readByline, readNameLine } from './byline.ts';
import type { PartialDate } from './types.ts';

export interface LineFacts {
  outlet?: string | undefined;
  agency?: string | undefined;
  place?: string | undefined;
  placePrinted?: string | undefined;
  date?: PartialDate | undefined;
  /** `By …` or a name line; `Staff` bylines name nobody and give an empty string. */
  byline?: string | undefined;
  /** The line names a source the page carries (`Channel: …`, `Kuensel Feed`, `Logo …`), never the page's own masthead. */
  carried?: true | undefined;
}

/** Page furniture between headline and text: also an empty label (`Shortlink :`), a number, an address, an editors' advisory (`(ATTN: UPDATES with …)`). */
const FURNITURE = /^(?:You are here\s*:.*|\+|\d+\s+(?:SHARES?|Shares?)(?:\s+(?:Share|Tweet|Email|WhatsApp))*|(?:Share|Tweet|Email|WhatsApp)(?:\s+(?:Share|Tweet|Email|WhatsApp))+|(?:ADVERTISEMENT|Advertisement)(?: Banner| BANNER)?|Today['’]s Paper|E-?Paper|Print Edition|READ MORE|Read more|\d+ Min(?:ute)? Read|This was published \d+ years? ago|Share this (?:post|article)|[|•·\-–—]+|Left Menu|[-–•]\s*\p{Lu}\p{Ll}+|Go to Contents Go to Navigation|\p{L}+\s*:|\d+|https?:\/\/\S+|\((?:ATTN?|EDS?|RECASTS|UPDATES|CORRECTS|ADDS|LEAD|\d+(?:st|nd|rd|th) LD)\b[^()]*\))$/u;
/** A section heading on a line of its own (`News`, `Politics`): furniture, never the outlet `The News`. */
const SECTION = /^(?:(?:Local|World|National|International|Breaking|Latest|Top|Business|Regional|Foreign|Political|Sports?)\s+News|News|Politics|World|Business|Sports?|Home|Latest|Nation|National|International|Opinion)$/i;
/** `From Awareness Times Newspaper in Freetown`: a page's line naming its paper and city above the headline. */
const FROM_PAPER = /^From\s+(?<paper>\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,5})\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u;
/** A byline naming no person. */
const STAFF = /^(?:By\s+)?(?:(?:\p{Lu}[\p{L}.]*\s+)?Staff(?:\s+Reporter|\s+Writer|\s+Correspondent)?|Staff Reporter|Our Correspondent|Web Desk|News Desk|Monitoring Desk)$/u;

const SOURCE = /^\[?\s*(?:Source|Courtesy|Credit)\s*:\s*(?<rest>[^\]]+?)\s*\]?\s*$/i;
const AGENCY_EXPANDED = /^(?<agency>\p{Lu}{2,8})\s+[-–—]\s+(?<long>(?:\p{Lu}\p{L}*\s?){2,6})$/u;
const TRAILER_DASH = /^(?:[-–—]+|==)\s*(?<agency>\p{Lu}[\p{L}.]+)$/u;

function agencyName(text: string): string | undefined {
  const name = text.trim().replace(/\.$/, '');
  if (!isKnownAgency(name) && canonicalAgency(name) === undefined) return undefined;
  // `BERNAMA`, `Afp`: the house spelling of the agency.
  if (/^\p{Lu}+$/u.test(name) && name.length > 4) return CASED.find((c) => c.toLowerCase() === name.toLowerCase()) ?? name;
  if (name.length <= 5 && name !== name.toUpperCase() && !CASED.some((c) => c === name)) return name.toUpperCase();
  // `Associated Press of Pakistan` → `APP`, `Agence France-Presse` → `AFP`, as datelines credit it.
  return name.split(/\s+/).length > 1 ? (canonicalAgency(name) ?? name) : name;
}

const CASED = ['Reuters', 'Xinhua', 'Bernama', 'Sputnik', 'Anadolu', 'Kyodo', 'Yonhap', 'Antara', 'Interfax', 'Petra', 'Trend', 'Kabar'];

/** A stamp: only a date (and a time), perhaps after `Updated:`. */
function stampDate(segment: string): PartialDate | undefined {
  // `October 29, 2016 Adjust font size:`: the page's buttons scraped after the stamp.
  const text = segment.replace(/^(?:Updated|Published|Posted|Created|Last updated|Date)\s*:?\s*/i, '').replace(/\s+(?:Adjust font size|Font size|Text size|Print|E-?mail|Share)\s*:?\s*$/i, '');
  const found = findDate(text);
  if (found?.date.year === undefined) return undefined;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.length)).trim();
  return /^(?:[\s,|]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*(?:IST|PKT|GMT|UTC|BST|EST|EDT|PST|PDT|CET|CEST|[A-Z]{2,4})?)*$/.test(rest) ? found.date : undefined;
}

/**
 * The facts a header line states, or undefined when it is article text (or
 * a headline, a standfirst).
 */
export function readHeaderLine(line: string): LineFacts | undefined {
  const text = line.trim();
  // `• Member Since: July 3, 2015` on an author's page: the writer's account, no date of the copy.
  if (FURNITURE.test(text) || SECTION.test(text) || /^[•·\-\s]*(?:Member since|Joined|Registered)\s*:/i.test(text)) return {};
  const fromPaper = FROM_PAPER.exec(text)?.groups?.['paper'];
  if (fromPaper !== undefined) return { outlet: knownOutlet(fromPaper) ?? knownOutlet(fromPaper.replace(/\s+Newspaper$/u, '')) };
  if (STAFF.test(text)) return { byline: '' };
  const alone = agencyName(text);
  if (alone !== undefined) return { agency: alone };
  // `(Xinhua) 10:12, March 04, 2019`: the agency in parentheses, then the stamp.
  const paren = /^\((?<agency>[^()]{2,30})\)\s*[,|–—-]?\s*(?<rest>.{0,50})$/u.exec(text)?.groups;
  const parenAgency = paren ? agencyName(paren['agency'] ?? '') : undefined;
  const parenDate = paren ? stampDate(paren['rest'] ?? '') : undefined;
  if (parenAgency !== undefined && (paren?.['rest'] === '' || parenDate !== undefined)) return { agency: parenAgency, date: parenDate };
  // `Channel: Top Stories – The Herald`, `Feed: Xinhua`: a feed reader's channel, named after the paper or agency it carries.
  const channel = /^(?:Channel|Feed|Source feed)\s*:\s*(?:[^–—|]{1,40}?\s+[-–—|]\s+)?(?<name>[^–—|]{2,50})$/iu.exec(text)?.groups?.['name']?.trim();
  const channelName = channel === undefined ? undefined : (agencyName(channel) ?? knownOutlet(channel));
  if (channelName !== undefined) return { agency: channelName, carried: true };
  // `Kuensel Feed`, `Subscribe to Kuensel Feed feed`: an aggregator's feed, named after the paper or agency it carries.
  const feed = /^(?:Subscribe to\s+)?(?<name>\p{Lu}[\p{L}.'’ -]{1,50}?)\s+Feed(?:\s+feed)?$/iu.exec(text)?.groups?.['name']?.trim();
  const feedName = feed === undefined ? undefined : (agencyName(feed) ?? knownOutlet(feed));
  if (feedName !== undefined) return { agency: feedName, carried: true };
  // `Logo Agência Brasil` over a republished story: the source's logo, scraped as its alt text.
  const logo = /^Logo\s+(?<name>.{2,60})$/u.exec(text)?.groups?.['name'];
  const logoName = logo === undefined ? undefined : (agencyName(logo) ?? knownOutlet(logo));
  if (logoName !== undefined) return { agency: logoName, carried: true };
  const outlet = knownOutlet(text);
  if (outlet !== undefined) return { outlet };
  // `- Jane Roe letters@example.com`, `Jane Roe jane.roe@example.com`: the writer and the desk's address.
  const mailed = /^(?:[-–—]\s*)?(?<name>\p{Lu}[^@|]{3,50}?)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u.exec(text)?.groups?.['name'];
  const mailedName = mailed === undefined ? undefined : readNameLine(mailed);
  if (mailedName !== undefined) return { byline: mailedName.byline };
  const dashed = /^[-–—]\s*(?<name>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})$/u.exec(text)?.groups?.['name'];
  if (dashed !== undefined) return { byline: dashed };
  const expanded = AGENCY_EXPANDED.exec(text)?.groups;
  if (expanded && agencyName(expanded['agency'] ?? '') !== undefined) return { agency: agencyName(expanded['agency'] ?? '') };
  const source = SOURCE.exec(text)?.groups?.['rest'];
  // `Source: Xinhua| 2019-03-04 10:12:14|Editor: mingmei`: bars part the segments when the line has them.
  if (source !== undefined) return readSegments(source.split(source.includes('|') ? /\s*\|\s*/ : /\s*,\s*/));
  if (text.length <= 120 && /\s\|\s|\s\|$|^\|\s/.test(text)) return readSegments(text.split(/\s*\|\s*/));
  // `Afp, Paris`, `PTI, Jan 5, 2021, 10:12 AM IST`: the agency, then a place or a stamp.
  const comma = /^(?<agency>[^,]{2,30}),\s*(?<rest>.{2,60})$/.exec(text)?.groups;
  const leading = comma ? agencyName(comma['agency'] ?? '') : undefined;
  if (comma && leading !== undefined) {
    const rest = comma['rest'] ?? '';
    const date = stampDate(rest);
    if (date) return { agency: leading, date };
    return readSegments([leading, ...rest.split(/\s*,\s*/)]);
  }
  // `LAHORE- Associated Press of Pakistan` on a line of its own.
  const placed = /^(?<place>\p{Lu}[\p{L}.'’]*(?: \p{Lu}[\p{L}.'’]*){0,2})\s*[-–—]\s*(?<agency>\p{Lu}[\p{L} .'’-]{1,50})$/u.exec(text)?.groups;
  const placedAgency = placed ? agencyName(placed['agency'] ?? '') : undefined;
  if (placed && placedAgency !== undefined) {
    return { agency: placedAgency, place: normalisePlace(placed['place'] ?? ''), placePrinted: placed['place'] };
  }
  return undefined;
}

/** `PTI | Mumbai | Updated: …`, `Reuters, Paris, 06Oct14`, `By UPI Staff | Jan. 03, 2018`. */
function readSegments(segments: string[]): LineFacts | undefined {
  const facts: LineFacts = {};
  let known = 0;
  // `Sep 05, 2017 03:03 PM IST | Source: PTI`: a segment may label its agency.
  for (const raw of segments.map((s) => s.trim().replace(/^(?:Source|Courtesy|Credit)\s*:\s*(?=\S)/i, '')).filter((s) => s !== '')) {
    const agency = agencyName(raw);
    const date = stampDate(raw) ?? (/^\d{1,2}[A-Z][a-z]{2}\d{2}$/.test(raw) ? isOnlyDate(raw)?.date : undefined);
    if (agency !== undefined && facts.agency === undefined) facts.agency = agency;
    else if (date !== undefined && facts.date === undefined) facts.date = date;
    else if (/^Created\s*:/i.test(raw) || /^\d+\s+Min/i.test(raw) || /^(?:Editor|Edited by|Web editor|Producer)\s*:?\s+\S/i.test(raw)) {
      // `Editor: mingmei` on Xinhua's stamp line: the desk that handled the copy, no writer
      // a second stamp: the first one is the date
    } else if (STAFF.test(raw)) facts.byline ??= '';
    else if (facts.byline === undefined && readNameLine(raw) !== undefined) facts.byline = readNameLine(raw)?.byline;
    else if (/^By\s+\p{Lu}/u.test(raw)) facts.byline = raw.replace(/^By\s+/, '');
    else if (facts.agency !== undefined && facts.place === undefined && /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(raw)) {
      facts.place = normalisePlace(raw);
      facts.placePrinted = raw;
    } else return undefined;
    known++;
  }
  return known > 0 ? facts : undefined;
}

/** A trailer after the text: `Source: Xinhua`, `– BERNAMA`, `[Source: Reuters, Paris, 06Oct14]`. */
export function readTrailer(line: string): LineFacts | undefined {
  const text = line.trim();
  // `Jane Roe is an Associated Press writer.`
  const writer = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,4}(?:and\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,4})?(?:is|are)\s+(?:an?\s+)?(?<agency>Associated Press|AP|Reuters|AFP)\s+(?:\p{Ll}+\s+)?(?:writer|reporter|correspondent)s?\b/u.exec(text)?.groups?.['agency'];
  if (writer !== undefined) return { agency: /associated press/i.test(writer) ? 'AP' : writer };
  // `Jane Roe is a reporter for The Washington Post.`: the paper the story came from, when it is a listed outlet or agency.
  const forPaper = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,4}(?:is|are)\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:writer|reporter|correspondent|editor|journalist)s?\s+(?:for|at|with)\s+(?<paper>[^.,]{2,50}?)\.?$/u.exec(text)?.groups?.['paper'];
  const forName = forPaper === undefined ? undefined : (agencyName(forPaper) ?? knownOutlet(forPaper));
  if (forName !== undefined) return { agency: forName };
  const by = /^By\s+(?<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(text)?.groups?.['name'];
  if (by !== undefined) return { byline: by };
  // `(Reporting by Jane Roe in London and John Doe in Paris; Editing by Ann Lee)`: Reuters' credit line, the reporters the byline;
  // `Reporting by A; writing by B; editing by C`: the writer is of the byline too, the editor is not.
  const reportingMatch = /^\(?\s*Reporting\s+by\s+(?<names>[^;()]{3,120}?)\s*(?:;\s*(?:(?:additional\s+)?writing|written)\s+by\s+(?<writers>[^;()]{3,80}?)\s*)?(?:;[^()]*)?\)?\.?$/iu.exec(text)?.groups;
  const reporting = reportingMatch?.['names'] === undefined ? undefined : [reportingMatch['names'], reportingMatch['writers']].filter((n) => n !== undefined).join(' and ');
  const reporters = reporting === undefined ? undefined : readByline(reporting.replace(/\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?=\s*(?:,|and\b|&|$))/gu, '')).byline;
  if (reporters !== undefined && reporters.split(/,\s*|\s+and\s+/).every((name) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name))) return { byline: reporters };
  // `The Telegraph, London` after a syndicated story: the newspaper it came from, and the city it is published in.
  const paper = /^(?<paper>The\s\p{Lu}[\p{L}'’&-]+(?:\s\p{Lu}[\p{L}'’&-]+){0,3}),\s(?<city>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u.exec(text)?.groups;
  if (paper && hasTag(paper['city'] ?? '', '#Place') && !hasTag(paper['paper'] ?? '', '#Place')) return { agency: paper['paper'] };
  // `(With inputs from PTI)`, `Additional reporting by Reuters`, `(AFP)` or `AFP` alone: a known agency's credit after the text.
  const inputs = /^(?:[-–—]\s*)?\(?\s*(?:With\s+(?:additional\s+)?inputs?\s+from|Inputs\s+from|Additional\s+reporting\s+by|Compiled\s+by|Written\s+by)\s+(?:the\s+)?(?<names>[^()]{2,80}?)\s*\)?\.?$/i.exec(text)?.groups?.['names'];
  const credited = (inputs ?? /^\(\s*(?<name>[^()]{2,40}?)\s*\)\.?$/u.exec(text)?.groups?.['name'] ?? '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*|\s*\/\s*/)
    .map((name) => agencyName(name))
    .find((name) => name !== undefined);
  if (credited !== undefined) return { agency: credited };
  // `The Associated Press contributed to this report.`, `Xinhua and AFP contributed.`: a known agency's share of the story.
  const contributed = /^(?:The\s+)?(?<names>[^.]{2,60}?)\s+contributed\b[^.]{0,30}\.?$/u.exec(text)?.groups?.['names'];
  const contributor = contributed?.split(/\s*,\s*|\s+and\s+/).map((name) => agencyName(name.replace(/^the\s+/i, ''))).find((name) => name !== undefined);
  if (contributor !== undefined) return { agency: contributor };
  const alone = agencyName(text);
  if (alone !== undefined) return { agency: alone };
  const dash = TRAILER_DASH.exec(text)?.groups?.['agency'];
  if (dash !== undefined && agencyName(dash) !== undefined) return { agency: agencyName(dash) };
  const source = SOURCE.exec(text)?.groups?.['rest'];
  if (source !== undefined) {
    const facts = readSegments(source.split(/\s*,\s*/));
    if (facts) return facts;
    // `Source: China Daily`: a newspaper the copy was taken from.
    if (/^\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,3}$/u.test(source)) return { agency: source };
  }
  return undefined;
}

/**
 * A desk's note or a photo credit between headline and byline, no part of
 * the text: `(ATTN: CORRECTS … with minor edits)`, `FACEBOOK.COM/BONGBONGMARCOS`.
 */
export function isPageAside(line: string): boolean {
  const text = line.trim();
  // `Home Blog Page 6023`, `Home > News > Politics`: the site's breadcrumb.
  if (/^Home(?:\s*[>»›|/]\s*|\s+)(?:\p{Lu}[\p{L}-]*(?:\s*[>»›|/]\s*|\s+)?){1,4}(?:Page\s+\d+)?$/u.test(text)) return true;
  return /^\(ATTN:[^()]*\)$/.test(text) || /^[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.(?:COM|ORG|NET|GOV|PH|IN|PK)(?:\/[A-Z0-9_./-]*)?$/.test(text);
}

/** Everything in the paragraph is one agency's trailer or copyright notice. */
export function isFurniture(line: string): boolean {
  return FURNITURE.test(line.trim());
}

/**
 * A known agency the text names as its source when no dateline credits one:
 * `…, Kazinform News Agency reports`, `"Interfax-Ukraine" reported`, `told
 * the Ghana News Agency (GNA)`, `in an interview granted to the Vietnam News
 * Agency (VNA)`. Looked for in the first paragraphs, the lead's first sentence
 * first; only names the agency list knows count.
 */
export function agencyInLead(all: readonly string[]): string | undefined {
  // A listing's `W140 Full Story`, `Read More`, `Continue reading` ends its first story: a source the next one cites is not this one's.
  const end = all.findIndex((p, i) => i > 0 && STORY_END.test(p.trim()));
  const paragraphs = end > 0 ? all.slice(0, end) : all;
  const lead = paragraphs[0] ?? '';
  const first = lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
  const inFirst = AGENCY_AS_SOURCE.exec(first);
  if (inFirst) return agencyOf(inFirst);
  for (const paragraph of paragraphs.slice(0, 4)) {
    const match = AGENCY_TOLD.exec(paragraph) ?? AGENCY_REPORTED.exec(paragraph);
    const agency = match ? agencyOf(match) : undefined;
    if (agency !== undefined) return agency;
  }
  // `…, BelTA has learned.` closing a sentence under a page's furniture, `…, IRNA said.` or `…, the agency IRNA reported.`
  // closing one of the first paragraphs: the agency whose report this is.
  for (const [index, paragraph] of paragraphs.slice(0, 12).entries()) {
    const match = AGENCY_LEARNED.exec(paragraph) ?? (index < 6 ? AGENCY_SAID.exec(paragraph) : null);
    const agency = match ? agencyOf(match) : undefined;
    if (agency !== undefined) return agency;
  }
  return undefined;
}

const STORY_END = /(?:^|\s)(?:Full Story|Read More|Read more|Continue reading|View Article)(?:\s*(?:»|›|…|\.{3}))?$/u;
const AGENCY_NAME = "\\p{Lu}[\\p{L}-]{1,20}(?: \\p{Lu}[\\p{L}-]{1,20}){0,3}";
const AGENCY_AS_SOURCE = new RegExp(`\\b(?:(?<by>\\p{Lu}[\\p{L}-]{1,20}(?: \\p{Lu}[\\p{L}-]{1,20}){0,4})(?:(?:'s)?\\s+correspondent)?\\s+(?:has\\s+)?(?:learnt|learned|reports|reported)\\b|told\\s+(?<to>\\p{Lu}[\\p{L}-]{1,20}))`, 'u');
const AGENCY_TOLD = new RegExp(`\\b(?:told|interview (?:with|granted to|given to)|spoke to|speaking to)\\s+the\\s+(?<to>${AGENCY_NAME})(?:\\s+\\((?<short>[\\p{Lu}-]{2,12})\\))?`, 'u');
const AGENCY_LEARNED = new RegExp(`,\\s+(?<by>${AGENCY_NAME})(?:(?:'s)?\\s+correspondent)?\\s+(?:has\\s+)?(?:learnt|learned)\\b`, 'u');
const AGENCY_SAID = new RegExp(`,\\s+(?:the\\s+)?(?<by>${AGENCY_NAME})\\s+(?:said|reported|reports)\\s*[.;]`, 'u');
const AGENCY_REPORTED = new RegExp(`["“](?<by>${AGENCY_NAME})["”]\\s+(?:reports|reported)\\b`, 'u');

function agencyOf(match: RegExpExecArray): string | undefined {
  const groups = match.groups ?? {};
  for (const name of [groups['short'], groups['by'], groups['to']]) {
    // `… , Azerbaijan State News Agency reports`, `…, the Kazakh Kazinform reports`: the longest known ending of the name.
    const words = name?.split(' ') ?? [];
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (isKnownAgency(tail)) return canonicalAgency(tail) ?? tail;
    }
  }
  return undefined;
}

/** `Posted by African Press International on May 18, 2007` within reach of the top, below a title-like line. */
export function postedLine(paragraphs: string[], from: number, lookahead: number): { index: number; date: PartialDate } | undefined {
  for (let index = from + 1; index < Math.min(paragraphs.length - 1, from + lookahead); index++) {
    const match = /^Posted\s+(?:by\s+.{2,60}?\s+)?on\s+(?<when>.{6,40}?)\.?$/i.exec((paragraphs[index] ?? '').trim());
    const found = match ? findDate(match.groups?.['when'] ?? '') : undefined;
    if (found?.date.year !== undefined) return { index, date: found.date };
  }
  return undefined;
}

/** `New York, Aug 11 2007 11:00AM` on a line of its own: a dateline above the text. */
export function readPlaceLine(paragraph: string): (LineFacts & { placeDay?: PartialDate }) | undefined {
  const match = /^(?<place>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}),\s*(?<rest>.{4,40})$/u.exec(paragraph.trim());
  const place = match?.groups?.['place'];
  // `Tue, 11/25/2008 - 14:34` is a stamp, not a place.
  if (!match || place === undefined || /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(place)) return undefined;
  const found = findDate(match.groups?.['rest'] ?? '');
  // `New Delhi, September 8` alone under `Tribune News Service`: the place, the day without its year.
  if (found !== undefined && found.date.year === undefined && found.index === 0 && found.length === (match.groups?.['rest'] ?? '').length && hasTag(place, '#Place')) {
    return { place: normalisePlace(place), placePrinted: place, placeDay: found.date };
  }
  if (found?.date.year === undefined) return undefined;
  const after = (match.groups?.['rest'] ?? '').slice(found.index + found.length).trim();
  if (!/^(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp][Mm])?)?$/.test(after)) return undefined;
  return { place: normalisePlace(place), placePrinted: place, date: found.date };
}

/**
 * `MENAFN - Amman Net) Government Communications Minister …`: a syndicator's
 * credit opening the lead, the publisher (a listed outlet) then the source it
 * carries, the opening parenthesis lost on the page.
 */
export function syndicatedCredit(lead: string): { outlet: string; agency: string } | undefined {
  const match = /^\(?(?<outlet>\p{Lu}[\p{L}.&-]{1,30}(?: \p{Lu}[\p{L}.&-]{1,30}){0,2})\s+[-–—]\s+(?<source>\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,5})\)\s/u.exec(lead);
  const outlet = match?.groups?.['outlet'];
  const source = match?.groups?.['source'];
  if (outlet === undefined || source === undefined) return undefined;
  const publisher = knownOutlet(outlet);
  if (publisher === undefined) return undefined;
  return { outlet: publisher, agency: canonicalAgency(source) ?? source };
}

/** `(c) Copyright 2001 PTI. All rights reserved.`, `© 2019 Xinhua`: a known agency's copyright line after the text is its credit. */
export function copyrightAgency(line: string): string | undefined {
  // `© Tap 2022 Provided by SyndiGate Media Inc.`: the syndicator that delivered it is not the source.
  const match = /^(?:\(c\)|©|Copyright)\s*(?:\(c\)|©|Copyright)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>\p{Lu}[\p{L}&.'’ -]{1,50}?)\s*(?:\d{4})?\s*(?:[.,;]|\s+All rights|\s+Provided by\b|$)/iu.exec(line.trim());
  const name = match?.groups?.['name']?.trim();
  return name !== undefined && isKnownAgency(name) ? (canonicalAgency(name) ?? name) : undefined;
}
