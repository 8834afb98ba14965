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

/**
 * Hash of the named files and folders under the project (their names and
 * bytes, in a stable order) and of `extra` values (settings, options).
 */
export async function codeVersion(parts: readonly string[], extra: readonly unknown[] = []): Promise<string> {
  const hash = createHash('sha256').update(`node ${process.versions.node}\n`);
  for (const part of parts) {
    const full = path.join(PROJECT_DIR, part);
    const under = await filesUnder(full);
    const files = under.length > 0 ? under : [full];
    for (const file of files) {
      hash.update(path.relative(PROJECT_DIR, file)).update('\0');
      try {
        hash.update(await readFile(file));
      } catch {
        hash.update('missing');
      }
      hash.update('\0');
    }
  }
  hash.update(JSON.stringify(extra));
  return hash.digest('hex');
}

/** What loading, validating and rendering a source can depend on: our code and our dependencies. */
export const CONTENT_CODE = ['src', 'package-lock.json'];
/** What a laid-out page can depend on besides its data: the above, templates, assets, Eleventy's configuration. */
export const LAYOUT_CODE = [...CONTENT_CODE, 'templates', 'public', '.eleventy.ts'];
