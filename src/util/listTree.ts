/**
 * Every file and folder under a folder, as paths relative to it, folders
 * before what they hold. Synchronous on purpose: at 10k the published site
 * has 59,470 files in 24,162 folders, which `readdir(dir, { recursive: true })`
 * listed in 1.4-1.6 s and this in 0.25-0.4 s (a promise per entry costs more
 * than the system calls). For the build only, where nothing else waits on
 * the event loop meanwhile.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface Tree {
  /** Relative paths of the regular files. */
  files: string[];
  /** Relative paths of the folders, each before the folders and files inside it. */
  folders: string[];
}

export function listTree(dir: string, skip: (relative: string) => boolean = () => false): Tree {
  const tree: Tree = { files: [], folders: [] };
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : path.join(relative, entry.name);
      if (skip(child)) continue;
      if (entry.isDirectory()) {
        tree.folders.push(child);
        walk(child);
      } else if (entry.isFile()) tree.files.push(child);
    }
  };
  walk('');
  return tree;
}
