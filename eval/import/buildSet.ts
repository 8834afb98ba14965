/**
 * Writes set.json from the copies and the editor's annotations
 * (copies/annotations.json, git-ignored because it holds fragments of the
 * copies' words): each quote is located in its copy by where it starts (and,
 * when it runs past a closing mark or has none, where it ends), then kept
 * only as a fingerprint.
 *
 *   npx tsx eval/import/buildSet.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COPIES_DIR, SET_FILE, foldQuote, foldText, readCopy, readSet, sha256 } from './evalSet.ts';
import type { ExpectedQuote, SetEntry } from './evalSet.ts';

/** [starts with, ends with | null, speaker, kind p|r, optional?] */
type QuoteNote = [string, string | null, string, 'p' | 'r', boolean?];

interface Annotation {
  id: string;
  url: string;
  query: string;
  group: string;
  country: string;
  place: string | null;
  placePrinted?: boolean;
  outlet: string;
  outletPrinted?: boolean;
  agency: string | null;
  date: string | null;
  datePrinted?: boolean;
  byline?: string[];
  quotes: QuoteNote[];
  /** Collection round: absent for the first 58 copies; later rounds say `heldOut` themselves. */
  round?: number;
  /** Later rounds: held out by the collector before tuning, not by a hash. */
  heldOut?: boolean;
}

/** How many first-round copies were held out: about a sixth, chosen by a hash of the id, not by looking. */
const HELD_OUT = 10;

/**
 * The round whose held-out batch is still sealed. Held-out copies of earlier
 * rounds have been scored and were promoted to development when the round
 * after theirs began (rounds 1 and 2's both at round 3): they keep
 * `heldOutUntil` so their figures can still be told apart.
 */
const OPEN_ROUND = 14;
const promotedAt = (round: number): number => Math.max(3, round + 1);

const CLOSING = /[”"’']/;

function locate(copy: string, note: QuoteNote, id: string): string {
  const [rawFrom, to] = note;
  const [from, nth] = rawFrom.split('#') as [string, string | undefined];
  let start = -1;
  for (let n = Number(nth ?? 1); n > 0; n--) {
    start = copy.indexOf(from, start + 1);
    if (start < 0) throw new Error(`${id}: quote starting "${from}" not found`);
  }
  let end: number;
  if (to !== null) {
    end = copy.indexOf(to, start);
    if (end < 0) throw new Error(`${id}: quote end "${to}" not found after "${from}"`);
    end += to.length;
  } else {
    const rest = copy.slice(start);
    const close = rest.search(/[”"]/);
    const paragraph = rest.search(/\n/);
    if (close < 0 || (paragraph >= 0 && paragraph < close)) throw new Error(`${id}: quote "${from}" has no closing mark in its paragraph; give its end`);
    end = start + close;
  }
  const text = copy.slice(start, end);
  if (!CLOSING.test(copy.slice(end, end + 1)) && to === null) throw new Error(`${id}: "${from}" does not end at a mark`);
  return text;
}

// The annotations are git-ignored like the copies: a machine without them keeps set.json's entries as they are.
const ANNOTATIONS = path.join(COPIES_DIR, 'annotations.json');
const notes = existsSync(ANNOTATIONS) ? (JSON.parse(readFileSync(ANNOTATIONS, 'utf8')) as Annotation[]) : [];
const roundOf = (note: Annotation): number => note.round ?? 1;
const ranked = notes.filter((n) => roundOf(n) === 1).sort((a, b) => sha256(`held-out:${a.id}`).localeCompare(sha256(`held-out:${b.id}`)));
const wasHeldOut = new Set([...ranked.slice(0, HELD_OUT), ...notes.filter((n) => roundOf(n) > 1 && n.heldOut === true)].map((n) => n.id));

/** Where a copy stands: held out while its round is open, development (with the round it was promoted in) after. */
function standing(heldOutOnce: boolean, round: number): Pick<SetEntry, 'heldOut' | 'heldOutUntil'> {
  if (!heldOutOnce) return { heldOut: false };
  return round >= OPEN_ROUND ? { heldOut: true } : { heldOut: false, heldOutUntil: promotedAt(round) };
}

const annotated: SetEntry[] = notes.map((note) => {
  const copy = readCopy(note.id);
  if (copy === undefined) throw new Error(`${note.id}: no copy in ${COPIES_DIR}`);
  const quotes: ExpectedQuote[] = note.quotes.map((q) => {
    const text = locate(copy, q, note.id);
    return {
      hash: sha256(foldQuote(text)),
      words: foldQuote(text).split(' ').length,
      speaker: q[2],
      kind: q[3] === 'p' ? 'person' : 'role',
      optional: q[4] === true,
    };
  });
  return {
    id: note.id,
    url: note.url,
    refetch: { corpus: 'pages', query: note.query },
    group: note.group,
    country: note.country,
    fingerprint: sha256(foldText(copy)),
    ...standing(wasHeldOut.has(note.id), roundOf(note)),
    round: roundOf(note),
    expected: {
      place: note.place,
      placePrinted: note.placePrinted ?? true,
      outlet: note.outlet,
      outletPrinted: note.outletPrinted ?? true,
      agency: note.agency,
      date: note.date,
      datePrinted: note.datePrinted ?? true,
      byline: note.byline ?? null,
      quotes,
    },
  };
});

// Entries of set.json whose annotations are not on this machine (round 2's were lost with a worktree, every round's with session 10's new machine)
// are kept as they are, facts and fingerprints included, instead of being dropped from the set.
const noted = new Set(notes.map((n) => n.id));
const kept = (existsSync(SET_FILE) ? readSet() : []).filter((e) => !noted.has(e.id));
if (kept.length > 0) console.warn(`${kept.length} entries have no annotation in copies/annotations.json: kept from set.json as they were (${kept.slice(0, 3).map((e) => e.id).join(', ')}${kept.length > 3 ? ', …' : ''})`);
const entries: SetEntry[] = [
  ...annotated,
  ...kept.map((e) => ({ ...e, ...standing(e.heldOut || e.heldOutUntil !== undefined, e.round) })),
].sort((a, b) => a.round - b.round);

writeFileSync(SET_FILE, `${JSON.stringify(entries, null, 1)}\n`);
const groups = new Set(entries.map((e) => e.group));
const countries = new Set(entries.map((e) => e.country));
console.log(`${entries.length} copies (${entries.filter((e) => e.heldOut).length} held out), ${groups.size} agencies/outlets, ${countries.size} countries, ` +
  `${entries.reduce((n, e) => n + e.expected.quotes.filter((q) => !q.optional).length, 0)} quotes → ${path.relative(process.cwd(), SET_FILE)}`);
