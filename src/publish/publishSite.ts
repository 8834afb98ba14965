/**
 * Publish: the new site was built in a temporary folder beside the output;
 * swap it in only now that every stage succeeded. A failed build never
 * touches the published `_site/`.
 *
 * Two renames on one file system: the old site is moved aside, the new one
 * moved in. If the process dies between the two, the next build restores the
 * old site first (`recoverInterruptedPublish`). Then the old site is renamed
 * once more, out of the way (`.deleting-`), and deleted by a detached `rm -rf`
 * that the build does not wait for: at 10k that is 59,470 files, about 2.3 s
 * of the one-article build. A folder named `.deleting-` is never restored as
 * the site, so a deletion cut short (the machine stopped) leaves only
 * garbage, which the next build removes the same way while it loads.
 *
 * A build may keep the retired site instead (`keepRetired`), as the spare
 * (`_site.spare`): the next incremental build takes it as its staging folder
 * (`takeSpare`) and only puts right what differs from the published site
 * (src/pipeline/syncLinks.ts `catchUp`: the files the last build wrote or
 * removed, as the layout state records them), instead of linking every file
 * anew: its files are the published site's own, hard-linked, but for the
 * pages the last build wrote.
 */
import { lstatSync, mkdirSync, renameSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

const STAGING = '.staging-';
const RETIRED = '.retired-';
/** A folder beside the output being deleted (or left half-deleted): never the site again. */
export const DELETING = '.deleting-';
/** The retired site kept for the next build's staging folder (never restored as the site). */
export const SPARE = '.spare';

/** A fresh, empty folder beside `outputDir` (same file system, so rename is atomic). */
export async function createStagingDir(outputDir: string): Promise<string> {
  const absolute = path.resolve(outputDir);
  return mkdtemp(`${absolute}${STAGING}`);
}

export async function discardStagingDir(stagingDir: string): Promise<void> {
  await rm(stagingDir, { recursive: true, force: true });
}

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Puts right what an interrupted build left beside the output: a retired site with no site in its place is
 * restored (the build died between publish's two renames); any other retired site, staging folder or folder
 * being deleted is renamed out of the way and deleted in the background (`removeDetached`), so the build does
 * not wait for it.
 */
export async function recoverInterruptedPublish(outputDir: string): Promise<void> {
  const absolute = path.resolve(outputDir);
  const parent = path.dirname(absolute);
  const base = path.basename(absolute);
  await mkdir(parent, { recursive: true });
  const leftovers = (await readdir(parent)).filter((name) => name.startsWith(`${base}${RETIRED}`)).sort();
  for (const name of leftovers) {
    const retired = path.join(parent, name);
    if (!(await exists(absolute))) await rename(retired, absolute);
    else await discardAside(absolute, retired);
  }
  for (const name of (await readdir(parent)).filter((n) => n.startsWith(`${base}${STAGING}`))) {
    await discardAside(absolute, path.join(parent, name));
  }
  // A deletion cut short is finished; one another build started and is still running is left to it (at 100k a
  // retired site takes minutes to delete, and every edit meanwhile would start one more `rm` on the same tree).
  const deleting = (await readdir(parent)).filter((n) => n.startsWith(`${base}${DELETING}`));
  for (const name of deleting) {
    const dir = path.join(parent, name);
    if (name.endsWith(DELETER)) {
      if (!deleting.includes(name.slice(0, -DELETER.length)) && !(await beingDeleted(dir.slice(0, -DELETER.length)))) await rm(dir, { force: true });
    } else if (!(await beingDeleted(dir))) removeDetached(dir);
  }
}

/**
 * A web server runs as another user: every folder 755, every file 644.
 * mkdtemp makes the staging folder 700, and a strict umask would do the same to what is in it.
 */
async function makeReadableByAll(dir: string, umask = process.umask()): Promise<void> {
  await chmod(dir, 0o755);
  // What is inside was written under this process's umask, or linked from a site made readable before:
  // with a umask that leaves read (and search) to everyone it is readable already, and a chmod of each
  // of 60,000 files took 8 of the 11 s of publishing a 10k site.
  if ((umask & 0o055) === 0) return;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    await chmod(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}

/** Beside a folder being deleted: the process id of the `rm` deleting it (the file goes with the folder). */
const DELETER = '.pid';

/**
 * Deletes a folder in a detached `rm -rf` child, on the other core, which outlives this process: the build
 * does not wait for it (at 10k the retired site is 59,470 files, 2.3 s as `rm -rf` or as Node's rm). The child
 * writes its process id beside the folder first (`<dir>.pid`) and removes that file last, so a later build can
 * tell a deletion still running (left to it) from one cut short (finished by that build). Where there is no
 * shell, Node's rm, in this process.
 */
export function removeDetached(dir: string): void {
  const fallback = (): void => void rm(dir, { recursive: true, force: true }).catch(() => undefined);
  const script = 'echo $$ > "$2" && exec rm -rf -- "$1" "$2"';
  const child = spawn('sh', ['-c', script, 'sh', dir, `${dir}${DELETER}`], { stdio: 'ignore', detached: true });
  child.on('error', fallback);
  child.unref();
}

/** Whether the `rm` that `removeDetached` started on `dir` (its id in `<dir>.pid`) is still running. */
async function beingDeleted(dir: string): Promise<boolean> {
  const pid = Number.parseInt(await readFile(`${dir}${DELETER}`, 'utf8').catch(() => ''), 10);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The id may have been taken by another process since: it is ours only while it names the folder.
  const command = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  return command === undefined || command.includes(dir);
}

/** Renames `dir` (beside the output) to a `.deleting-` name, then deletes it in the background. */
async function discardAside(absoluteOutput: string, dir: string): Promise<void> {
  // Unique: a leftover of an earlier build may still be there under its own name.
  const trash = `${absoluteOutput}${DELETING}${randomBytes(6).toString('hex')}`;
  await rename(dir, trash);
  removeDetached(trash);
}

/** Files and folders moved out of a staging folder, to be deleted in the background together. */
export interface FolderTrash {
  /** Moves `entry` (in a staging folder beside the output) out of it: one rename. Nothing when it is not there. */
  discard(entry: string): void;
  /** Deletes what was discarded, in a detached child (`removeDetached`). */
  empty(): void;
}

/**
 * A folder beside `outputDir`, made when something is first discarded into it, deleted in the background once
 * emptied: the build moves what it removes from a staging folder (a rename each) and does not wait for the
 * files to go. The spare's two stale shard folders (about 1,200 files each at 10k) took 2.2 s of the main
 * thread's time to remove at load 13 (session 10). A trash left by a build that failed before `empty` is deleted
 * by the next build (`recoverInterruptedPublish`).
 */
export function folderTrash(outputDir: string): FolderTrash {
  let trash: string | undefined;
  let moved = 0;
  return {
    discard(entry) {
      if (!lstatSync(entry, { throwIfNoEntry: false })) return;
      if (trash === undefined) {
        // Unique: a leftover of an earlier build may still be there under its own name.
        trash = `${path.resolve(outputDir)}${DELETING}${randomBytes(6).toString('hex')}`;
        mkdirSync(trash);
      }
      renameSync(entry, path.join(trash, String(moved++)));
    },
    empty() {
      if (trash !== undefined) removeDetached(trash);
      trash = undefined;
    },
  };
}

/**
 * Moves the entries `names` of `dir` (a staging folder beside `outputDir`) out of it, into a folder being deleted in
 * the background (`folderTrash`): a folder emptied for the build without waiting for its files to go.
 */
export async function discardEntries(outputDir: string, dir: string, names: readonly string[]): Promise<void> {
  const trash = folderTrash(outputDir);
  for (const name of (await readdir(dir)).filter((entry) => names.includes(entry))) trash.discard(path.join(dir, name));
  trash.empty();
}

/**
 * The spare beside `outputDir` (the site before the published one, kept by `publishSite`), renamed to a staging
 * name for this build; undefined when there is none.
 */
export async function takeSpare(outputDir: string): Promise<string | undefined> {
  const absolute = path.resolve(outputDir);
  const staging = `${absolute}${STAGING}${randomBytes(6).toString('hex')}`;
  try {
    await rename(`${absolute}${SPARE}`, staging);
  } catch {
    return undefined;
  }
  if ((await stat(staging)).isDirectory()) return staging;
  await rm(staging, { force: true });
  return undefined;
}

/**
 * Swaps the staging folder in, then runs `afterSwap` (the build's record of what it published). The retired
 * site is out of the way once this resolves: deleted in the background (`removeDetached`), or with `keepRetired`
 * kept as the spare (`takeSpare`), a spare before it deleted. `spareFolder` (a folder beside the output: the new
 * site linked by src/pipeline/spareLinks.ts) is kept as the spare instead of the retired site.
 */
export async function publishSite(stagingDir: string, outputDir: string, afterSwap?: () => Promise<void>, keepRetired = false, spareFolder?: string): Promise<void> {
  await makeReadableByAll(stagingDir);
  const absolute = path.resolve(outputDir);
  const retired = `${absolute}${RETIRED}${process.pid}`;
  const hadSite = await exists(absolute);
  if (hadSite) await rename(absolute, retired);
  try {
    await rename(stagingDir, absolute);
  } catch (error) {
    if (hadSite) await rename(retired, absolute);
    throw error;
  }
  // A spare left from before is of an older site: putting it right would cost more than linking anew.
  if (await exists(`${absolute}${SPARE}`)) await discardAside(absolute, `${absolute}${SPARE}`);
  if (spareFolder) await rename(spareFolder, `${absolute}${SPARE}`);
  if (hadSite && keepRetired && !spareFolder) await rename(retired, `${absolute}${SPARE}`);
  else if (hadSite) await discardAside(absolute, retired);
  await afterSwap?.();
}
