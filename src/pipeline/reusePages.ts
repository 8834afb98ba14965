/**
 * Lay out, incrementally: every file of the published site that this build
 * did not write again is hard-linked into the staging folder (same file
 * system: no bytes copied), except the pages that are gone and the search
 * index (the index stage writes it anew from its own cache). Then the
 * staging folder is swapped in as usual (src/publish/).
 */
import { link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PRIMARY_BUNDLE, SHARD_BUNDLES } from '../index/searchShards.ts';

/** Folders of the site that are never taken from the previous one: the search index's bundles. */
export const NOT_REUSED = new Set([PRIMARY_BUNDLE, SHARD_BUNDLES].map((folder) => folder.replaceAll('/', '')));

export interface ReuseResult {
  /** Files linked from the previous site. */
  linked: number;
  /** Relative paths (`a/b/index.html`) linked, to check that every page is there. */
  paths: Set<string>;
}

export async function reusePages(previousDir: string, stagingDir: string, removedUrls: readonly string[]): Promise<ReuseResult> {
  const skip = new Set(removedUrls.map((url) => path.join(url, 'index.html').replace(/^[/\\]+/, '')));
  const made = new Set<string>();
  const paths = new Set<string>();
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(previousDir, relative), { withFileTypes: true });
    for (const entry of entries) {
      const inner = relative ? path.join(relative, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (!relative && NOT_REUSED.has(entry.name)) continue;
        await walk(inner);
        continue;
      }
      if (!entry.isFile() || skip.has(inner)) continue;
      if (relative && !made.has(relative)) {
        await mkdir(path.join(stagingDir, relative), { recursive: true });
        made.add(relative);
      }
      try {
        await link(path.join(previousDir, inner), path.join(stagingDir, inner));
        paths.add(inner);
      } catch (error) {
        // Laid out again by this build: the new file stays.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }
  await walk('');
  return { linked: paths.size, paths };
}
