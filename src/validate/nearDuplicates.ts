/**
 * Validate, across files: a body that nearly repeats another article's, by
 * sampled 6-word shingles. Three ways to run it over the same findings: from
 * nothing (warnNearDuplicates), against what `npm start` kept in memory of the
 * last update (NearDuplicateMemo), and against what the last build kept in its
 * state (warnNearDuplicatesSince). All report the same warnings.
 */
import type { VFile } from 'vfile';
import { reportWarning } from '../model/diagnostics.ts';
import { normalizeText } from '../text/normalizeText.ts';
import type { WarnableArticle } from './editorWarnings.ts';
import { sameItems } from '../util/sameItems.ts';

/** Share of sampled 6-word shingles two bodies must share to be near-duplicates. */
const NEAR_DUPLICATE = 0.8;
const SHINGLE = 6;
/** A sampled shingle found in more articles than this is common phrasing, not a sign of a copy. */
const COMMON_SHINGLE = 100;
/** Samples by parsed source: `npm start` keeps unchanged sources between rebuilds. */
const samplesBySource = new WeakMap<object, Uint32Array>();

/** A body's sampled shingles, for warnNearDuplicates(); small enough to keep for every article. */
export function bodySample(source: WarnableArticle['source']): Uint32Array {
  let sample = samplesBySource.get(source);
  if (!sample) samplesBySource.set(source, (sample = sampleShingles(source.body)));
  return sample;
}

/**
 * The index from sampled shingle to the articles holding it, split over
 * several Maps: one Map holds at most 2^24 entries in V8, and a 100,000-article
 * archive samples about 10 million shingles (one Map crashed the build).
 * Almost every shingle is in one article only: it maps to that article's
 * index, not to an array (two million arrays at 10,000 articles were most of
 * this function's time).
 */
const INDEX_PARTS = 16;

function holdersIndex(samples: readonly Uint32Array[]): Array<Map<number, number | number[]>> {
  const parts = Array.from({ length: INDEX_PARTS }, () => new Map<number, number | number[]>());
  samples.forEach((sample, index) => {
    for (const shingle of sample) {
      const part = parts[shingle % INDEX_PARTS]!;
      const holders = part.get(shingle);
      if (holders === undefined) part.set(shingle, index);
      else if (typeof holders === 'number') part.set(shingle, [holders, index]);
      else holders.push(index);
    }
  });
  return parts;
}

/**
 * Near-duplicates in about linear time: each body is reduced to a sample of
 * hashed shingles; only articles that share a sampled shingle are compared.
 * With a memo (`npm start` keeps one between updates) only the articles that
 * share a sampled shingle with a changed body are compared again.
 */
export function warnNearDuplicates(items: ReadonlyArray<{ file: VFile; sample: Uint32Array }>, memo?: NearDuplicateMemo): void {
  if (memo) return warnNearDuplicatesAgain(items, memo);
  nearDuplicates(items).forEach((found, index) => found && reportNearDuplicate(items[index]!.file, found.similarity, found.other));
}

/** What the check found for a file: the first other file whose body it nearly repeats, and how much of it. */
export interface NearDuplicate {
  similarity: number;
  other: string;
}

type Found = NearDuplicate | undefined;

/** For each item, the first other item whose body it nearly repeats, from nothing. */
function nearDuplicates(items: ReadonlyArray<{ file: VFile; sample: Uint32Array }>): Found[] {
  const samples = items.map((item) => item.sample);
  const parts = holdersIndex(samples);
  return samples.map((sample, index): Found => {
    if (sample.length < 4) return undefined;
    const shared = new Map<number, number>();
    for (const shingle of sample) {
      const holders = parts[shingle % INDEX_PARTS]!.get(shingle);
      // Phrasing that many articles share says nothing about one pair and would make this quadratic.
      if (holders === undefined || typeof holders === 'number' || holders.length > COMMON_SHINGLE) continue;
      for (const other of holders) {
        if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    for (const [other, count] of shared) {
      const otherSample = samples[other]!;
      const similarity = count / Math.max(sample.length, otherSample.length);
      if (similarity >= NEAR_DUPLICATE) return { similarity, other: items[other]!.file.path };
    }
    return undefined;
  });
}

function reportNearDuplicate(file: VFile, similarity: number, other: string): void {
  reportWarning(file, {
    reason: `Unexpected body ${Math.round(similarity * 100)}% like ${other}, expected a different article`,
    rule: 'near-duplicate',
    place: { line: 1, column: 1 },
    hint: 'If this is the same story copied twice, keep one file; if it is a correction, use `updated` and `corrections`.',
  });
}

/**
 * What the near-duplicate check found, kept between runs over nearly the same files: each file's sample,
 * which files hold each sampled shingle, and what was found for each file.
 */
export interface NearDuplicateMemo {
  samples: Map<string, Uint32Array>;
  /** Shingle → the file holding it, or the files (almost every shingle is one file's: no array for it). */
  holders: Map<number, string | string[]>;
  found: Map<string, Found>;
}

function holderCount(memo: NearDuplicateMemo, shingle: number): number {
  const holders = memo.holders.get(shingle);
  return holders === undefined ? 0 : typeof holders === 'string' ? 1 : holders.length;
}

function addHolder(memo: NearDuplicateMemo, shingle: number, path: string): void {
  const holders = memo.holders.get(shingle);
  if (holders === undefined) memo.holders.set(shingle, path);
  else if (typeof holders === 'string') memo.holders.set(shingle, [holders, path]);
  else holders.push(path);
}

function removeHolder(memo: NearDuplicateMemo, shingle: number, path: string): void {
  const holders = memo.holders.get(shingle);
  if (holders === path) memo.holders.delete(shingle);
  else if (Array.isArray(holders)) {
    const left = holders.filter((holder) => holder !== path);
    if (left.length === 1) memo.holders.set(shingle, left[0]!);
    else memo.holders.set(shingle, left);
  }
}

export function nearDuplicateMemo(): NearDuplicateMemo {
  return { samples: new Map(), holders: new Map(), found: new Map() };
}

function sameSample(a: Uint32Array | undefined, b: Uint32Array): boolean {
  // An unchanged source keeps its sample (bodySample): the same array.
  return a === b || sameItems(a, b);
}

/**
 * The same answer as a run from nothing: what is found for a file depends only on its sample and on the
 * files holding its shingles (in archive order, with their sample sizes), shingles held by more than
 * COMMON_SHINGLE files aside. So only the files sharing a usable shingle with a changed, added or removed
 * sample are compared again; the others keep what was found (tests/validate/nearDuplicateMemo.test.ts).
 */
function warnNearDuplicatesAgain(items: ReadonlyArray<{ file: VFile; sample: Uint32Array }>, memo: NearDuplicateMemo): void {
  const changed: { path: string; before: Uint32Array | undefined; after: Uint32Array | undefined }[] = [];
  let known = 0;
  for (const item of items) {
    const before = memo.samples.get(item.file.path);
    if (before !== undefined) known++;
    if (!sameSample(before, item.sample)) changed.push({ path: item.file.path, before, after: item.sample });
  }
  // Files gone since: only looked for when some file the memo holds is not among the items.
  if (known < memo.samples.size) {
    const now = new Set(items.map((item) => item.file.path));
    for (const [path, before] of memo.samples) if (!now.has(path)) changed.push({ path, before, after: undefined });
  }
  let order: Map<string, number> | undefined;
  const orderOf = (): Map<string, number> => (order ??= new Map(items.map((item, index) => [item.file.path, index])));
  // Holders before the change, for the shingles it touches; then the index is brought up to date.
  const heldBefore = new Map<number, number>();
  // The first run: every file is new, none compared before; the run from nothing is the faster way.
  const first = memo.samples.size === 0;
  if (!first) {
    for (const { before, after } of changed) {
      for (const sample of [before, after]) for (const shingle of sample ?? []) if (!heldBefore.has(shingle)) heldBefore.set(shingle, holderCount(memo, shingle));
    }
  }
  for (const { path, before, after } of changed) {
    for (const shingle of before ?? []) removeHolder(memo, shingle, path);
    for (const shingle of after ?? []) addHolder(memo, shingle, path);
    if (after) memo.samples.set(path, after);
    else {
      memo.samples.delete(path);
      memo.found.delete(path);
    }
  }
  // `found` holds the files with a finding only: the report below walks those, not every file.
  const keep = (path: string, found: Found): void => void (found ? memo.found.set(path, found) : memo.found.delete(path));
  if (first) nearDuplicates(items).forEach((found, index) => keep(items[index]!.file.path, found));
  else for (const path of comparedAgain(changed, heldBefore, memo)) keep(path, nearestDuplicate(path, memo, orderOf()));
  if (memo.found.size === 0) return;
  for (const item of items) {
    const found = memo.found.get(item.file.path);
    if (found) reportNearDuplicate(item.file, found.similarity, found.other);
  }
}

/** The files whose finding a change can alter: the changed ones, and every holder of a usable shingle of a changed sample (before or after). */
function comparedAgain(changed: readonly { path: string; after: Uint32Array | undefined }[], heldBefore: ReadonlyMap<number, number>, memo: NearDuplicateMemo): Set<string> {
  const again = new Set<string>(changed.flatMap(({ path, after }) => (after ? [path] : [])));
  for (const [shingle, before] of heldBefore) {
    // Shingles too common to count, before and after, tell nobody anything new.
    if (before > COMMON_SHINGLE && holderCount(memo, shingle) > COMMON_SHINGLE) continue;
    const holders = memo.holders.get(shingle);
    for (const path of holders === undefined ? [] : typeof holders === 'string' ? [holders] : holders) again.add(path);
  }
  return again;
}

/** The first file, in the order warnNearDuplicates() meets them, whose body is as like this one's as a near-duplicate's. */
function nearestDuplicate(path: string, memo: NearDuplicateMemo, order: ReadonlyMap<string, number>): Found {
  const sample = memo.samples.get(path)!;
  if (sample.length < 4) return undefined;
  const shared = new Map<string, number>();
  for (const shingle of sample) {
    const holders = memo.holders.get(shingle);
    if (holders === undefined || typeof holders === 'string' || holders.length > COMMON_SHINGLE) continue;
    for (const other of [...holders].sort((a, b) => order.get(a)! - order.get(b)!)) {
      if (other !== path) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  for (const [other, count] of shared) {
    const similarity = count / Math.max(sample.length, memo.samples.get(other)!.length);
    if (similarity >= NEAR_DUPLICATE) return { similarity, other };
  }
  return undefined;
}

/**
 * What a build's previous check saw (kept in the build state, src/pipeline/sourceState.ts): each file's sample
 * then, decoded on demand, and what was found for it.
 */
export interface PreviousCheck {
  files: ReadonlyMap<string, { sample: () => Uint32Array; found: Found }>;
  /** Whether the file's sample is known to be the one it had then (its source unchanged): then it is not compared. */
  unchanged: (path: string) => boolean;
}

/** Above this share of files changed, the check from nothing is the faster way. */
const RECHECK_SHARE = 0.25;

/**
 * The check of a build, given what the previous build's found: the same answer as warnNearDuplicates() from
 * nothing (the argument of warnNearDuplicatesAgain() below), without keeping an index of every sampled
 * shingle between builds. The holders of the few shingles a change touches are found by one pass over the
 * samples, and of the shingles of the files compared again by a second (at 100,000 articles about ten million
 * shingles: the index from nothing took 6 s and hundreds of MB). Returns what was found for each file, to keep.
 */
export function warnNearDuplicatesSince(items: ReadonlyArray<{ file: VFile; sample: Uint32Array }>, previous: PreviousCheck): Map<string, Found> {
  const order = new Map(items.map((item, index) => [item.file.path, index]));
  const changed: { before: Uint32Array | undefined; after: Uint32Array | undefined; index?: number }[] = [];
  for (const [path, file] of previous.files) if (!order.has(path)) changed.push({ before: file.sample(), after: undefined });
  items.forEach((item, index) => {
    const path = item.file.path;
    const known = previous.files.get(path);
    if (known && previous.unchanged(path)) return;
    const before = known?.sample();
    if (!sameSample(before, item.sample)) changed.push({ before, after: item.sample, index });
  });
  const found = new Map<string, Found>();
  if (previous.files.size === 0 || changed.length > items.length * RECHECK_SHARE) {
    nearDuplicates(items).forEach((result, index) => found.set(items[index]!.file.path, result));
  } else {
    // How many files hold each touched shingle after the change, and how many more (or fewer) held it before.
    const delta = new Map<number, number>();
    for (const { before, after } of changed) {
      for (const shingle of before ?? []) delta.set(shingle, (delta.get(shingle) ?? 0) + 1);
      for (const shingle of after ?? []) delta.set(shingle, (delta.get(shingle) ?? 0) - 1);
    }
    const touched = holdersOf(items, delta);
    const again = new Set<number>(changed.flatMap(({ index }) => (index === undefined ? [] : [index])));
    for (const [shingle, difference] of delta) {
      const holders = touched.get(shingle) ?? [];
      if (holders.length > COMMON_SHINGLE && holders.length + difference > COMMON_SHINGLE) continue;
      for (const index of holders) again.add(index);
    }
    const wanted = new Map<number, number>();
    for (const index of again) for (const shingle of items[index]!.sample) wanted.set(shingle, 0);
    const holders = holdersOf(items, wanted);
    items.forEach((item, index) => {
      const path = item.file.path;
      found.set(path, again.has(index) ? nearestAmong(index, items, holders) : previous.files.get(path)?.found);
    });
  }
  items.forEach((item) => {
    const result = found.get(item.file.path);
    if (result) reportNearDuplicate(item.file, result.similarity, result.other);
  });
  return found;
}

/** For each wanted shingle that some file holds, the files holding it, in archive order. */
function holdersOf(items: ReadonlyArray<{ sample: Uint32Array }>, wanted: ReadonlyMap<number, unknown>): Map<number, number[]> {
  const holders = new Map<number, number[]>();
  items.forEach(({ sample }, index) => {
    for (const shingle of sample) {
      if (!wanted.has(shingle)) continue;
      const list = holders.get(shingle);
      if (list) list.push(index);
      else holders.set(shingle, [index]);
    }
  });
  return holders;
}

/** What nearDuplicates() finds for one item, from the holders of its shingles. */
function nearestAmong(index: number, items: ReadonlyArray<{ file: VFile; sample: Uint32Array }>, holders: ReadonlyMap<number, readonly number[]>): Found {
  const sample = items[index]!.sample;
  if (sample.length < 4) return undefined;
  const shared = new Map<number, number>();
  for (const shingle of sample) {
    const list = holders.get(shingle);
    if (list === undefined || list.length < 2 || list.length > COMMON_SHINGLE) continue;
    for (const other of list) if (other !== index) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  for (const [other, count] of shared) {
    const similarity = count / Math.max(sample.length, items[other]!.sample.length);
    if (similarity >= NEAR_DUPLICATE) return { similarity, other: items[other]!.file.path };
  }
  return undefined;
}

/** FNV-1a, 32 bits: a fast, stable hash for words (not for security). */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** bodySample() of a body's text, without the memo: what a build's worker threads make beside its render (src/pipeline/freshBodyWorker.ts). */
export function sampleShingles(body: string): Uint32Array {
  const words = normalizeText(body).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(hashWord);
  const sample = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let hash = 0;
    for (let j = i; j < i + SHINGLE; j++) hash = (Math.imul(hash, 0x01000193) ^ words[j]!) >>> 0;
    // Keep about one shingle in eight: the same ones in every article (about 100 of a 5 KB body).
    // The kept ones end in three zero bits; without them they fit V8's small integers, which Maps
    // hold without boxing.
    if ((hash & 7) === 0) sample.add(hash >>> 3);
  }
  // A typed array, not the Set: 4 bytes a shingle for as long as the archive is checked.
  return Uint32Array.from(sample);
}
