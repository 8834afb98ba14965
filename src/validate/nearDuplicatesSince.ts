/**
 * The near-duplicate check (nearDuplicates.ts) as a build runs it: against what the previous build's check saw,
 * kept in the build state (src/pipeline/sourceState.ts) — each file's sample then and what was found for it —
 * without keeping an index of every sampled shingle between builds.
 */
import { sameItems } from '../util/sameItems.ts';
import { COMMON_SHINGLE, firstNearDuplicate, nearDuplicates, reportNearDuplicate, usableHolders, type Found, type SampledFile } from './nearDuplicates.ts';

/** What a build's previous check saw: each file's sample then, decoded on demand, and what was found for it. */
export interface PreviousCheck {
  files: ReadonlyMap<string, { sample: () => Uint32Array; found: Found }>;
  /** Whether the file's sample is known to be the one it had then (its source unchanged): then it is not compared. */
  unchanged: (path: string) => boolean;
}

/** Above this share of files changed, the check from nothing is the faster way. */
const RECHECK_SHARE = 0.25;

/**
 * The check of a build, given what the previous build's found: the same answer as warnNearDuplicates() from
 * nothing (the argument of nearDuplicateMemo.ts), the holders of the few shingles a change touches found by one
 * pass over the samples, and of the shingles of the files compared again by a second (at 100,000 articles about
 * ten million shingles: the index from nothing took 6 s and hundreds of MB). Returns what was found for each file, to keep.
 */
export function warnNearDuplicatesSince(items: readonly SampledFile[], previous: PreviousCheck): Map<string, Found> {
  const order = new Map(items.map((item, index) => [item.file.path, index]));
  const changed: { before: Uint32Array | undefined; after: Uint32Array | undefined; index?: number }[] = [];
  for (const [path, file] of previous.files) if (!order.has(path)) changed.push({ before: file.sample(), after: undefined });
  items.forEach((item, index) => {
    const path = item.file.path;
    const known = previous.files.get(path);
    if (known && previous.unchanged(path)) return;
    const before = known?.sample();
    if (!sameItems(before, item.sample)) changed.push({ before, after: item.sample, index });
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
    if (result) reportNearDuplicate(item.file, result);
  });
  return found;
}

/** For each wanted shingle that some file holds, the files holding it, in archive order. */
function holdersOf(items: readonly SampledFile[], wanted: ReadonlyMap<number, unknown>): Map<number, number[]> {
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
function nearestAmong(index: number, items: readonly SampledFile[], holders: ReadonlyMap<number, readonly number[]>): Found {
  const found = firstNearDuplicate(items[index]!.sample, index, (shingle) => usableHolders(holders.get(shingle)), (other) => items[other]!.sample.length);
  return found && { similarity: found.similarity, other: items[found.other]!.file.path };
}
