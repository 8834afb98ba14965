/**
 * Index, from a build's spare (src/pipeline/layoutStage.ts): the site holds
 * the shard bundles of an earlier site. A shard folder that is already the
 * cache's entry for the shard's key now is kept (`BundleCache.linkedAt`),
 * any other is removed before its bundle is linked or written, and a folder
 * no shard has any more is removed.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SHARD_BUNDLES, type SearchShard } from './searchShards.ts';

/** The shard folders of an earlier site that no shard of this index has, removed. */
export function removeOtherShardFolders(siteDir: string, shards: readonly SearchShard[], discard = removeShardFolder): void {
  const folder = path.join(siteDir, SHARD_BUNDLES);
  // Resolved: a bundle path ends in a slash.
  const wanted = new Set(shards.map((shard) => path.resolve(siteDir, `.${shard.bundlePath}`)));
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (!wanted.has(path.resolve(folder, name))) discard(path.join(folder, name));
}

/** A shard folder of an earlier site that is not the bundle wanted now: removed before the bundle is linked or written there. */
export function removeShardFolder(target: string): void {
  rmSync(target, { recursive: true, force: true });
}
