/**
 * A part of a split build (parts.ts) as a folder: `site/` holds the files the
 * part wrote, `part.json` what the join (joinParts.ts) checks before it puts
 * the parts together — which part of how many, a hash of the whole content
 * set with the site settings, the code version, the part's search shards,
 * and every file with its size and SHA-256.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findContentFiles } from '../load/findContentFiles.ts';
import type { ShardSummary, ShardsManifest } from '../searchIndex/shardsManifest.ts';
import type { SiteSettings } from '../site.ts';
import { mapConcurrent } from '../util/mapConcurrent.ts';

export const PART_MANIFEST = 'part.json';
export const PART_SITE = 'site';
export const PART_FORMAT = 1;

export interface PartFile {
  /** Relative to the site, `/`-separated. */
  path: string;
  size: number;
  sha256: string;
}

export interface PartShard extends ShardSummary {
  /** Place among all the archive's shards, oldest first (0-based). */
  position: number;
}

export interface PartManifest {
  format: typeof PART_FORMAT;
  part: number;
  of: number;
  /** Every content file (path and bytes) and the site settings. */
  content: string;
  /** src/pipeline/codeVersion.ts over the layout code. */
  code: string;
  shards: PartShard[];
  /** From the part with the primary bundle (`/pagefind/`) only. */
  facets?: ShardsManifest['facets'];
  files: PartFile[];
}

/** Hash of the whole content set (every file's path and bytes) and of the settings a page depends on. */
export async function contentSetHash(contentDir: string, settings: { site: SiteSettings; shardArticles: number }): Promise<string> {
  const files = await findContentFiles(contentDir);
  const digests = await mapConcurrent(files, 32, async (file) => createHash('sha256').update(await readFile(file)).digest('hex'));
  const hash = createHash('sha256').update(JSON.stringify(settings)).update('\n');
  files.forEach((file, index) => hash.update(`${path.relative(contentDir, file).split(path.sep).join('/')}\0${digests[index]}\n`));
  return hash.digest('hex');
}

/** Every file under `dir`, sorted, with its size and SHA-256. */
export async function listFiles(dir: string): Promise<PartFile[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return mapConcurrent(files, 32, async (file) => {
    const bytes = await readFile(path.join(dir, file));
    return { path: file, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

export async function writePartManifest(partDir: string, manifest: PartManifest): Promise<void> {
  await writeFile(path.join(partDir, PART_MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/** The manifest of the part in `partDir`, or why it cannot be read. */
export async function readPartManifest(partDir: string): Promise<PartManifest | string> {
  let text: string;
  try {
    text = await readFile(path.join(partDir, PART_MANIFEST), 'utf8');
  } catch {
    return `no ${PART_MANIFEST}: not the output of \`npm run build -- --part K/N\`, or its build did not finish`;
  }
  try {
    const manifest = JSON.parse(text) as PartManifest;
    if (manifest.format !== PART_FORMAT || !Array.isArray(manifest.files) || !Array.isArray(manifest.shards)) {
      return `${PART_MANIFEST} of another format (${String(manifest.format)}), expected ${PART_FORMAT}: build the part again with this code`;
    }
    return manifest;
  } catch (error) {
    return `${PART_MANIFEST} is not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
}
