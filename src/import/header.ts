/**
 * Peels the scraping artefacts off a copy: the headline (kept as title), a
 * byline handle line `(@ChaudhryMAli88)` or `By Jane Doe`, a time line
 * `Staff Name 5 minutes ago Tue 1st December 2020 | 09:15 AM`, the headline
 * repeated, and a standfirst that repeats the lead. What is left is the body.
 */
import { canonicalAgency } from './credit.ts';
import { parseDateline } from './dateline.ts';
import { labelledByline, readByline, readNameLine } from './byline.ts';
import { isPageAside, postedLine, readHeaderLine, readPlaceLine, syndicatedCredit } from './headerLines.ts';
import { agencyInLead } from './leadAgency.ts';
import { merge, takeFooter } from './footer.ts';
import { readDatePrefix, readLabelledFields } from './labelledFields.ts';
import { readResidue } from './headerResidue.ts';
import { leadCredit } from './leadCredit.ts';
import { creditedAgency, creditLine } from './creditCandidates.ts';
import { readTitleCredit, splitTitleByline } from './titleCredit.ts';
import { readTimeLine } from './timeLine.ts';
import { findDate } from './dates.ts';
import { leadDate } from './leadDate.ts';
import { readMastheadLine } from './mastheadLine.ts';
import { stampUnderRepeatedTitle } from './repeatedTitle.ts';
import { dropWeatherToday } from './weatherStrip.ts';
import { breadcrumbTitleAt, capitalsBylinePlace, isLongDatelinedLead, labelledStamp, metaLine } from './headerShapes.ts';
import { comparableStem } from '../text/normalizeText.ts';
import { splitParagraphs } from './paragraphs.ts';
import { datedTitle, dropStandfirst, isDeck, isLeadSentence } from './leadParagraph.ts';
import { normalisePlace } from './placeName.ts';
import { TODO } from './types.ts';
import type { CopyHeader, LineFacts, ParsedDateline, PartialDate } from './types.ts';

/** How far into the copy the header artefacts may sit. */
const HEADER_LOOKAHEAD = 6;

const HANDLE_LINE = /^\(?\s*(@[A-Za-z0-9_.]{1,40})\s*\)?$/;

/** The headline of a copy that prints none: the editor writes it. */
export const MISSING_TITLE = `${TODO} headline (the copy prints none above its dateline)`;

export class EmptyCopyError extends Error {}

/** What is known of the page besides its text. */
export interface PageContext {
  /** The copy was taken from a page of a paginated listing (`/page/5331/`), whose date above the first headline is the day it was viewed. */
  listing?: boolean | undefined;
  /** The name the page prints for its own host (`Tonga Courier`): a line of it above the headline is the masthead. */
  masthead?: string | undefined;
}

export function readHeader(copy: string, page: PageContext = {}): CopyHeader {
  const prefixed = readDatePrefix(copy);
  const unprefixed = prefixed?.text ?? copy;
  const labelled = readLabelledFields(unprefixed);
  const text = labelled ? `${labelled.title}\n\n${labelled.text}` : unprefixed;
  const paragraphs = splitParagraphs(text);
  dropWeatherToday(paragraphs);
  const facts: Facts = labelled ? { outlet: labelled.outlet, date: labelled.date, byline: labelled.byline, agency: labelled.agency } : {};
  // Before the headline: a blog's date line, the outlet's name, page furniture.
  let first = 0;
  for (let masthead; first < paragraphs.length - 1 && first < HEADER_LOOKAHEAD; first++) {
    if ((masthead = readMastheadLine(paragraphs[first] ?? '', page.masthead)) !== undefined) facts.pageDate ??= masthead.date;
    else if (!takeLine(paragraphs[first] ?? '', facts, true)) break;
  }
  // `Rediff.com » News » Headline` over `Headline`, under an app's banner: the lines above the headline are furniture.
  const crumbTitle = breadcrumbTitleAt(paragraphs, 2 * HEADER_LOOKAHEAD);
  if (crumbTitle !== undefined && crumbTitle > first) first = crumbTitle;
  // `Home Blog Page 5331` above the headline: a listing's page deep in the archive, the date above it the day it was viewed.
  const listing = page.listing === true || paragraphs.slice(0, first).some((p) => /^Home\b.*\bPage\s+\d{2,}$/u.test(p.trim()));
  // A blog's `Posted by … on May 18, 2007` under the post's title: the blog's name, slogan and archive line above are furniture.
  const posted = postedLine(paragraphs, first, HEADER_LOOKAHEAD);
  if (posted) {
    first = posted.index - 1;
    facts.date ??= posted.date;
    paragraphs.splice(posted.index, 1);
  }
  // `By Ahmet Furkan Mercan` then `ANKARA (AA) - …`: a copy with a byline and no headline.
  const byFirst = labelledByline(paragraphs[first] ?? '');
  const bylineFirst = byFirst !== undefined && parseDateline(paragraphs[first + 1] ?? '') !== undefined;
  if (byFirst !== undefined && bylineFirst) {
    const credit = readByline(byFirst);
    facts.byline ??= credit.byline;
    facts.agency ??= credit.agency;
    first++;
  }
  const printedTitle = paragraphs[first];
  if (printedTitle === undefined) throw new EmptyCopyError('the copy is empty');
  // `MADRID, 25 (SERVIMEDIA)` then the text: a copy pasted from its dateline on has no headline to give.
  const opening = parseDateline(printedTitle);
  // `Bolgatanga, Jan 22, GNA- A youth group …` alone: a copy of one paragraph, its dateline and lead, prints no headline either.
  const headless = bylineFirst || (paragraphs.length > first + 1 &&
    ((opening !== undefined && (printedTitle.slice(opening.textStart).trim() === '' || isLeadSentence(printedTitle.slice(opening.textStart), 10))) ||
      (!labelled && isLeadSentence(printedTitle)))) ||
    (opening !== undefined && (isLongDatelinedLead(printedTitle, opening) || (paragraphs.length === first + 1 && isLeadSentence(printedTitle.slice(opening.textStart), 18))));
  const joined = headless ? undefined : splitTitleByline(printedTitle);
  const splitTitle = joined?.title ?? MISSING_TITLE;
  facts.byline ??= joined?.byline;
  facts.agency ??= joined?.agency;
  // `… Conference. (APS, 18/08/2019)`, `… | News | ANDEAN`: a known agency credited in the headline itself.
  const titleCredit = headless ? undefined : readTitleCredit(splitTitle, true);
  const title = titleCredit?.title ?? splitTitle;
  if (titleCredit) [facts.agency, facts.outlet] = [facts.agency ?? titleCredit.agency, facts.outlet ?? titleCredit.outlet];
  const kept: string[] = [];
  let index = headless ? first : first + 1;
  for (; !headless && index < paragraphs.length && index < first + HEADER_LOOKAHEAD; index++) {
    let paragraph = paragraphs[index] ?? '';
    if (comparableStem(paragraph) === comparableStem(title) || comparableStem(paragraph) === comparableStem(printedTitle)) continue;
    // `UN CONVOY ATTACKED … New York, Aug 11 2007 11:00AM A United Nations convoy …`: the headline scraped onto the lead.
    if (paragraph.length > title.length + 20 && paragraph.startsWith(title.trim())) {
      paragraph = paragraph.slice(title.trim().length).trimStart();
      paragraphs[index] = paragraph;
    }
    if (takeLine(paragraph, facts, false) || isPageAside(paragraph)) continue;
    // A deck (`What the witness statements mean`) between headline and byline stays, and the scan goes on.
    const next = paragraphs[index + 1];
    if (kept.length === 0 && isDeck(paragraph) && next !== undefined && takeLine(next, { ...facts }, false)) {
      kept.push(paragraph);
      continue;
    }
    break;
  }
  // ` date 2020-10-16 Gambia: …` over `15 October 2020` under the headline: the archive's day gives way to the paper's own.
  facts.date ??= prefixed?.date;
  const rest = [...kept, ...paragraphs.slice(index)];
  // What the page prints under the text: an end mark, a stamp, trailers, the writer's name or signed byline.
  takeFooter(rest, facts);
  const stood = dropStandfirst(rest);
  const body = stood.body;
  // `AFP - U.S. President …` opening the text above a later story's `PALESTINIAN TERRITORIES: …` on a blog's page: the
  // credit opens this story, and the dateline below it is another story's.
  const creditFirst = leadCredit(body);
  const printedAt = stood.dateline === undefined ? -1 : body.findIndex((p) => p.startsWith(stood.dateline?.printed ?? ''));
  const dateline = creditFirst !== undefined && printedAt > creditFirst.index ? undefined : stood.dateline;
  facts.byline ??= dateline?.byline;
  // `WAISEA NASOKIA` / `NADI` / the lead: the byline and the place in capitals, each on its own line.
  const capitals = dateline === undefined && facts.place === undefined ? capitalsBylinePlace(body) : undefined;
  if (capitals) {
    facts.byline ??= capitals.byline;
    merge(facts, { place: capitals.place, placePrinted: capitals.printed });
    facts.placeLine = capitals.printed;
    body.splice(capitals.index, 2);
  }
  // `By Duncan Miriri and Thomas Mukoya` right above a dateline found below the header (under a list's headers): the byline.
  // With no dateline, `By Jane Roe, The Straits Times, 22 Mar 2019` right above the first paragraph of text, under the decks.
  // `Jane Roe, Senior Correspondent` or `Jane Roe Bulawayo Bureau` there too; a name alone (`Ron Kampeas`) only above a dateline.
  const textAt = dateline === undefined
    ? body.slice(0, 7).findIndex((p, i) => i > 0 && (labelledByline(body[i - 1] ?? '') !== undefined || readNameLine(body[i - 1] ?? '')?.role === true) && p.split(/\s+/).length >= 12)
    : -1;
  const leadAt = dateline === undefined ? textAt : body.findIndex((p) => p.startsWith(dateline.printed));
  const byAbove = leadAt > 0 ? labelledByline(body[leadAt - 1] ?? '') : undefined;
  const nameAbove = leadAt > 0 && byAbove === undefined ? readNameLine(body[leadAt - 1] ?? '') : undefined;
  if (byAbove !== undefined && facts.byline === undefined) {
    const credit = readByline(byAbove);
    facts.byline = credit.byline;
    facts.agency ??= credit.agency;
    facts.date ??= credit.date;
    body.splice(leadAt - 1, 1);
  } else if (nameAbove !== undefined && facts.byline === undefined) {
    facts.byline = nameAbove.byline;
    facts.agency ??= nameAbove.agency;
    body.splice(leadAt - 1, 1);
  }
  // Short lines between the headline and the lead the scan stopped at: the agency alone (`EFE`), the page heading's
  // date (`News on Cuba - June 19, 2013 PDF Print E-mail`), the city alone (`Madrid —`).
  const leadIndex = dateline === undefined ? -1 : body.findIndex((p) => p.startsWith(dateline.printed));
  const residue = readResidue(body, leadIndex >= 0 ? leadIndex : undefined);
  if (dateline?.agency === undefined) facts.agency ??= residue.agency;
  if (dateline === undefined && facts.place === undefined && residue.place) {
    facts.place = residue.place.place;
    facts.placePrinted = residue.place.printed;
    facts.placeLine = residue.place.printed;
  }
  // `Tribune News Service` / `New Delhi, September 8` / the lead, below the page's section furniture.
  if (dateline === undefined && facts.place === undefined) {
    const at = body.slice(0, 8).findIndex((p, i) => i + 1 < body.length && readPlaceLine(p)?.date === undefined && readPlaceLine(p)?.place !== undefined);
    const line = at >= 0 ? readPlaceLine(body[at] ?? '') : undefined;
    if (line) merge(facts, line);
    if (line) facts.placeLine = body[at];
    if (line) facts.placeDay = line.placeDay;
  }
  // `MENAFN - Amman Net) …`: the syndicator and the source it carries.
  const syndicated = dateline === undefined ? syndicatedCredit(body[0] ?? '') : undefined;
  if (syndicated) {
    facts.outlet ??= syndicated.outlet;
    facts.agency ??= syndicated.agency;
  }
  // `(KPL) Lieutenant General …`, `(Reuters) - Myanmar …`, `STA, 8 January 2020 - The …`: the source credited at the lead's
  // start with no place; its date is the story's own, nearer the text than any stamp above it.
  const credited = dateline === undefined ? creditFirst : undefined;
  if (credited) {
    facts.agency ??= credited.agency;
    facts.outlet ??= credited.outlet;
    if (credited.place !== undefined && facts.place === undefined) {
      merge(facts, { place: credited.place.place, placePrinted: credited.place.printed });
      facts.placeLine = credited.place.printed;
    }
    if (credited.date !== undefined) facts.date = credited.date;
  }
  facts.agency ??= dateline?.agency === undefined ? agencyInLead(body) : undefined;
  // `Šaltinis: ELTA naujienų agentūra`, `March 3 2021, 14:20 Anadolu Agency`, `… next month.(PAP)`: a credit anywhere, chosen by where it sits.
  if (dateline?.agency === undefined) facts.agency ??= creditedAgency(body, leadIndex, leadIndex >= 0 ? -1 : body.findIndex((p) => isLeadSentence(p, 12)));
  // Nearest to the text first: a stamp below the headline, a date closing the headline itself (`PIA News Dispatch -
  // Wednesday, February 5, 2014`), one on a short line above the lead, and only then a stamp above the headline.
  facts.date ??= datedTitle(title) ?? titleCredit?.date ?? residue.date;
  // `Publish Date : 09 September 2019 20:38 PM` under the text, before the page's `Sunday, December 14th, 2025` above the headline.
  const stampLine = facts.date === undefined ? labelledStamp(body) : undefined;
  if (stampLine) body.splice(stampLine.index, 1);
  facts.date ??= stampLine?.date ?? stampUnderRepeatedTitle(title, body) ?? facts.updatedDate ?? (listing ? undefined : facts.pageDate);
  // `28 May 2019 - Minister …`, `22 April - The …` under `Estonian Review 19 - 29 April 2010`: the text's own date, no place before it.
  facts.date = (dateline === undefined && credited?.date === undefined ? leadDate(body, facts.date) : undefined) ?? facts.date;
  return {
    title: title.trim(),
    byline: facts.byline === '' ? undefined : facts.byline,
    outlet: facts.outlet,
    agency: facts.agency,
    publishedDate: facts.date,
    dateline: dateline ?? placeLine(facts),
    body,
  };
}

interface Facts extends LineFacts {
  /** The line that printed the place, kept as the dateline's `printed`. */
  placeLine?: string | undefined;
  /** The day that line prints without a year (`New Delhi, September 8`): the dateline's, the stamp giving the year. */
  placeDay?: PartialDate | undefined;
  /** A stamp labelled as the page's last update: the date when the copy prints no other. */
  updatedDate?: PartialDate | undefined;
  /** A stamp above the headline: the date when the copy prints no other. */
  pageDate?: PartialDate | undefined;
}

/** A label saying a stamp is the page's last change, not the story's first publication. */
const UPDATE_LABEL = /^\s*[([]?\s*(?:Latest update|Last updated?(?: on)?|Updated(?: on| at)?|Last modified|Modified)\b\s*:?/iu;

/** Takes a header line's facts; false when the line is text. */
function takeLine(paragraph: string, facts: Facts, beforeTitle: boolean): boolean {
  if (beforeTitle && isPageAside(paragraph)) return true;
  const handle = HANDLE_LINE.exec(paragraph);
  if (handle) {
    facts.byline ??= handle[1];
    return true;
  }
  // `Latest update March 5, 2021 10:00`, `Updated: …`: the day the page was last changed, the date only when the copy prints no other.
  const updated = paragraph.length <= 80 && UPDATE_LABEL.test(paragraph) ? findDate(paragraph) : undefined;
  if (updated?.date.year !== undefined) {
    facts.updatedDate ??= updated.date;
    return true;
  }
  // Agency, place and stamp lines first: a time line reader would take their date and drop the rest.
  const line: (LineFacts & { placeDay?: PartialDate | undefined }) | undefined = readHeaderLine(paragraph) ?? readPlaceLine(paragraph);
  // `NEWS AGENCY OF NIGERIA` above the headline: the agency's own site, its full name the masthead.
  // A stamp that names its source (`Sep 05, 2017 03:03 PM IST | Source: PTI`) is no masthead.
  // `Jeddah - SPA` above the headline is the dateline's place and its credit, no masthead.
  if (line && beforeTitle && line.agency !== undefined && line.outlet === undefined && line.date === undefined && line.place === undefined && line.carried === undefined && paragraph.trim().split(/\s+/).length >= 3) {
    facts.outlet ??= line.agency;
  }
  if (line) {
    merge(facts, line);
    if (line.place !== undefined) facts.placeLine ??= paragraph;
    facts.placeDay ??= line.placeDay;
    return true;
  }
  const time = readTimeLine(paragraph);
  if (time) {
    // A stamp above the headline may be the page's today (`Thu, 25 Apr 2024 Today's Paper`): the article's own, below it, comes first.
    if (beforeTitle) facts.pageDate ??= time.date;
    else facts.date ??= time.date;
    // `UNB 03 July, 2023, 06:15 pm`: a known agency before the stamp is the copy's source, not its writer.
    // `March 3 2021, 14:20 Anadolu Agency`: the agency after the stamp.
    const agency = (time.agencyName === undefined ? undefined : canonicalAgency(time.agencyName)) ?? creditLine(paragraph);
    if (agency !== undefined) facts.agency ??= agency;
    else if (time.name !== undefined && !beforeTitle) facts.byline ??= time.name;
    return true;
  }
  if (beforeTitle) return false;
  const meta = metaLine(paragraph);
  if (meta) {
    facts.byline ??= meta.byline;
    facts.date ??= meta.date;
    return true;
  }
  const by = labelledByline(paragraph);
  if (by !== undefined && !parseDateline(paragraph)) {
    const credit = readByline(by);
    facts.byline ??= credit.byline;
    facts.agency ??= credit.agency;
    facts.date ??= credit.date;
    // `By Onkar Singh in New Delhi`: the city the writer filed from is the dateline's place.
    if (credit.place !== undefined) merge(facts, { place: normalisePlace(credit.place), placePrinted: credit.place });
    return true;
  }
  return false;
}


/** A dateline made of what header lines and trailers printed, when the lead has none. */
function placeLine(facts: Facts): ParsedDateline | undefined {
  if (facts.place === undefined) return undefined;
  return { placePrinted: facts.placePrinted ?? facts.place, place: facts.place, printed: (facts.placeLine ?? facts.placePrinted ?? facts.place).trim(), date: facts.placeDay, textStart: 0 };
}
