/**
 * One body of a file read anew, as a build keeps it: taken from the render
 * cache, or rendered and put there, and what the build state keeps of it
 * (its first paragraph, render problems and the digest of its HTML) — the
 * HTML itself stays in the cache until its page is laid out
 * (storedBodies.ts) — and the body's near-duplicate sample, which is made of
 * the same text. The same function runs on the main thread and, in
 * freshBodies.ts' worker threads, here: a worker is given runs of bodies
 * with their render keys and answers with what the state keeps, so neither
 * the HTML nor the cache's writes cross to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderBody, type RenderOutput, type RenderProblem } from '../render/renderBody.ts';
import { RenderCache } from '../render/renderCache.ts';
import type { RenderInput } from '../render/renderMarkdown.ts';
import { mapConcurrent } from '../util/mapConcurrent.ts';
import { sampleShingles } from '../validate/shingleSample.ts';
import { htmlDigest } from './bodyDigests.ts';

/** A body to make: its render input and its key in the render cache. */
export interface FreshInput {
  input: RenderInput;
  key: string;
}

/** What the build keeps of a body made: StoredBody's fields but the article's digest, the near-duplicate sample, and whether the cache had it. */
export interface FreshBody {
  firstParagraph: string;
  problems: RenderProblem[];
  digest: string;
  /** The body's near-duplicate sample (src/validate/shingleSample.ts), made from its text here too. */
  sample: Uint32Array;
  cached: boolean;
}

/** Cache reads and writes in flight at once (as the render stage's). */
const IO_CONCURRENCY = 64;

/** A run's bodies: looked up in the cache together, the misses rendered one after another, then written together. */
export async function freshRun(items: readonly FreshInput[], cache: RenderCache): Promise<FreshBody[]> {
  const known = await mapConcurrent(items, IO_CONCURRENCY, ({ key }) => cache.get(key));
  const outputs: RenderOutput[] = [];
  for (const [index, item] of items.entries()) outputs.push(known[index] ?? (await renderBody(item.input)));
  await mapConcurrent(items, IO_CONCURRENCY, async ({ key }, index) => {
    if (!known[index]) await cache.set(key, outputs[index]!);
  });
  return outputs.map(({ html, firstParagraph, problems }, index) => ({
    firstParagraph,
    problems,
    digest: htmlDigest(html),
    sample: sampleShingles(items[index]!.input.markdown),
    cached: known[index] !== undefined,
  }));
}

/** What a worker is started with. */
export interface FreshWorkerData {
  freshBodies: { cacheDir: string; pipelineKey: string };
}

export interface FreshRun {
  id: number;
  items: FreshInput[];
}

export type FreshReply = { id: number; bodies: FreshBody[] } | { id: number; error: string };

const started = (workerData as Partial<FreshWorkerData> | null)?.freshBodies;
if (parentPort && started) {
  const port = parentPort;
  const cache = new RenderCache(started.cacheDir, started.pipelineKey);
  // One run at a time, in the order sent: the main thread keeps a run or two queued here so this thread never waits.
  let last: Promise<unknown> = Promise.resolve();
  port.on('message', (run: FreshRun) => {
    last = last.then(async () => {
      let reply: FreshReply;
      try {
        reply = { id: run.id, bodies: await freshRun(run.items, cache) };
      } catch (error) {
        reply = { id: run.id, error: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    });
  });
}
