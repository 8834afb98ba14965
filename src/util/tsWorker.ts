/**
 * A worker thread running one of our TypeScript modules. A worker does not
 * get the TypeScript loader `--import tsx` gave the main thread (Node 20:
 * module hooks are per thread), so it registers tsx's before loading the
 * module.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startTsWorker(module: URL, options: WorkerOptions = {}): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => {
  tsx.register();
  return import(${JSON.stringify(module.href)});
});`;
  return new Worker(boot, { ...options, eval: true });
}
