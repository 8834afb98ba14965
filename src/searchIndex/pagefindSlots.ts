/**
 * Index: the Pagefind slots, each writing one shard at a time in a Pagefind
 * process of its own, all fed from one worker thread (pagefindWorker.ts) so
 * that the main thread's work — laying out the rest of a cold build — does
 * not starve Pagefind of messages. One worker, not one a slot: a worker
 * costs its own heap and module loading (tsx, Pagefind's API). It is started
 * with the first shard sent (an index whose shards are all cached starts
 * none: about 0.2 s), and may serve several indexes: `npm start` keeps one
 * for the session (src/dev/devSite.ts) instead of one per update.
 */
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../util/tsWorker.ts';
import type { BundleReply, BundleRequest } from './pagefindWorker.ts';

export class PagefindSlots {
  /** Per slot, the articles sent and not yet written. */
  readonly queued: number[];
  /** Started with the first shard; gone again once it stopped (closed, or failed: the next shard starts another). */
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(slots: number) {
    this.queued = new Array<number>(Math.max(1, slots)).fill(0);
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(new URL('./pagefindWorker.ts', import.meta.url));
    worker.on('message', (reply: BundleReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error === undefined) waiting?.resolve();
      else waiting?.reject(new Error(reply.error));
    });
    const stopped = (error: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(error);
    };
    worker.on('error', (error: unknown) => stopped(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => stopped(new Error(`Pagefind's worker thread stopped (exit code ${code})`)));
    // Waiting for a shard keeps no build alive: the build awaits its bundles.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  /** The slot with the fewest articles waiting (the first of those idle). */
  leastBusy(): number {
    return this.queued.indexOf(Math.min(...this.queued));
  }

  /**
   * Sends one shard's bundle to be written by `slot` into `outputPath` (an empty folder), after those sent to it
   * before; rejects with Pagefind's errors. Sent at once: the worker goes on without waiting for this thread.
   */
  writeBundle(slot: number, request: Omit<BundleRequest, 'id' | 'slot'>): Promise<void> {
    const id = this.nextId++;
    this.queued[slot]! += request.pages.length;
    const worker = this.started();
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, id, slot } satisfies BundleRequest);
    }).finally(() => {
      this.queued[slot]! -= request.pages.length;
      if (this.pending.size === 0) worker.unref();
    });
  }

  /** Ends the worker, if one was started; call once every bundle sent is written. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
