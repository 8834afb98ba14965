/**
 * Lay out: the garbage of finished Eleventy runs collected between passes.
 * Eleventy keeps every page of a run until the run ends, so when a pass
 * ends its pages, templates' output and bookkeeping are garbage all at once,
 * and V8 grows its heap rather than collect it: a cold 10k build peaked at
 * 965 MB of heap (1,394 MiB RSS, Node's own) of which about 190 MB was alive
 * after a full collection between passes. So after a pass, once the heap
 * holds more than `ALLOWANCE` and half the live heap of garbage since the
 * last collection, a full collection is asked for: the same build peaked at
 * 850 MiB (776 MiB with 128 MB allowed, 11 collections of 0.15-0.9 s under
 * load 14-38; docs/PERFORMANCE.md, session 7). With a large live heap (100k: about
 * 3 GB) that is rarely, so the cost stays near what V8 spends itself.
 * Holding V8's heap growth down instead (`--heap-growing-percent=50` for the
 * layout) peaked at 706-1,093 MiB but makes V8 collect all through a pass.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Garbage let stand between passes whatever the live size. */
export const ALLOWANCE = 192 * 1024 * 1024;

/**
 * V8's full collection, made on its first call and kept by the closure (a build context holds one: context.ts):
 * `gc` when Node runs with `--expose-gc`, else exposed then and taken from a fresh context.
 */
export function fullCollection(): () => void {
  let collect: (() => void) | undefined;
  return () => {
    if (!collect) {
      const exposed = (globalThis as { gc?: () => void }).gc;
      if (exposed) collect = exposed;
      else {
        setFlagsFromString('--expose-gc');
        collect = runInNewContext('gc') as () => void;
      }
    }
    collect();
  };
}

/** Between the passes of one layout: what was alive after the last collection asked for. */
export class PassGarbage {
  /** Heap in use after the last collection asked for (0 until one is). */
  live = 0;
  /** Collections asked for. */
  collections = 0;

  /** `collect`: a full collection (the build context's, fullCollection()). */
  constructor(
    private readonly collect: () => void,
    private readonly allowance = ALLOWANCE,
  ) {}

  /** After a pass (`used`: the heap in use now): a full collection when the garbage since the last is past the allowance and half the live heap. */
  afterPass(used = getHeapStatistics().used_heap_size): boolean {
    if (used - this.live <= Math.max(this.allowance, this.live / 2)) return false;
    this.collect();
    this.collections++;
    this.live = getHeapStatistics().used_heap_size;
    return true;
  }
}
