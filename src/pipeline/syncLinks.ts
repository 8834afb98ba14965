/**
 * Lay out, incrementally, from the spare: the site before the published one
 * (src/publish/publishSite.ts `takeSpare`) put right to be what a `cp -al` of
 * the published site would make (reusePages.ts), in a worker thread so that
 * the main thread computes the site data and lays out the changed pages
 * meanwhile, as it does beside the `cp -al` child.
 */
import { linkSync, lstatSync, mkdirSync, rmSync, statSync, unlinkSync, type Stats } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { listTree } from '../util/listTree.ts';
import { startTsWorker } from '../util/tsWorker.ts';

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Makes `spareDir` (the site before the published one: src/publish/publishSite.ts `takeSpare`) what a `cp -al` of
 * `previousDir` would have made of an empty folder, but the top-level entries `skip` accepts (left to the caller):
 * the same folders, and every file the same file (hard link) as the published one. Only what differs is written —
 * the pages the last build laid out or removed — where `cp -al` made every folder and link anew (at 10k, 24,135
 * folders and 23,756 links, 10-20 s on the shared disk: docs/PERFORMANCE.md, session 7); the rest is a walk of
 * both trees and a stat of each file. Returns the published files with their sizes (as src/publish/siteFiles.ts
 * lists them). Synchronous system calls, as listTree's.
 */
export function syncLinks(previousDir: string, spareDir: string, skip: (entry: string) => boolean): Array<[string, number]> {
  const published = listTree(previousDir, skip);
  const spare = listTree(spareDir, skip);
  const folders = new Set(published.folders);
  const files = new Set(published.files);
  for (const folder of published.folders) {
    const target = path.join(spareDir, folder);
    const found = lstatOrUndefined(target);
    if (found?.isDirectory()) continue;
    if (found) rmSync(target, { force: true });
    mkdirSync(target);
  }
  const listed: Array<[string, number]> = [];
  for (const file of published.files) {
    const source = path.join(previousDir, file);
    const target = path.join(spareDir, file);
    const info = statSync(source);
    listed.push([file, info.size]);
    const found = lstatOrUndefined(target);
    if (found?.isFile() && found.ino === info.ino && found.dev === info.dev) continue;
    if (found) rmSync(target, { recursive: true, force: true });
    linkSync(source, target);
  }
  for (const file of spare.files) {
    if (!files.has(file) && lstatOrUndefined(path.join(spareDir, file))?.isFile()) unlinkSync(path.join(spareDir, file));
  }
  for (const folder of spare.folders.reverse()) {
    const target = path.join(spareDir, folder);
    if (!folders.has(folder) && lstatOrUndefined(target)?.isDirectory()) rmSync(target, { recursive: true, force: true });
  }
  return listed;
}


interface SyncRequest {
  previousDir: string;
  spareDir: string;
  /** Top-level entries left out (the search bundles). */
  skip: string[];
}

type SyncReply = { files: Array<[string, number]> } | { error: string };

/** syncLinks in a worker thread: resolves with the published files and their sizes, rejects with its error. */
export function syncLinksInWorker(previousDir: string, spareDir: string, skip: readonly string[]): Promise<Array<[string, number]>> {
  const request: SyncRequest = { previousDir, spareDir, skip: [...skip] };
  const worker = startTsWorker(new URL(import.meta.url), { workerData: request });
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: SyncReply) => ('files' in reply ? resolve(reply.files) : reject(new Error(reply.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The spare's worker thread stopped (exit code ${code}) before it was put right`)));
  });
}

if (parentPort && (workerData as Partial<SyncRequest> | null)?.spareDir !== undefined) {
  const { previousDir, spareDir, skip } = workerData as SyncRequest;
  let reply: SyncReply;
  try {
    reply = { files: syncLinks(previousDir, spareDir, (entry) => skip.includes(entry)) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort.postMessage(reply);
}
