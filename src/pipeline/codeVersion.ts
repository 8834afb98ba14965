/**
 * Build state invalidation: a hash of everything, besides the content, that
 * the output of a stage can depend on. Build state recorded under another
 * version is not trusted: the stage runs from nothing (with a note).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: src/pipeline/ is two levels down. */
export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(full)));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

/** A part's files under `root`: their names and bytes, in a stable order. */
async function partDigest(root: string, part: string): Promise<string> {
  const hash = createHash('sha256');
  const full = path.join(root, part);
  const under = await filesUnder(full);
  const files = under.length > 0 ? under : [full];
  for (const file of files) {
    hash.update(path.relative(root, file)).update('\0');
    try {
      hash.update(await readFile(file));
    } catch {
      hash.update('missing');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * The parts a process loads once, when it starts (its TypeScript modules, its dependencies): their digest is
 * the code this process runs, so it is taken at its first build and kept for the process's life. Hashed again
 * per build, an edit made while a process runs (an engineer's, during `npm test` or under `npm start`) named the
 * new code in the state of builds the old code made — so a later process, running the new code, trusted their
 * output — and made the builds after it in that process lay out every page again for code they did not run
 * (the one way found for tests/build/keptPrints.test.ts to see no page reused, as it did once under load in
 * session 9). Templates, assets and Eleventy's configuration are read by each Eleventy run: hashed on every build.
 */
const LOADED_ONCE = new Set(['src', 'package-lock.json']);
/** By folder and part: facts of this process (what it loaded), not data between stages. */
const loadedDigests = new Map<string, Promise<string>>();

/**
 * Hash of the named files and folders under the project (their names and
 * bytes, in a stable order) and of `extra` values (settings, options).
 * `root`: the project (tests name another folder).
 */
export async function codeVersion(parts: readonly string[], extra: readonly unknown[] = [], root = PROJECT_DIR): Promise<string> {
  const hash = createHash('sha256').update(`node ${process.versions.node}\n`);
  for (const part of parts) {
    const key = `${root}\0${part}`;
    let digest = LOADED_ONCE.has(part) ? loadedDigests.get(key) : undefined;
    if (!digest) {
      digest = partDigest(root, part);
      if (LOADED_ONCE.has(part)) loadedDigests.set(key, digest);
    }
    hash.update(`${part}\0${await digest}\n`);
  }
  hash.update(JSON.stringify(extra));
  return hash.digest('hex');
}

/** What loading, validating and rendering a source can depend on: our code and our dependencies. */
export const CONTENT_CODE = ['src', 'package-lock.json'];
/** What a laid-out page can depend on besides its data: the above, templates, assets, Eleventy's configuration. */
export const LAYOUT_CODE = [...CONTENT_CODE, 'templates', 'public', '.eleventy.ts'];
