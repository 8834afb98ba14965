/**
 * Lay out: V8's heap kept close to what is alive while the layout runs.
 * Each Eleventy run leaves its rendered pages, its templates' output and its
 * own bookkeeping behind as garbage, and V8, by default, lets its heap grow
 * to up to four times what was alive after its last full collection before
 * it collects again: a cold 10k build peaked at 965 MB of heap (1.39 GB RSS,
 * Node's own) of which about 190 MB was alive (a full collection between
 * passes showed it). With the growth held to `LAYOUT_HEAP_GROWTH_PERCENT`
 * (V8's `--heap-growing-percent`, read at every collection, so it can be set
 * for the layout alone) the same build peaked at 0.72 GB
 * (docs/PERFORMANCE.md, session 7). V8 still decides when, and marks
 * concurrently, as it does anyway; only the headroom is smaller.
 */
import { setFlagsFromString } from 'node:v8';

/** After a full collection, the heap may grow by this much of what was alive before the next. */
export const LAYOUT_HEAP_GROWTH_PERCENT = 50;

let holders = 0;

/**
 * Holds the heap's growth to `percent` until the returned function is called (layouts may nest: the growth is
 * V8's default again once the last one ends).
 */
export function holdHeapGrowth(percent = LAYOUT_HEAP_GROWTH_PERCENT): () => void {
  if (holders++ === 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // 0 is V8's default: its own factor (up to 4) again.
    if (--holders === 0) setFlagsFromString('--heap-growing-percent=0');
  };
}
