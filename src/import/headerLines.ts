/**
 * Lines a web page prints above an article that are no part of its text
 * but tell its facts: the outlet's name on a line of its own, the agency on
 * a line of its own (`Source: PTI`, `IRNA - Islamic Republic News Agency`,
 * `PTI | Mumbai | Updated: 13-08-2021 15:36 IST`), a stamp with a byline
 * (`By UPI Staff | Jan. 03, 2018`), furniture (`ADVERTISEMENT`, `READ
 * MORE`, `1 Min Read`), a desk's note, a `Posted … on` line, a place and
 * date alone, a syndicator's credit opening the lead. Trailers after the
 * text are trailers.ts's; an agency the text cites, leadAgency.ts's.
 */
import { canonicalAgency } from './credit.ts';
import { findDate } from './dates.ts';
import { agencyName, isStaffByline, readSegments, sourceLabelled } from './lineSegments.ts';
import { isKnownCity } from './gazetteer.ts';
import { normalisePlace } from './placeName.ts';
import { stampDate } from './stamps.ts';
import { hasTag, inLexicon } from './tags.ts';
import { knownOutlet } from './outlets.ts';
import { readNameLine } from './byline.ts';
import type { LineFacts, PartialDate } from './types.ts';

/** Page furniture between headline and text: also an empty label (`Shortlink :`), a number, an address, an editors' advisory (`(ATTN: UPDATES with …)`). */
const FURNITURE = /^(?:You are here\s*:.*|\+|\d+\s+(?:SHARES?|Shares?)(?:\s+(?:Share|Tweet|Email|WhatsApp))*|(?:Share|Tweet|Email|WhatsApp)(?:\s+(?:Share|Tweet|Email|WhatsApp))+|(?:ADVERTISEMENT|Advertisement)(?: Banner| BANNER)?|Today['’]s Paper|(?:View |Read (?:the )?)?E-?Paper|Print Edition|READ MORE|Read more|\d+ Min(?:ute)? Read|This was published \d+ years? ago|Share this (?:post|article)|[|•·\-–—]+|Left Menu|[-–•]\s*\p{Lu}\p{Ll}+|Go to Contents Go to Navigation|\p{L}+\s*:|\d+|https?:\/\/\S+|\((?:ATTN?|EDS?|RECASTS|UPDATES|CORRECTS|ADDS|LEAD|\d+(?:st|nd|rd|th) LD)\b[^()]*\))$/u;
/** A section heading on a line of its own (`News`, `Politics`): furniture, never the outlet `The News`. */
const SECTION = /^(?:(?:Local|World|National|International|Breaking|Latest|Top|Business|Regional|Foreign|Political|Sports?)\s+News|News|Politics|World|Business|Sports?|Home|Latest|Nation|National|International|Opinion)$/i;
/** `From Awareness Times Newspaper in Freetown`: a page's line naming its paper and city above the headline. */
const FROM_PAPER = /^From\s+(?<paper>\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,5})\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?$/u;

const AGENCY_EXPANDED = /^(?<agency>\p{Lu}{2,8})\s+[-–—]\s+(?<long>(?:\p{Lu}\p{L}*\s?){2,6})$/u;

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
  if (isStaffByline(text)) return { byline: '' };
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
  const source = sourceLabelled(text);
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
  // `FOROYAA Newspaper (Serrekunda)`, `Weekly Voice (Kampala)` under an aggregator's headline: a paper the table lacks and its city.
  const paper = /^(?<paper>\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,4})\s+\((?<city>\p{Lu}[\p{L}'’ -]{1,30})\)$/u.exec(text)?.groups;
  if (paper && PAPER_WORD.test(paper['paper'] ?? '') && isPaperCity(paper['city'] ?? '')) return { outlet: paper['paper'] };
  return undefined;
}

/** The city of a paper's line: one the gazetteer knows, or a name no dictionary has (`Serrekunda`), never `(Online)`. */
function isPaperCity(city: string): boolean {
  return isKnownCity(city) || (/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(city) && city.split(' ').every((w) => !inLexicon(w)));
}

/** A word that makes a name a paper's or a broadcaster's. */
const PAPER_WORD = /\b(?:Newspaper|News|Daily|Weekly|Times|Post|Herald|Tribune|Observer|Standard|Chronicle|Gazette|Mirror|Guardian|Nation|Star|Voice|Journal|Telegraph|Independent|Monitor|Courier|Express|Reporter|Radio|TV|Television)$/u;

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

