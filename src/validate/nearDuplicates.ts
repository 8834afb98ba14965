/**
 * Validate, across files: a body that nearly repeats another article's, by sampled 6-word shingles
 * (shingleSample.ts). The check from nothing is here; two ways to run it again over nearly the same files give
 * the same findings with less work: against what `npm start` kept in memory of the last update
 * (nearDuplicateMemo.ts), and against what the last build kept in its state (nearDuplicatesSince.ts).
 */
import type { VFile } from 'vfile';
import { reportWarning } from '../model/diagnostics.ts';

/** Share of sampled 6-word shingles two bodies must share to be near-duplicates. */
const NEAR_DUPLICATE = 0.8;
/** A sampled shingle found in more articles than this is common phrasing, not a sign of a copy. */
export const COMMON_SHINGLE = 100;

/** A file the check runs over: its path and its body's sample. */
export interface SampledFile {
  file: VFile;
  sample: Uint32Array;
}

/** What the check found for a file: the first other file whose body it nearly repeats, and how much of it. */
export interface NearDuplicate {
  similarity: number;
  other: string;
}

export type Found = NearDuplicate | undefined;

/**
 * The holders of a shingle that say something about a pair: phrasing that many articles share says nothing
 * about one pair and would make the check quadratic; a shingle one file holds pairs it with nobody.
 */
export function usableHolders<K>(holders: K | readonly K[] | undefined): readonly K[] | undefined {
  return Array.isArray(holders) && holders.length > 1 && holders.length <= COMMON_SHINGLE ? holders : undefined;
}

/**
 * The first other file, in the order the holders of `sample`'s shingles name them, that shares enough of
 * its sampled shingles to be a near-duplicate: the one comparison every way of running the check makes.
 */
export function firstNearDuplicate<K>(
  sample: Uint32Array,
  self: K,
  holdersOf: (shingle: number) => Iterable<K> | undefined,
  sampleSize: (other: K) => number,
): { other: K; similarity: number } | undefined {
  if (sample.length < 4) return undefined;
  const shared = new Map<K, number>();
  for (const shingle of sample) {
    for (const other of holdersOf(shingle) ?? []) if (other !== self) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  for (const [other, count] of shared) {
    const similarity = count / Math.max(sample.length, sampleSize(other));
    if (similarity >= NEAR_DUPLICATE) return { other, similarity };
  }
  return undefined;
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
 * For each item, the first other item whose body it nearly repeats, from nothing, in about linear time: only
 * articles that share a sampled shingle are compared.
 */
export function nearDuplicates(items: readonly SampledFile[]): Found[] {
  const samples = items.map((item) => item.sample);
  const parts = holdersIndex(samples);
  const holdersOf = (shingle: number) => usableHolders(parts[shingle % INDEX_PARTS]!.get(shingle));
  return samples.map((sample, index): Found => {
    const found = firstNearDuplicate(sample, index, holdersOf, (other) => samples[other]!.length);
    return found && { similarity: found.similarity, other: items[found.other]!.file.path };
  });
}

/** The check from nothing, each finding reported on its file. */
export function warnNearDuplicates(items: readonly SampledFile[]): void {
  nearDuplicates(items).forEach((found, index) => found && reportNearDuplicate(items[index]!.file, found));
}

export function reportNearDuplicate(file: VFile, { similarity, other }: NearDuplicate): void {
  reportWarning(file, {
    reason: `Unexpected body ${Math.round(similarity * 100)}% like ${other}, expected a different article`,
    rule: 'near-duplicate',
    place: { line: 1, column: 1 },
    hint: 'If this is the same story copied twice, keep one file; if it is a correction, use `updated` and `corrections`.',
  });
}
