/**
 * Shapes shared by the importer's stages: a copy goes in as text, comes out
 * as drafted frontmatter facts plus the article body.
 */

/** A calendar date as far as the copy tells it; `year` is missing when not printed. */
export interface PartialDate {
  year?: number | undefined;
  month: number;
  day: number;
}

/** One paragraph of the copy, in reading order. */
export interface Paragraph {
  text: string;
}

export interface ParsedDateline {
  /** Place as printed (`YEREVAN`). */
  placePrinted: string;
  /** Place with normalised case (`Yerevan`). */
  place: string;
  /** The dateline exactly as printed, without the separator that follows it. */
  printed: string;
  outlet?: string | undefined;
  agency?: string | undefined;
  date?: PartialDate | undefined;
  /** `Kabul/Ariana News/Jane Roe –`: the writer the dateline credits after the outlet. */
  byline?: string | undefined;
  /** Offset in the lead paragraph where the article text proper starts. */
  textStart: number;
}

/** What a line around the text states (`Source: PTI`, `By UPI Staff | Jan. 03, 2018`, `– BERNAMA`): headerLines.ts, trailers.ts. */
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

/** The header of a copy once the scraping artefacts are peeled off. */
export interface CopyHeader {
  title: string;
  byline?: string | undefined;
  /** The outlet, when the copy prints its name on a line of its own. */
  outlet?: string | undefined;
  /** The wire agency, when the copy credits one outside the dateline (a byline, a source line, a trailer). */
  agency?: string | undefined;
  /** Date read from a time line such as `Staff Name 5 minutes ago Tue 1st December 2020 | 09:15 AM`. */
  publishedDate?: PartialDate | undefined;
  dateline?: ParsedDateline | undefined;
  /** The article text, once, as paragraphs. */
  body: string[];
}

export interface DraftQuote {
  text: string;
  /** Full name, or a `TODO:` placeholder when the importer cannot tell. */
  speaker: string;
  role?: string | undefined;
}

/** Frontmatter as the importer drafts it: every value a string the editor can read. */
export interface DraftFrontmatter {
  title: string;
  date: string;
  dateline?: { place: string; printed?: string | undefined } | undefined;
  source: {
    outlet: string;
    agency?: string | undefined;
    url?: string | undefined;
    byline?: string | undefined;
  };
  quotes: DraftQuote[];
  tags: string[];
  people: string[];
  draft?: boolean | undefined;
}

/** The placeholder prefix the validator reports as an error (one home: src/model/placeholder.ts). */
export { PLACEHOLDER_PREFIX as TODO, isPlaceholder } from '../model/placeholder.ts';
