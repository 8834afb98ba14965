/**
 * The importer's development set: real published copies collected with the
 * search tool, the facts an editor recorded for each, and the folding that
 * makes a copy or a quote comparable without keeping its text.
 *
 * Third-party text never goes into git: `set.json` holds sources, expected
 * facts, and SHA-256 fingerprints; the copies themselves live in the
 * git-ignored `copies/` folder, and whatever is missing there is skipped.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparable } from '../../src/text/normalizeText.ts';

export const EVAL_DIR = path.dirname(fileURLToPath(import.meta.url));
export const COPIES_DIR = path.join(EVAL_DIR, 'copies');
export const SET_FILE = path.join(EVAL_DIR, 'set.json');
/** Pages the tuners looked at while tuning (one URL a line, `#` comments): a held-out copy among them is no fresh measure. */
export const PROBED_FILE = path.join(EVAL_DIR, 'probed.txt');

/** A quote the editor recorded, known by the fingerprint of its words. */
export interface ExpectedQuote {
  /** sha256 of `foldQuote(text)`. */
  hash: string;
  words: number;
  /** Full name, or for a role/organisation the phrase the copy uses; alternatives split by `|`. */
  speaker: string;
  kind: 'person' | 'role';
  /** A short partial quote: not counted in recall, and no precision error when drafted. */
  optional: boolean;
}

export interface SetEntry {
  id: string;
  url: string;
  /** How to fetch the copy again: the search tool's `pages` corpus, this query, this URL. */
  refetch: { corpus: 'pages'; query: string };
  /** Agency, or the outlet when there is none: the per-agency figures group by it. */
  group: string;
  country: string;
  /** sha256 of `foldText(copy)`. */
  fingerprint: string;
  /** Reserved before tuning; scored only with `--held-out`. */
  heldOut: boolean;
  /** A copy once held out, scored, then promoted to development when this round began. */
  heldOutUntil?: number;
  /** Collection round (1: the first 58 copies; 2, 3 and 4: copies added, each round with a fresh held-out batch). */
  round: number;
  expected: {
    /** Alternatives split by `|`; null when the copy has no dateline. */
    place: string | null;
    placePrinted: boolean;
    outlet: string;
    /** False when the copy does not say who published it: a `TODO` is then right. */
    outletPrinted: boolean;
    /** Alternatives split by `|`, `-` for none; null when the copy credits no agency. */
    agency: string | null;
    /** null when the copy prints no full date: a `TODO` is then the only right answer. */
    date: string | null;
    /** False when the date can be had only by reading the page around the copy: a `TODO` is then right too. */
    datePrinted: boolean;
    /** People in the byline; null when not scored. */
    byline: string[] | null;
    quotes: ExpectedQuote[];
  };
}

const QUOTE_MARKS = /["“”„‟«»‹›'‘’‚‛`´]/g;

/** Text folded for fingerprints: the importer's own comparison folding (marks, dashes, spacing, case). */
export const foldText = comparable;

/** A quote's words, whatever marks, case, spacing or closing punctuation it was drafted with. */
export function foldQuote(text: string): string {
  return foldText(text)
    .replace(QUOTE_MARKS, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?…-]+|[\s.,;:!?…-]+$/g, '');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function readSet(): SetEntry[] {
  return JSON.parse(readFileSync(SET_FILE, 'utf8')) as SetEntry[];
}

/** A page's address as compared: no scheme, `www.`, query, fragment or trailing slash; the host in lower case. */
export function comparableUrl(url: string): string {
  const bare = url.trim().replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  const slash = bare.indexOf('/');
  return slash < 0 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash);
}

/** The addresses in probed.txt, compared by comparableUrl(); none when the file is missing. */
export function readProbed(): Set<string> {
  if (!existsSync(PROBED_FILE)) return new Set();
  const lines = readFileSync(PROBED_FILE, 'utf8').split('\n').map((line) => line.trim());
  return new Set(lines.filter((line) => line !== '' && !line.startsWith('#')).map(comparableUrl));
}

/** Whether a stored copy is still the text its entry was fingerprinted from (score.ts, copiesStatus.ts). */
export function matchesFingerprint(entry: SetEntry, copy: string): boolean {
  return sha256(foldText(copy)) === entry.fingerprint;
}

/** The stored copy, or undefined when it is not on this machine. */
export function readCopy(id: string): string | undefined {
  const file = path.join(COPIES_DIR, `${id}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
