/**
 * The near-duplicate check (nearDuplicates.ts) as `npm start` runs it on every update: what it found is kept
 * in memory between updates with each file's sample and the files holding each sampled shingle, and only the
 * files sharing a usable shingle with a changed, added or removed sample are compared again.
 */
import { sameItems } from '../util/sameItems.ts';
import { COMMON_SHINGLE, firstNearDuplicate, nearDuplicates, reportNearDuplicate, usableHolders, type Found, type SampledFile } from './nearDuplicates.ts';

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

export function nearDuplicateMemo(): NearDuplicateMemo {
  return { samples: new Map(), holders: new Map(), found: new Map() };
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

/**
 * The same answer as a run from nothing (warnNearDuplicates): what is found for a file depends only on its sample
 * and on the files holding its shingles (in archive order, with their sample sizes), shingles held by more than
 * COMMON_SHINGLE files aside. So only the files sharing a usable shingle with a changed, added or removed
 * sample are compared again; the others keep what was found (tests/validate/nearDuplicateMemo.test.ts).
 */
export function warnNearDuplicatesAgain(items: readonly SampledFile[], memo: NearDuplicateMemo): void {
  const changed: { path: string; before: Uint32Array | undefined; after: Uint32Array | undefined }[] = [];
  let known = 0;
  for (const item of items) {
    const before = memo.samples.get(item.file.path);
    if (before !== undefined) known++;
    // An unchanged file keeps its sample: the same array.
    if (before !== item.sample && !sameItems(before, item.sample)) changed.push({ path: item.file.path, before, after: item.sample });
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
    if (found) reportNearDuplicate(item.file, found);
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
  const holdersOf = (shingle: number) => {
    const holders = usableHolders(memo.holders.get(shingle));
    return holders && [...holders].sort((a, b) => order.get(a)! - order.get(b)!);
  };
  const found = firstNearDuplicate(memo.samples.get(path)!, path, holdersOf, (other) => memo.samples.get(other)!.length);
  return found && { similarity: found.similarity, other: found.other };
}
