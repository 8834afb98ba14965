/**
 * Drafts frontmatter from what the header, the dateline and the quotes tell;
 * what they do not tell becomes a `TODO:` placeholder, and an article with
 * placeholders is a draft.
 */
import { completeYear, isoDate, yearPrintedFor } from './dates.ts';
import { isKnownAgency } from './credit.ts';
import { mastheadSpelling } from './mastheadSpelling.ts';
import { outletForHost, outletOfPrintedHost, outletPrintedFor, publishedElsewhere, sameOrganisation, urlHost } from './outlets.ts';
import type { ExtractedQuotes } from './quotes.ts';
import type { CopyHeader, DraftFrontmatter, PartialDate } from './types.ts';
import { TODO, isPlaceholder } from './types.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DraftOptions {
  /** The date to use when the copy does not print one in full (`--date`). */
  fallbackDate?: string | undefined;
  /** Who published the copy (`--outlet`), when the text does not say. */
  outlet?: string | undefined;
  /** Where the copy was published (`--url`): kept as `source.url`, and its host names the outlet. */
  url?: string | undefined;
}

/** `copy` is the text as pasted: where a host missing from outlets.json is named (`© 2004 Al Bawaba` on albawaba.me). */
export function draftFrontmatter(header: CopyHeader, quotes: ExtractedQuotes, options: DraftOptions = {}, copy = ''): DraftFrontmatter {
  const dateline = header.dateline;
  const frontmatter: DraftFrontmatter = {
    title: header.title,
    date: draftDate(dateline?.date && datelineYear(dateline.date, header), header.publishedDate, options.fallbackDate),
    dateline: dateline
      ? { place: dateline.place, printed: dateline.printed }
      : { place: `${TODO} place of the dateline (the copy prints none; delete dateline if there is none)` },
    source: draftSource(header, options, copy),
    quotes: quotes.quotes,
    // Topics are an editor's judgement: the importer does not guess them.
    tags: [],
    people: quotes.people,
  };
  if (placeholders(frontmatter).length > 0) frontmatter.draft = true;
  return frontmatter;
}

/**
 * The outlet is who published this copy: `--outlet`, else the copy's own
 * credit (`UrduPoint News / Sputnik`, an outlet line), else the host of
 * `--url` (or, for a host outlets.json lacks, the name the copy prints for it); never the wire agency the story came from, unless the copy was
 * published where that agency publishes.
 */
function draftSource(header: CopyHeader, options: DraftOptions, copy: string): DraftFrontmatter['source'] {
  const host = options.url === undefined ? undefined : urlHost(options.url);
  // The host of --url names its publisher more surely than a line of the page that reads like an outlet's name (`The News`, a section).
  const hostOutlet = host === undefined ? undefined : outletForHost(host);
  // `AKP - The Agence Kampuchea Press` over a blog's copy: on a page of another host, an agency's masthead is the story's source.
  const mastheadAgency = host !== undefined && hostOutlet === undefined && header.outlet !== undefined && isKnownAgency(header.outlet) ? header.outlet : undefined;
  // A host not listed: the name the copy prints for it (a masthead, `Author's name Pravda.Ru`, a copyright line).
  // `www.burmanet.org` under a mailing list's masthead, on an archive's host: the site the copy prints as its own.
  const spelled = host !== undefined && hostOutlet === undefined ? (outletPrintedFor(host, copy) ?? mastheadSpelling(host, copy)) : undefined;
  const printedSite = host !== undefined && hostOutlet === undefined && spelled === undefined ? outletOfPrintedHost(host, copy) : undefined;
  // `Lefaso.net` closing burkinainfo.com's copy: a site the copy credits as its source is not the host's own; the host published it.
  const creditedSite = printedSite !== undefined && header.agency !== undefined && sameOrganisation(printedSite, header.agency);
  const printedOutlet = spelled ?? (creditedSite ? host?.replace(/^www\./u, '') : printedSite);
  // `LAO PDR (Vientiane Times) -` on another site's page: the paper the dateline credits is the story's source there —
  // on a listed host in any style, on a host the table lacks where it stands in the agency's parentheses.
  const datelinePaper = header.dateline?.outlet;
  const elsewhere = host !== undefined && datelinePaper !== undefined && publishedElsewhere(datelinePaper, host);
  const creditedPaper = elsewhere && (hostOutlet !== undefined || /\)$/.test(header.dateline?.printed ?? '')) ? datelinePaper : undefined;
  const outlet = options.outlet ?? (creditedPaper === undefined ? header.dateline?.outlet : undefined) ?? hostOutlet ?? printedOutlet ?? (mastheadAgency === undefined ? header.outlet : undefined);
  // `Washington Post` above the headline on daily8.com: on a republisher's page, another outlet's masthead is the story's source.
  const carriedOutlet = hostOutlet !== undefined && options.outlet === undefined && header.outlet !== undefined && !sameOrganisation(hostOutlet, header.outlet) ? header.outlet : undefined;
  let agency = header.dateline?.agency ?? creditedPaper ?? header.agency ?? mastheadAgency ?? carriedOutlet;
  if (outlet !== undefined && agency !== undefined && sameOrganisation(outlet, agency)) agency = undefined;
  const hint = host !== undefined
    ? `${TODO} outlet that published this copy (${host} is not in src/import/outlets.json; add it there to name it next time)`
    : agency !== undefined
      ? `${TODO} outlet that published this copy (the copy credits ${agency}; if ${agency} published it, write ${agency} and delete agency; --url or --outlet fills this in)`
      : `${TODO} outlet that published this copy (--url or --outlet fills this in)`;
  return {
    outlet: outlet ?? hint,
    agency,
    url: host === undefined ? undefined : options.url,
    byline: header.byline,
  };
}

/**
 * The year of a dateline printed without one: a stamp of the same day and month says it (`Taipei, Feb. 28` under a
 * blog's `Monday, February 28, 2011`), before the same day printed in full in the text, which may be a year it cites
 * (`began on Feb. 28, 1947`); otherwise the year closest to the stamp, in draftDate.
 */
function datelineYear(date: PartialDate, header: CopyHeader): PartialDate {
  const stamp = header.publishedDate;
  if (date.year !== undefined || (stamp?.year !== undefined && stamp.month === date.month && stamp.day === date.day)) return completeYear(date, stamp);
  return yearPrintedFor(date, header.body.join('\n\n')) ?? date;
}

function draftDate(printed: PartialDate | undefined, stamped: PartialDate | undefined, fallback: string | undefined): string {
  const fromCopy = printed ? isoDate(completeYear(printed, stamped)) : isoDate(stamped);
  if (fromCopy !== undefined) return fromCopy;
  if (fallback !== undefined) return fallback;
  if (printed) {
    return `${TODO} publication date; the copy prints ${MONTHS[printed.month - 1] ?? printed.month} ${printed.day} without a year`;
  }
  return `${TODO} publication date (YYYY-MM-DD); the copy prints none`;
}

/** Dotted paths of every placeholder left, for the editor's to-do list. */
export function placeholders(frontmatter: DraftFrontmatter): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (isPlaceholder(value)) found.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, path === '' ? key : `${path}.${key}`);
    }
  };
  walk(frontmatter, '');
  return found;
}
