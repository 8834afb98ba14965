/**
 * Lay out, incrementally: every file of the published site that this build
 * did not write again is hard-linked into the staging folder (same file
 * system: no bytes copied), except the pages that are gone and the search
 * index's bundles (the index stage writes them anew from its own cache).
 * Then the staging folder is swapped in as usual (src/publish/).
 *
 * The links are made by a child process (`cp -al`) while this one computes
 * the site data and lays out the changed pages — into a folder of their own,
 * since a file linked into the staging folder is the published site's file
 * and must never be written in place. The pages laid out are then renamed
 * over the links (a rename replaces the link, not the file it shares).
 */
import { linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { PRIMARY_BUNDLE, SHARD_BUNDLES } from '../searchIndex/searchShards.ts';
import { childSucceeds } from '../util/childSucceeds.ts';
import { listTree } from '../util/listTree.ts';
import { pageFile } from './changedPages.ts';

/** Folders of the site that are never taken from the previous one: the search index's bundles. */
export const NOT_REUSED = new Set([PRIMARY_BUNDLE, SHARD_BUNDLES].map((folder) => folder.replaceAll('/', '')));

export interface ReuseResult {
  /** Files linked from the previous site. */
  linked: number;
  /** Relative paths (`a/b/index.html`) linked, to check that every page is there. */
  paths: Set<string>;
}

function exists(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'EEXIST';
}

/** Makes the folders `relative` of `dir`, parents first (as listTree lists them); one there already (linked, or made by this build's layout) stays. */
function makeFolders(dir: string, relative: readonly string[]): void {
  for (const folder of relative) {
    try {
      mkdirSync(path.join(dir, folder));
    } catch (error) {
      if (!exists(error)) throw error;
    }
  }
}

/**
 * Starts linking the published site's top-level entries that `take` accepts into the empty `stagingDir`,
 * in a `cp -al` child process. Resolves false where that failed (no GNU cp): then reusePages links them
 * here; what the child linked already is kept.
 */
export function startLinking(previousDir: string, stagingDir: string, take: (entry: string) => boolean): Promise<boolean> {
  const entries = readdirSync(previousDir).filter(take).map((name) => path.join(previousDir, name));
  if (entries.length === 0) return Promise.resolve(true);
  return childSucceeds('cp', ['-al', '--', ...entries, stagingDir]);
}

/**
 * Moves every file of `laidOutDir` into `stagingDir`, over what is linked there; `laidOutDir` is left empty.
 * Returns each file moved with its size (`[relative path, size]`, as src/publish/siteFiles.ts lists them).
 */
export function placeLaidOut(laidOutDir: string, stagingDir: string): Array<[string, number]> {
  const tree = listTree(laidOutDir);
  const placed = tree.files.map((file): [string, number] => [file, statSync(path.join(laidOutDir, file)).size]);
  makeFolders(stagingDir, tree.folders);
  for (const file of tree.files) renameSync(path.join(laidOutDir, file), path.join(stagingDir, file));
  for (const folder of tree.folders.reverse()) rmdirSync(path.join(laidOutDir, folder));
  return placed;
}

/**
 * The files of the staging folder once it is made of the published site's `published` files (listed while
 * they were linked, src/publish/siteFiles.ts), less the pages `removedUrls`, with the files `placed` over
 * them: what a listing of the staging folder would give, without walking it again (at 10k, 23,756 files in
 * 24,162 folders: 2.2-2.5 s of the one-article build's publish at load 10).
 */
export function stagingFiles(published: ReadonlyArray<readonly [string, number]>, removedUrls: readonly string[], placed: ReadonlyArray<readonly [string, number]>): Array<[string, number]> {
  const files = new Map<string, number>(published);
  for (const url of removedUrls) files.delete(path.normalize(pageFile(url)));
  for (const [file, size] of placed) files.set(file, size);
  return [...files];
}

/** Unlinks the pages that are gone from the staging folder, and their folder when that leaves it empty. */
export function removePages(stagingDir: string, urls: readonly string[]): void {
  removeFiles(stagingDir, urls.map((url) => pageFile(url)));
}

/** Unlinks the files `relative` of `dir` (those not there are skipped), and each one's folder when that leaves it empty. */
export function removeFiles(dir: string, relative: readonly string[]): void {
  for (const name of relative) {
    const file = path.join(dir, name);
    try {
      unlinkSync(file);
      rmdirSync(path.dirname(file));
    } catch (error) {
      // Not there, or its folder holds more (a page of its own below it).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }
  }
}

/**
 * `withIndex`: the search bundles are linked too — when no article page changed, the index the
 * previous build wrote is the index this one would write.
 *
 * Where startLinking could not: synchronous system calls, one after another. At 10k (59,470 files in
 * 24,162 folders, quiet machine) 0.7-0.8 s of links against about 2 s for the same links as promises 32 at
 * a time on libuv's pool; `cp -al` took 3.1 s (the kernel's link and mkdir are the cost), but on the other core.
 */
export async function reusePages(previousDir: string, stagingDir: string, removedUrls: readonly string[], withIndex = false): Promise<ReuseResult> {
  const skip = new Set(removedUrls.map((url) => path.normalize(pageFile(url))));
  const tree = listTree(previousDir, (relative) => !withIndex && NOT_REUSED.has(relative));
  makeFolders(stagingDir, tree.folders);
  const paths = new Set<string>();
  for (const file of tree.files) {
    if (skip.has(file)) continue;
    try {
      linkSync(path.join(previousDir, file), path.join(stagingDir, file));
      paths.add(file);
    } catch (error) {
      // Laid out again by this build: the new file stays.
      if (!exists(error)) throw error;
    }
  }
  return { linked: paths.size, paths };
}
