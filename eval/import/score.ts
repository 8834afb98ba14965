/**
 * Scores the importer on the development set (`npm run eval:import`):
 * per agency, datelines fully right (place, outlet, agency, date — a `TODO`
 * counts where the copy does not print the fact), direct quotes found with
 * the right speaker (recall), precision (drafted quotes that are real
 * quotes), and invented text (drafted words the copy does not contain).
 *
 *   npm run eval:import                 # development copies
 *   npm run eval:import -- --held-out   # the held-out copies, once tuning is done
 *   npm run eval:import -- --why        # what went wrong, copy by copy (development copies only)
 *   npm run eval:import -- --no-url     # as if the editor gave no --url
 *
 * A held-out copy whose page a tuner looked at while tuning (its URL in
 * eval/import/probed.txt) is no fresh measure: it is scored apart, in a table
 * of its own, and left out of the held-out figures.
 *
 * With copies from more than one collection round, each round gets its own
 * table too: each round's held-out copies were collected after the earlier
 * rounds' tuning, and once scored they join development with `heldOutUntil`,
 * which gets a table of its own.
 *
 * Copies missing from eval/import/copies/ are skipped and counted; a copy
 * whose fingerprint differs from set.json is skipped as changed.
 *
 * `--why --validation 10` prints no misses of round 10: a tuner keeps that
 * development round as a check that a change carries to copy not tuned on.
 */
import { parseArgs } from 'node:util';
import { importCopy } from '../../src/import/importCopy.ts';
import type { ImportedArticle } from '../../src/import/importCopy.ts';
import { comparableUrl, foldQuote, foldText, matchesFingerprint, readCopy, readProbed, readSet, sha256 } from './evalSet.ts';
import type { ExpectedQuote, SetEntry } from './evalSet.ts';

interface Result {
  entry: SetEntry;
  dateline: boolean;
  wrong: string[];
  quotes: number;
  right: number;
  found: number;
  drafted: number;
  real: number;
  invented: string[];
  byline: boolean | undefined;
}

const { values } = parseArgs({
  options: {
    'held-out': { type: 'boolean', default: false },
    why: { type: 'boolean', default: false },
    'no-url': { type: 'boolean', default: false },
    // A development round kept as a validation batch: scored in the tables, its misses never printed by --why.
    validation: { type: 'string' },
  },
});

const isTodo = (value: string | undefined): boolean => value === undefined || value.startsWith('TODO');
const alternatives = (value: string): string[] => value.split('|').map((v) => v.trim());
const fold = (value: string): string =>
  value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.\s]+/g, ' ').trim();

function oneOf(actual: string | undefined, expected: string): boolean {
  return actual !== undefined && alternatives(expected).some((alt) => fold(alt) === fold(actual));
}

function speakerRight(actual: string, quote: ExpectedQuote): boolean {
  if (quote.kind === 'person') return oneOf(actual, quote.speaker);
  const said = fold(actual);
  return alternatives(quote.speaker).some((alt) => said.includes(fold(alt)));
}

function datelineWrong(article: ImportedArticle, entry: SetEntry): string[] {
  const fm = article.frontmatter;
  const e = entry.expected;
  const wrong: string[] = [];
  const place = fm.dateline?.place;
  const placeOk = e.place === null ? isTodo(place) : oneOf(place, e.place) || (!e.placePrinted && isTodo(place));
  if (!placeOk) wrong.push(`place ${JSON.stringify(place)} (expected ${e.place ?? 'none'})`);
  const outletOk = oneOf(fm.source.outlet, e.outlet) || (!e.outletPrinted && isTodo(fm.source.outlet));
  if (!outletOk) wrong.push(`outlet ${JSON.stringify(fm.source.outlet)} (expected ${e.outlet})`);
  const agency = fm.source.agency;
  const agencyOk = e.agency === null ? agency === undefined : (agency === undefined ? alternatives(e.agency).includes('-') : oneOf(agency, e.agency));
  if (!agencyOk) wrong.push(`agency ${JSON.stringify(agency)} (expected ${e.agency ?? 'none'})`);
  const dateOk = e.date === null ? isTodo(fm.date) : fm.date === e.date || (!e.datePrinted && isTodo(fm.date));
  if (!dateOk) wrong.push(`date ${JSON.stringify(fm.date)} (expected ${e.date ?? 'TODO'})`);
  return wrong;
}

/** Names in a drafted byline: `A, B and C`. */
function bylinePeople(byline: string | undefined): string[] {
  if (byline === undefined || byline.startsWith('@')) return [];
  return byline.split(/\s*,\s*|\s+and\s+|\s*&\s*/).map((n) => n.trim()).filter((n) => n !== '');
}

function score(entry: SetEntry, copy: string): Result {
  const article = importCopy(copy, { sourceName: `${entry.id}.txt`, ...(values['no-url'] ? {} : { url: entry.url }) });
  const wrong = datelineWrong(article, entry);
  const drafted = article.frontmatter.quotes.map((q) => ({ hash: sha256(foldQuote(q.text)), speaker: q.speaker, text: q.text }));
  const expected = entry.expected.quotes;
  const used = new Set<number>();
  let right = 0;
  let found = 0;
  for (const quote of expected.filter((q) => !q.optional)) {
    const candidates = drafted.map((d, i) => ({ d, i })).filter(({ d, i }) => d.hash === quote.hash && !used.has(i));
    const best = candidates.find(({ d }) => speakerRight(d.speaker, quote)) ?? candidates[0];
    if (!best) {
      wrong.push(`quote of ${quote.speaker} (${quote.words} words) not drafted`);
      continue;
    }
    used.add(best.i);
    found++;
    if (speakerRight(best.d.speaker, quote)) right++;
    else wrong.push(`quote "${best.d.text.slice(0, 40)}…" given to ${JSON.stringify(best.d.speaker)}, expected ${quote.speaker}`);
  }
  const known = new Set(expected.map((q) => q.hash));
  const real = drafted.filter((d) => known.has(d.hash)).length;
  for (const d of drafted) if (!known.has(d.hash)) wrong.push(`not a quote: "${d.text.slice(0, 50)}"`);
  // Invented text: drafted words or facts the copy does not contain.
  const copyFolded = foldText(copy);
  const contains = (text: string) => copyFolded.includes(foldText(text));
  const invented: string[] = [];
  for (const d of drafted) if (!contains(d.text)) invented.push(`quote "${d.text.slice(0, 40)}…"`);
  for (const p of article.body) if (!contains(p)) invented.push(`paragraph "${p.slice(0, 40)}…"`);
  const fm = article.frontmatter;
  const place = fm.dateline?.place;
  if (place !== undefined && !isTodo(place) && !contains(place) && !contains(place.toUpperCase())) invented.push(`place ${place}`);
  let byline: boolean | undefined;
  if (entry.expected.byline !== null) {
    const got = bylinePeople(fm.source.byline).map(fold).sort();
    const want = entry.expected.byline.map(fold).sort();
    byline = JSON.stringify(got) === JSON.stringify(want);
    if (!byline) wrong.push(`byline ${JSON.stringify(fm.source.byline)} (expected ${JSON.stringify(entry.expected.byline)})`);
  }
  return {
    entry, dateline: wrong.filter((w) => /^(?:place|outlet|agency|date) /.test(w)).length === 0, wrong,
    quotes: expected.filter((q) => !q.optional).length, right, found, drafted: drafted.length, real, invented, byline,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);

function table(results: Result[], title: string): void {
  const groups = new Map<string, Result[]>();
  for (const r of results) groups.set(r.entry.group, [...(groups.get(r.entry.group) ?? []), r]);
  const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  console.log(`\n${title}`);
  console.log('| agency / outlet | copies | datelines fully right | quotes with right speaker | precision | invented |');
  console.log('|---|---|---|---|---|---|');
  const line = (name: string, rs: Result[]) => {
    const sum = (f: (r: Result) => number) => rs.reduce((n, r) => n + f(r), 0);
    const d = sum((r) => (r.dateline ? 1 : 0));
    console.log(`| ${name} | ${rs.length} | ${d}/${rs.length} (${pct(d, rs.length)}) | ${sum((r) => r.right)}/${sum((r) => r.quotes)} (${pct(sum((r) => r.right), sum((r) => r.quotes))}) | ${sum((r) => r.real)}/${sum((r) => r.drafted)} (${pct(sum((r) => r.real), sum((r) => r.drafted))}) | ${sum((r) => r.invented.length)} |`);
  };
  for (const [name, rs] of rows) line(name, rs);
  line('**all**', results);
  const sum = (f: (r: Result) => number) => results.reduce((n, r) => n + f(r), 0);
  const bylines = results.filter((r) => r.byline !== undefined);
  console.log(`\nquotes drafted at all (any speaker): ${sum((r) => r.found)}/${sum((r) => r.quotes)}; bylines right: ${bylines.filter((r) => r.byline).length}/${bylines.length}`);
}

const set = readSet();
const chosen = set.filter((e) => e.heldOut === values['held-out']);
const probed = values['held-out'] ? readProbed() : new Set<string>();
const results: Result[] = [];
const seen: Result[] = [];
let missing = 0;
let changed = 0;
for (const entry of chosen) {
  const copy = readCopy(entry.id);
  if (copy === undefined) {
    missing++;
    continue;
  }
  if (!matchesFingerprint(entry, copy)) {
    changed++;
    continue;
  }
  (probed.has(comparableUrl(entry.url)) ? seen : results).push(score(entry, copy));
}
const which = values['held-out'] ? 'held-out copies' : 'development copies';
console.log(`${results.length} ${which} scored${missing > 0 ? `, ${missing} missing (skipped)` : ''}${changed > 0 ? `, ${changed} changed since set.json (skipped)` : ''}${seen.length > 0 ? `, ${seen.length} probed while tuning (scored apart, below)` : ''}${values['no-url'] ? ', without --url' : ', with --url'}`);
if (missing + changed > 0) console.log('(npx tsx eval/import/copiesStatus.ts lists the missing and changed copies by the search query that finds them)');
if (values.why && !values['held-out']) {
  const hidden = values.validation === undefined ? undefined : Number(values.validation);
  for (const r of results) if (r.entry.round !== hidden && (r.wrong.length > 0 || r.invented.length > 0)) console.log(`\n${r.entry.id}\n  ${[...r.wrong, ...r.invented.map((i) => `INVENTED ${i}`)].join('\n  ')}`);
}
table(results, which);
// Each collection round apart: a later round's held-out copies are the fresh generalisation figure.
const rounds = [...new Set(results.map((r) => r.entry.round))].sort((a, b) => a - b);
if (rounds.length > 1) for (const round of rounds) table(results.filter((r) => r.entry.round === round), `${which}, round ${round} only`);
// Development copies that were held out until a later round: their figures before and after that round's tuning.
const promoted = [...new Set(results.flatMap((r) => (r.entry.heldOutUntil === undefined ? [] : [r.entry.heldOutUntil])))].sort((a, b) => a - b);
for (const until of promoted) {
  for (const round of rounds) {
    const once = results.filter((r) => r.entry.heldOutUntil === until && r.entry.round === round);
    if (once.length > 0) table(once, `${which} held out until round ${until}, round ${round} only`);
  }
}
// Held-out copies a tuner looked at while tuning: scored, but not a fresh figure.
if (seen.length > 0) table(seen, `${which} whose page was probed while tuning (eval/import/probed.txt), not fresh`);
