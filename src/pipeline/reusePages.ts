/**
 * Lay out, incrementally: every file of the published site that this build
 * did not write again is hard-linked into the staging folder (same file
 * system: no bytes copied), except the pages that are gone and the search
 * index's bundles (the index stage writes them anew from its own cache).
 * Then the staging folder is swapped in as usual (src/publish/).
 */
import { link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PRIMARY_BUNDLE, SHARD_BUNDLES } from '../searchIndex/searchShards.ts';
import { mapConcurrent } from '../util/mapConcurrent.ts';

/** Folders of the site that are never taken from the previous one: the search index's bundles. */
export const NOT_REUSED = new Set([PRIMARY_BUNDLE, SHARD_BUNDLES].map((folder) => folder.replaceAll('/', '')));

/** Links in flight at once: each is a system call on libuv's thread pool, so a few dozen keep it busy. */
const LINK_CONCURRENCY = 32;

export interface ReuseResult {
  /** Files linked from the previous site. */
  linked: number;
  /** Relative paths (`a/b/index.html`) linked, to check that every page is there. */
  paths: Set<string>;
}

/**
 * `withIndex`: the search bundles are linked too — when no article page changed, the index the
 * previous build wrote is the index this one would write.
 */
export async function reusePages(previousDir: string, stagingDir: string, removedUrls: readonly string[], withIndex = false): Promise<ReuseResult> {
  const skip = new Set(removedUrls.map((url) => path.join(url, 'index.html').replace(/^[/\\]+/, '')));
  const files = (await readdir(previousDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(previousDir, path.join(entry.parentPath, entry.name)))
    .filter((file) => (withIndex || !NOT_REUSED.has(file.split(path.sep)[0]!)) && !skip.has(file));
  // Every folder on the way, parents a level before their children, each level at once.
  const folders = new Set<string>();
  for (const file of files) for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) folders.add(folder);
  const levels: string[][] = [];
  for (const folder of folders) (levels[folder.split(path.sep).length - 1] ??= []).push(folder);
  for (const level of levels) {
    await mapConcurrent(level ?? [], LINK_CONCURRENCY, (folder) => mkdir(path.join(stagingDir, folder), { recursive: true }));
  }
  const linked = await mapConcurrent(files, LINK_CONCURRENCY, async (file) => {
    try {
      await link(path.join(previousDir, file), path.join(stagingDir, file));
      return true;
    } catch (error) {
      // Laid out again by this build: the new file stays.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  });
  const paths = new Set(files.filter((_, index) => linked[index]));
  return { linked: paths.size, paths };
}
