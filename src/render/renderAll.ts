/**
 * Render stage: every article body, from the cache when it can, otherwise
 * through the pipeline — in worker threads when there is enough work to
 * keep both cores busy.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { renderBody, type RenderOutput } from './renderBody.ts';
import { DEFAULT_CACHE_DIR, RenderCache } from './renderCache.ts';
import type { RenderInput } from './renderMarkdown.ts';
import { pipelineKey } from './pipelineKey.ts';
import { mapConcurrent } from '../util/mapConcurrent.ts';

export interface RenderAllOptions {
  /** Folder of the persistent render cache; `false` turns it off. */
  cacheDir?: string | false;
  /** Worker threads; 0 renders on the main thread. Default: see defaultWorkers(); for a build's files read anew, defaultBodyWorkers() (src/pipeline/freshBodies.ts). */
  workers?: number;
  /** Bodies kept in memory by render key, in front of the disk cache (`npm start`); left holding this run's. */
  memory?: Map<string, RenderOutput>;
}

export interface RenderStats {
  cacheHits: number;
  rendered: number;
  workers: number;
}

/**
 * Worker threads pay off only with cores to spare. Measured on the shared
 * 2-core machine (bench/renderWorkers.ts, 2,000 generated articles, medians
 * of 3, load 8-11): the main thread 10.4 s wall / 8.3 s CPU, two workers fed
 * batches of 128 bodies 20.0 s / 16.2 s, one worker 11.6 s CPU. Messages were
 * not the cost (one per article or one per batch: the same CPU), nor garbage
 * collection (7-11 % of each thread's samples, as on the main thread); each
 * worker's start-up (tsx and the unified pipeline loaded and compiled again,
 * about 1 s of CPU) is, and two threads rendering at once cost about 70 %
 * more CPU per article, at load 3-5 as at load 8-11 (two workers 14.1 s wall
 * against 8.5 s on the main thread then). So: no workers below four cores.
 * (Measured before the fast path for plain prose, fastMarkdown.ts: a render now costs about 0.5 ms of CPU,
 * not 6-7 ms, so even less is left for a second thread to share.)
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return cores >= 4 ? cores - 1 : 0;
}

/** Below this many misses, starting workers costs more than it saves. */
const MIN_WORK_FOR_WORKERS = 64;
/** Most bodies sent to a worker in one task (Quartz parses batches of 128 files). */
export const WORKER_BATCH = 128;
/** Cache reads in flight at once. */
const IO_CONCURRENCY = 64;

/** Runs of at most WORKER_BATCH items, and at least one per worker when there are few. */
export function batchesOf<T>(items: readonly T[], workers: number): T[][] {
  const size = Math.max(1, Math.min(WORKER_BATCH, Math.ceil(items.length / Math.max(1, workers))));
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/** Bodies already rendered, by render key: from memory, else from the disk cache; undefined where neither has it. */
export function cachedBodies(
  keys: readonly string[],
  cache: RenderCache,
  memory?: ReadonlyMap<string, RenderOutput>,
): Promise<Array<RenderOutput | undefined>> {
  return mapConcurrent(keys, IO_CONCURRENCY, async (key) => memory?.get(key) ?? cache.get(key));
}

/**
 * Every input's body, from memory or the cache when there, else rendered (in worker threads when there are cores for
 * them and enough to render) and cached. A build's files read anew are not rendered here but while they load
 * (src/pipeline/freshBodies.ts); this serves `npm run check`, `npm start` and a part of a split build.
 */
export async function renderAll(
  inputs: readonly RenderInput[],
  options: RenderAllOptions = {},
): Promise<{ outputs: RenderOutput[]; stats: RenderStats }> {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const cache = cacheDir === false ? undefined : new RenderCache(cacheDir, await pipelineKey());
  const memory = options.memory;
  const keys = cache ? inputs.map((input) => cache.keyOf(input)) : [];
  const outputs: Array<RenderOutput | undefined> = cache
    ? await cachedBodies(keys, cache, memory)
    : new Array<RenderOutput | undefined>(inputs.length).fill(undefined);
  const missing = outputs.flatMap((output, index) => (output === undefined ? [index] : []));
  const workers = missing.length >= MIN_WORK_FOR_WORKERS ? (options.workers ?? defaultWorkers()) : 0;
  if (workers > 0) {
    const pool = new Piscina<readonly RenderInput[], RenderOutput[]>({
      filename: new URL('./renderWorker.ts', import.meta.url).href,
      minThreads: workers,
      maxThreads: workers,
    });
    try {
      await Promise.all(
        batchesOf(missing, workers).map(async (batch) => {
          const rendered = await pool.run(batch.map((index) => inputs[index]!));
          batch.forEach((index, n) => (outputs[index] = rendered[n]!));
        }),
      );
    } finally {
      await pool.destroy();
    }
  } else {
    for (const index of missing) outputs[index] = await renderBody(inputs[index]!);
  }
  if (cache) await mapConcurrent(missing, IO_CONCURRENCY, (index) => cache.set(keys[index]!, outputs[index]!));
  if (memory && cache) {
    // Only this archive's bodies: an edited article's old body is dropped.
    memory.clear();
    keys.forEach((key, index) => memory.set(key, outputs[index]!));
  }
  return { outputs: outputs as RenderOutput[], stats: { cacheHits: inputs.length - missing.length, rendered: missing.length, workers } };
}
