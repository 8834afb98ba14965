/**
 * Lay out, incrementally, from the spare: the site before the published one
 * (src/publish/publishSite.ts `takeSpare`) put right to be what a `cp -al` of
 * the published site would make (reusePages.ts). Where the build state says
 * what the spare holds (`SpareState`: the published site but for the files
 * the build that published it wrote or removed), only those files are put
 * right (`catchUp`): an unchanged page costs nothing. Otherwise both trees
 * are walked and compared (`syncLinks`), in a worker thread so that the main
 * thread computes the site data and lays out the changed pages meanwhile.
 */
import { linkSync, lstatSync, mkdirSync, rmSync, statSync, unlinkSync, type Stats } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { listTree } from '../util/listTree.ts';
import { removeFiles } from './reusePages.ts';
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

/**
 * What the spare holds, as the build that kept it recorded (src/pipeline/layoutState.ts): the folder (inode and
 * modification time, which its renames keep), and how the published site differs from it — the files that build
 * wrote (laid out anew, new inodes) and the files it removed. Every other file of the spare is the published
 * one's own (hard-linked), the search bundles aside.
 */
export interface SpareState {
  ino: number;
  mtimeMs: number;
  /** Relative paths (`2020/05/slug/index.html`) of the files the published site has anew. */
  written: string[];
  /** Relative paths of the files the spare has and the published site has not. */
  removed: string[];
}

export function isSpareState(value: unknown): value is SpareState {
  if (typeof value !== 'object' || value === null) return false;
  const spare = value as Partial<Record<string, unknown>>;
  const paths = (list: unknown): boolean => Array.isArray(list) && list.every((file) => typeof file === 'string');
  return typeof spare.ino === 'number' && typeof spare.mtimeMs === 'number' && paths(spare.written) && paths(spare.removed);
}

/**
 * Whether `dir` is still the very folder `known` describes, not a copy: the same inode and modification time
 * (renames keep both). The published site against the state's site line, the spare against its record.
 */
export function isSameFolder(dir: string, known: { ino: number; mtimeMs: number }): boolean {
  try {
    const info = statSync(dir);
    return info.isDirectory() && info.ino === known.ino && info.mtimeMs === known.mtimeMs;
  } catch {
    return false;
  }
}

/** What `catchUp` did: system calls that grow with the change, not with the site. */
export interface CaughtUp {
  linked: number;
  removed: number;
}

/**
 * Makes `spareDir` what syncLinks would make it, from what the build state says it holds (`spare`, checked with
 * `isSameFolder`): each file the published site has anew is linked in (over the spare's own), each it removed is
 * removed, with its folder when that leaves it empty (reusePages.ts removeFiles, as the build removed it). No walk and
 * no stat of the unchanged files: at 100k, 159,044 pages of a one-article build. Synchronous system calls, a
 * few per file of the last build's change.
 */
export function catchUp(previousDir: string, spareDir: string, spare: Pick<SpareState, 'written' | 'removed'>): CaughtUp {
  removeFiles(spareDir, spare.removed);
  for (const file of spare.written) {
    const target = path.join(spareDir, file);
    // The spare's file is never written in place: it may be a file of an older site still.
    rmSync(target, { recursive: true, force: true });
    mkdirSync(path.dirname(target), { recursive: true });
    linkSync(path.join(previousDir, file), target);
  }
  return { linked: spare.written.length, removed: spare.removed.length };
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
