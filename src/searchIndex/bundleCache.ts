/**
 * Index: a disk cache of Pagefind bundles (`.cache/search/`, kept between CI
 * runs like the render cache), one folder per shard, named by the hash of
 * everything the bundle is made from. An unchanged shard is linked into the
 * site instead of being indexed again. Entries are written to a temporary
 * folder and renamed into place, so a folder under its key is complete.
 */
import { childSucceeds } from '../util/childSucceeds.ts';
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { listTree } from '../util/listTree.ts';

export const DEFAULT_SEARCH_CACHE_DIR = path.join('.cache', 'search');
/** The file every Pagefind bundle has, named the same in each; the others are named by their content's hash. */
const BUNDLE_ENTRY = 'pagefind-entry.json';

export function bundleKey(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * Hard links where the file system allows (the cache and the site share a disk), copies otherwise; a file
 * already there (the preview's site is written in place) is replaced. Synchronous system calls
 * (src/util/listTree.ts): five cached shards are about 30,000 files at 10k.
 */
function linkTree(from: string, to: string): void {
  const tree = listTree(from);
  mkdirSync(to, { recursive: true });
  for (const folder of tree.folders) mkdirSync(path.join(to, folder), { recursive: true });
  for (const file of tree.files) {
    const source = path.join(from, file);
    const target = path.join(to, file);
    try {
      linkSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') rmSync(target, { force: true });
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

export class BundleCache {
  hits = 0;
  misses = 0;
  private readonly used = new Set<string>();

  constructor(private readonly dir: string) {}

  private folderOf(key: string): string {
    return path.join(this.dir, key);
  }

  /** Synchronous, as `prepare` is. */
  has(key: string): boolean {
    this.used.add(key);
    try {
      const found = statSync(this.folderOf(key)).isDirectory();
      if (found) this.hits++;
      else this.misses++;
      return found;
    } catch {
      this.misses++;
      return false;
    }
  }

  /** Writes an entry with `write(folder)`, then moves it under its key. */
  async put(key: string, write: (folder: string) => Promise<void>): Promise<void> {
    const temporary = this.prepare(key);
    await this.commit(key, temporary, write(temporary));
  }

  /**
   * An empty folder to write the entry of `key` into, made at once (synchronously: the index sends Pagefind a
   * shard between layout passes, without waiting for a turn of the event loop); `commit` moves it under its key.
   */
  prepare(key: string): string {
    const temporary = path.join(this.dir, `.${key}.${process.pid}.tmp`);
    rmSync(temporary, { recursive: true, force: true });
    mkdirSync(temporary, { recursive: true });
    return temporary;
  }

  /** Once `written` is, the folder `prepare` gave becomes the entry of `key`; removed if the writing failed. */
  async commit(key: string, temporary: string, written: Promise<void>): Promise<void> {
    try {
      await written;
      await rm(this.folderOf(key), { recursive: true, force: true });
      await rename(temporary, this.folderOf(key));
    } catch (error) {
      await rm(temporary, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * Whether `target` holds this entry's files, linked: its entry file is the entry's own (same inode). An entry is
   * never written again once under its key (`commit` renames a new folder in), a site's shard folder is only ever
   * a link of a whole entry into a folder that was not there, and nothing else writes into it: so the same
   * entry file means the same folder.
   */
  linkedAt(key: string, target: string): boolean {
    try {
      const entry = statSync(path.join(this.folderOf(key), BUNDLE_ENTRY));
      const found = lstatSync(path.join(target, BUNDLE_ENTRY));
      return found.isFile() && found.ino === entry.ino && found.dev === entry.dev;
    } catch {
      return false;
    }
  }

  async copyTo(key: string, target: string): Promise<void> {
    linkTree(this.folderOf(key), target);
  }

  /**
   * Links the entries of `keys` into their targets (key → folder) in one child process (`cp -alf`, GNU cp), on the
   * other core while this thread goes on: at 10k the 29 cached shards of a one-article build were 1.7 s of
   * synchronous links in this thread (docs/PERFORMANCE.md, session 7). Where the child fails (no `sh` or GNU
   * cp, another file system), `copyTo` links them here; what the child linked already is linked again, the same.
   */
  linkInChild(targets: ReadonlyMap<string, string>): Promise<void> {
    if (targets.size === 0) return Promise.resolve();
    const pairs = [...targets].flatMap(([key, target]) => [this.folderOf(key), target]);
    const script = 'while [ "$#" -gt 1 ]; do mkdir -p -- "$2" && cp -alf -- "$1/." "$2" || exit 1; shift 2; done';
    return childSucceeds('sh', ['-c', script, 'sh', ...pairs]).then(async (linked) => {
      if (linked) return;
      for (const [key, target] of targets) await this.copyTo(key, target);
    });
  }

  /** Removes every entry this run did not use, and any other file but `keep`: the cache holds one archive's shards, not its history. */
  async prune(keep: readonly string[] = []): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    await Promise.all(
      names.filter((name) => !this.used.has(name) && !keep.includes(name)).map((name) => rm(path.join(this.dir, name), { recursive: true, force: true })),
    );
  }
}
