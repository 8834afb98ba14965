/**
 * The bodies of a build's files read anew, made while the files are still
 * being loaded: in runs of RUN files, on worker threads beside the main
 * thread, which goes on reading and validating (freshBodyWorker.ts makes a
 * body: from the render cache, or rendered into it). A run is posted as soon
 * as it is full, at most two a worker at a time (one working, one waiting,
 * so a worker never waits for the main thread); when more runs are waiting
 * than the workers hold, the main thread makes the oldest itself before it
 * reads on. So the two sides share the work whatever their speeds (a body
 * costs about as much to render as its file to load and validate), what
 * waits in memory is a few runs, and a machine with more cores starts more
 * workers (`os.availableParallelism()` less the main thread). When loading
 * is done the main thread makes what is still waiting and takes the
 * workers' last runs.
 *
 * Earlier sessions found workers slower than the main thread for the
 * render stage alone (docs/PERFORMANCE.md): each worker's start-up (tsx and
 * the unified pipeline compiled again, about 1 s of CPU) and two threads
 * rendering at once on this machine. Here the start-up is paid on the idle
 * core while the main thread loads, and the main thread renders only what
 * the worker cannot take; a worker is started only once a first run is
 * full, so a build of a few changed files starts none.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { pipelineKey } from '../render/pipelineKey.ts';
import { RenderCache } from '../render/renderCache.ts';
import type { RenderStats } from '../render/renderAll.ts';
import { startTsWorker } from '../util/tsWorker.ts';
import { freshRun, type FreshBody, type FreshInput, type FreshReply, type FreshRun, type FreshWorkerData } from './freshBodyWorker.ts';

/** Files per run (Quartz parses batches of 128). */
export const RUN = 128;
/** Runs posted to a worker and not yet answered. */
const PER_WORKER = 2;

/** The main thread and one worker per other core; none on one core. */
export function defaultBodyWorkers(cores = availableParallelism()): number {
  return Math.max(0, cores - 1);
}

export interface FreshBodiesOptions {
  cacheDir: string;
  /** Worker threads; 0 makes every body on the main thread. Default: defaultBodyWorkers(). */
  workers?: number;
  /** Files per run (tests); default RUN. */
  run?: number;
}

interface Pending {
  run: FreshRun;
  done: (bodies: FreshBody[]) => void;
}

interface BodyWorker {
  thread: Worker;
  /** Runs posted to it, by id. */
  posted: Map<number, Pending>;
}

/**
 * Bodies made in runs; `add` gives each its callback, called (on the main thread) once its body is made. `close()`
 * makes what is left and ends the workers.
 */
export class FreshBodies {
  readonly stats: RenderStats = { cacheHits: 0, rendered: 0, workers: 0 };
  /** Main-thread milliseconds spent making bodies or waiting for the workers' last runs. */
  milliseconds = 0;
  private current: Array<{ item: FreshInput; done: (body: FreshBody) => void }> = [];
  private readonly waiting: Pending[] = [];
  private readonly workers: BodyWorker[] = [];
  private started = false;
  private nextId = 0;
  /** Resolved when a worker answers or stops, for close() to look again. */
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  private constructor(
    private readonly cache: RenderCache,
    private readonly pipelineKey: string,
    private readonly options: FreshBodiesOptions,
  ) {}

  static async open(options: FreshBodiesOptions): Promise<FreshBodies> {
    const key = await pipelineKey();
    return new FreshBodies(new RenderCache(options.cacheDir, key), key, options);
  }

  /** One body joins the current run; a full run is posted (or, while the workers are behind, made here). */
  async add(item: FreshInput, done: (body: FreshBody) => void): Promise<void> {
    this.current.push({ item, done });
    if (this.current.length < (this.options.run ?? RUN)) return;
    this.enqueue();
    if (!this.started) this.startWorkers();
    // Lets the workers' answers in (and more runs out) between the main thread's reads, which never wait otherwise.
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.post();
    if (this.waiting.length > this.workers.length) await this.makeHere(this.waiting.shift()!);
  }

  /** Makes what is left (here, and on the workers it was posted to), then ends the workers. */
  async close(): Promise<void> {
    const started = performance.now();
    try {
      this.enqueue();
      this.post();
      for (;;) {
        if (this.failure) throw this.failure;
        const next = this.waiting.shift();
        if (next) await this.makeHere(next, false);
        else if (this.workers.some((worker) => worker.posted.size > 0)) await new Promise<void>((resolve) => (this.wake = resolve));
        else break;
      }
    } finally {
      this.milliseconds += performance.now() - started;
      await Promise.all(this.workers.splice(0).map((worker) => worker.thread.terminate()));
    }
  }

  /** The current run joins the waiting ones. */
  private enqueue(): void {
    const members = this.current;
    this.current = [];
    if (members.length === 0) return;
    const run: FreshRun = { id: this.nextId++, items: members.map((member) => member.item) };
    this.waiting.push({ run, done: (bodies) => members.forEach((member, index) => member.done(bodies[index]!)) });
  }

  /** Waiting runs to the workers with room (none before the first full run: a few bodies are made here). */
  private post(): void {
    for (const worker of this.workers) {
      while (worker.posted.size < PER_WORKER && this.waiting.length > 0) {
        const pending = this.waiting.shift()!;
        worker.posted.set(pending.run.id, pending);
        worker.thread.ref();
        worker.thread.postMessage(pending.run);
      }
    }
  }

  private startWorkers(): void {
    this.started = true;
    const count = this.options.workers ?? defaultBodyWorkers();
    const data: FreshWorkerData = { freshBodies: { cacheDir: this.options.cacheDir, pipelineKey: this.pipelineKey } };
    for (let n = 0; n < count; n++) {
      const worker: BodyWorker = { thread: startTsWorker(new URL('./freshBodyWorker.ts', import.meta.url), { workerData: data }), posted: new Map() };
      worker.thread.on('message', (reply: FreshReply) => this.answered(worker, reply));
      const stopped = (): void => this.stopped(worker);
      worker.thread.on('error', stopped);
      worker.thread.on('exit', stopped);
      // Only a worker with runs posted keeps the process alive: a build that stops on an error does not wait for an idle one.
      worker.thread.unref();
      this.workers.push(worker);
    }
    this.stats.workers = count;
  }

  private answered(worker: BodyWorker, reply: FreshReply): void {
    const pending = worker.posted.get(reply.id);
    worker.posted.delete(reply.id);
    if (worker.posted.size === 0) worker.thread.unref();
    if (pending) {
      if ('error' in reply) this.failure ??= new Error(reply.error);
      else this.settle(pending, reply.bodies);
    }
    this.post();
    this.wake?.();
  }

  /** A worker that stopped (it should not): its runs are made here instead, and no more are posted to it. */
  private stopped(worker: BodyWorker): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return;
    this.workers.splice(index, 1);
    this.waiting.unshift(...worker.posted.values());
    worker.posted.clear();
    this.wake?.();
  }

  private async makeHere(pending: Pending, timed = true): Promise<void> {
    const started = performance.now();
    this.settle(pending, await freshRun(pending.run.items, this.cache));
    if (timed) this.milliseconds += performance.now() - started;
  }

  private settle(pending: Pending, bodies: FreshBody[]): void {
    for (const body of bodies) {
      if (body.cached) this.stats.cacheHits++;
      else this.stats.rendered++;
    }
    pending.done(bodies);
  }
}
