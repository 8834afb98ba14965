/**
 * `npm start` keeps the near-duplicate check's findings between updates
 * (src/validate/nearDuplicateMemo.ts) and compares again
 * only the files that share phrasing with a changed body. After any sequence
 * of edits — a body changed, copied from another, a file added or removed —
 * every file must carry the same near-duplicate warning as a check from
 * nothing: the same files warned, naming the same other file and share.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { warnNearDuplicates, type NearDuplicate } from '../../src/validate/nearDuplicates.ts';
import { nearDuplicateMemo, warnNearDuplicatesAgain } from '../../src/validate/nearDuplicateMemo.ts';
import { warnNearDuplicatesSince } from '../../src/validate/nearDuplicatesSince.ts';

interface Item {
  path: string;
  sample: Uint32Array;
}

type Edit = { kind: 'body' | 'copy' | 'add' | 'remove' | 'common'; pick: number; other: number; seed: number };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('body', 'copy', 'add', 'remove', 'common') as fc.Arbitrary<Edit['kind']>,
  pick: fc.nat({ max: 10_000 }),
  other: fc.nat({ max: 10_000 }),
  seed: fc.nat({ max: 10_000 }),
});

/** A sample of `size` shingles from a small pool, so bodies overlap; shingle 1 is common phrasing shared by many. */
function sample(seed: number, size = 8 + (seed % 5), common = seed % 2 === 0): Uint32Array {
  const shingles = new Set<number>(common ? [1] : []);
  for (let i = 0; shingles.size < size; i++) shingles.add(2 + ((seed * 31 + i * 17) % 60));
  return Uint32Array.from(shingles);
}

function apply(items: Item[], change: Edit, step: number): Item[] {
  const at = change.pick % items.length;
  const path = items[at]!.path;
  switch (change.kind) {
    case 'body':
      return items.map((item, i) => (i === at ? { path, sample: sample(change.seed) } : item));
    case 'copy': {
      // Nearly the other file's body: one shingle more.
      const from = items[change.other % items.length]!.sample;
      return items.map((item, i) => (i === at ? { path, sample: Uint32Array.from(new Set([...from, 100 + step])) } : item));
    }
    case 'common':
      return items.map((item, i) => (i === at ? { path, sample: Uint32Array.from(new Set([...item.sample, 1])) } : item));
    case 'add':
      return [...items, { path: `content/added-${step}.md`, sample: sample(change.seed) }].sort((a, b) => (a.path < b.path ? -1 : 1));
    case 'remove':
      return items.length > 2 ? items.filter((_, i) => i !== at) : items;
  }
}

/** Each file's near-duplicate warnings, as a check of `items` gives them. */
function warnings(items: readonly Item[], memo?: ReturnType<typeof nearDuplicateMemo>): Record<string, string[]> {
  const files = items.map((item) => ({ file: new VFile({ path: item.path }), sample: item.sample }));
  if (memo) warnNearDuplicatesAgain(files, memo);
  else warnNearDuplicates(files);
  return Object.fromEntries(files.map(({ file }) => [file.path, file.messages.map((message) => message.reason)]));
}

describe('near-duplicate findings kept between updates', () => {
  test('equal a check from nothing after any sequence of edits, common phrasing included', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        // 100 files of 200 hold the common shingle: an edit or two moves it across the 100 files past which it is not counted.
        let items: Item[] = Array.from({ length: 200 }, (_, n) => ({ path: `content/file-${String(n).padStart(3, '0')}.md`, sample: sample(n * 7 + 3) }));
        const memo = nearDuplicateMemo();
        warnings(items, memo);
        for (const [step, change] of edits.entries()) {
          items = apply(items, change, step);
          assert.deepStrictEqual(warnings(items, memo), warnings(items), `the warnings after ${change.kind}`);
        }
      }),
      { seed: 20261201, numRuns: 60 },
    );
  });

  test('a build given only the last build\'s samples and findings warns as a check from nothing, after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let items: Item[] = Array.from({ length: 200 }, (_, n) => ({ path: `content/file-${String(n).padStart(3, '0')}.md`, sample: sample(n * 7 + 3) }));
        // What a build keeps in its state: each file's sample and finding (none the first time).
        let kept = new Map<string, { sample: Uint32Array; found: NearDuplicate | undefined }>();
        for (const [step, change] of [{ kind: 'body', pick: 0, other: 0, seed: 0 } as Edit, ...edits].entries()) {
          if (step > 0) items = apply(items, change, step);
          const files = items.map((item) => ({ file: new VFile({ path: item.path }), sample: item.sample }));
          const before = kept;
          const found = warnNearDuplicatesSince(files, {
            files: new Map([...before].map(([path, file]) => [path, { sample: () => file.sample, found: file.found }])),
            // The edits give a changed file a new sample object, as a build reads a changed file anew.
            unchanged: (path) => before.get(path)?.sample === items.find((item) => item.path === path)?.sample,
          });
          const got = Object.fromEntries(files.map(({ file }) => [file.path, file.messages.map((message) => message.reason)]));
          assert.deepStrictEqual(got, warnings(items), `the warnings after ${change.kind}`);
          kept = new Map(items.map((item) => [item.path, { sample: item.sample, found: found.get(item.path) }]));
        }
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });

  test('a copied body is found on both files, and no longer once it is changed again', () => {
    const items: Item[] = Array.from({ length: 20 }, (_, n) => ({ path: `content/file-${String(n).padStart(2, '0')}.md`, sample: Uint32Array.from({ length: 12 }, (_, i) => 1000 * n + i) }));
    const memo = nearDuplicateMemo();
    warnings(items, memo);
    const copied = items.map((item, i) => (i === 7 ? { ...item, sample: items[3]!.sample } : item));
    const found = warnings(copied, memo);
    assert.deepEqual(found['content/file-07.md'], ['Unexpected body 100% like content/file-03.md, expected a different article']);
    assert.deepEqual(found['content/file-03.md'], ['Unexpected body 100% like content/file-07.md, expected a different article']);
    const after = warnings(items, memo);
    assert.deepEqual(Object.values(after).flat(), [], 'nothing once the copy is gone');
  });
});
