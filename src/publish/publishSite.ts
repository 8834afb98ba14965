/**
 * Publish: the new site was built in a temporary folder beside the output;
 * swap it in only now that every stage succeeded. A failed build never
 * touches the published `_site/`.
 *
 * Two renames on one file system: the old site is moved aside, the new one
 * moved in, then the old one deleted. If the process dies between the two,
 * the next build restores the old site first (`recoverInterruptedPublish`).
 */
import { chmod, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import path from 'node:path';

const STAGING = '.staging-';
const RETIRED = '.retired-';

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

export async function recoverInterruptedPublish(outputDir: string): Promise<void> {
  const absolute = path.resolve(outputDir);
  const parent = path.dirname(absolute);
  const base = path.basename(absolute);
  await mkdir(parent, { recursive: true });
  const leftovers = (await readdir(parent)).filter((name) => name.startsWith(`${base}${RETIRED}`)).sort();
  for (const name of leftovers) {
    const retired = path.join(parent, name);
    if (!(await exists(absolute))) await rename(retired, absolute);
    else await rm(retired, { recursive: true, force: true });
  }
  for (const name of (await readdir(parent)).filter((n) => n.startsWith(`${base}${STAGING}`))) {
    await rm(path.join(parent, name), { recursive: true, force: true });
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

/**
 * Removes a folder in a child process, on the other core, while this one goes on: at 10k the retired site
 * is 59,470 files (2.3 s to delete, as `rm -rf` or as Node's rm). Where there is no `rm`, Node's rm.
 */
function removeAside(dir: string): Promise<void> {
  const fallback = (): Promise<void> => rm(dir, { recursive: true, force: true });
  return new Promise<void>((resolve, reject) => {
    const child = spawn('rm', ['-rf', '--', dir], { stdio: 'ignore' });
    child.on('error', () => fallback().then(resolve, reject));
    child.on('exit', (code) => (code === 0 ? resolve() : fallback().then(resolve, reject)));
  });
}

/**
 * Swaps the staging folder in; `afterSwap` (the build's record of what it published) runs while the
 * retired site is deleted. Resolves once both are done: nothing is left behind when the build ends.
 */
export async function publishSite(stagingDir: string, outputDir: string, afterSwap?: () => Promise<void>): Promise<void> {
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
  const removed = hadSite ? removeAside(retired) : Promise.resolve();
  try {
    await afterSwap?.();
  } finally {
    await removed;
  }
}
