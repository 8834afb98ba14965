/**
 * `npm run build -- --join DIR… --output DIR`: the parts of a split build
 * (parts.ts, each a folder with `site/` and `part.json`, partManifest.ts)
 * put together into one site. First every part is checked — of the same
 * content and code as the others, every part 1..N there exactly once, no
 * file written by two parts, every listed file present with its size — and
 * any problem, named by its folder, stops the join before anything is
 * written. Then the files are hard-linked (copied across file systems) into
 * a staging folder, the search manifest (`pagefind/shards.json`, which spans
 * every part's shards) is written from the parts' manifests, and the
 * staging folder is swapped in (src/publish/publishSite.ts).
 */
import { copyFile, link, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapConcurrent } from '../util/mapConcurrent.ts';
import { writeShardsManifest, SHARDS_MANIFEST, type ShardsManifest } from '../searchIndex/shardsManifest.ts';
import { PRIMARY_BUNDLE } from '../searchIndex/searchShards.ts';
import { createStagingDir, discardStagingDir, publishSite, recoverInterruptedPublish } from '../publish/publishSite.ts';
import { PART_SITE, readPartManifest, type PartManifest } from './partManifest.ts';

/** Links in flight at once (each a system call on libuv's thread pool). */
const LINK_CONCURRENCY = 32;

/** The search manifest the join writes: no part may hold it. */
const JOINED_FILE = `${PRIMARY_BUNDLE.replaceAll('/', '')}/${SHARDS_MANIFEST}`;

export class JoinError extends Error {
  constructor(readonly problems: string[]) {
    super(`Join refused, nothing published:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  }
}

export interface JoinResult {
  parts: number;
  files: number;
  shards: number;
  timings: { check: number; link: number; publish: number };
}

interface Part {
  dir: string;
  manifest: PartManifest;
}

/** The value most parts have (the first seen on a tie). */
function majority<T extends string | number>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0]!;
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value;
  return best;
}

const short = (hash: string): string => hash.slice(0, 12);

/** Every problem of the parts as a set, each naming its folder; empty when they join. */
export async function checkParts(dirs: readonly string[]): Promise<{ parts: Part[]; problems: string[] }> {
  const problems: string[] = [];
  if (dirs.length === 0) return { parts: [], problems: ['no parts given: expected --join DIR… (the folders of `npm run build -- --part K/N --output DIR`)'] };
  const parts: Part[] = [];
  for (const dir of dirs) {
    const manifest = await readPartManifest(dir);
    if (typeof manifest === 'string') problems.push(`${dir}: ${manifest}`);
    else parts.push({ dir, manifest });
  }
  if (parts.length === 0) return { parts, problems };

  const n = majority(parts.map((part) => part.manifest.of));
  const content = majority(parts.map((part) => part.manifest.content));
  const code = majority(parts.map((part) => part.manifest.code));
  for (const { dir, manifest } of parts) {
    const name = `${dir}: part ${manifest.part} of ${manifest.of}`;
    if (manifest.of !== n) problems.push(`${name}, expected a part of ${n} like the others: build every part with the same --part K/${n}`);
    if (manifest.content !== content) {
      problems.push(`${name} is stale: built from other content or site settings (content ${short(manifest.content)}, the others ${short(content)}); build it again from the same commit`);
    }
    if (manifest.code !== code) {
      problems.push(`${name} was built by other code (code ${short(manifest.code)}, the others ${short(code)}); build it again from the same commit`);
    }
  }
  for (let k = 1; k <= n; k++) {
    const holders = parts.filter((part) => part.manifest.part === k && part.manifest.of === n);
    if (holders.length === 0) problems.push(`part ${k} of ${n} is missing: none of ${parts.map((part) => part.dir).join(', ')} is part ${k}/${n}`);
    if (holders.length > 1) problems.push(`${holders.map((part) => part.dir).join(' and ')}: each is part ${k} of ${n}, expected it once`);
  }
  if (problems.length > 0) return { parts, problems };

  const writer = new Map<string, string>();
  for (const { dir, manifest } of parts) {
    for (const file of manifest.files) {
      const other = writer.get(file.path);
      if (other !== undefined) problems.push(`${other} and ${dir} both write ${file.path}, expected each file from one part`);
      else if (file.path === JOINED_FILE) problems.push(`${dir}: writes ${file.path}, expected the join alone to write it`);
      writer.set(file.path, dir);
    }
    const found = await mapConcurrent(manifest.files, LINK_CONCURRENCY, async (file) => {
      try {
        return (await stat(path.join(dir, PART_SITE, file.path))).size === file.size;
      } catch {
        return false;
      }
    });
    const lost = manifest.files.filter((_, index) => !found[index]);
    if (lost.length > 0) {
      problems.push(`${dir}: ${lost.length} of its ${manifest.files.length} files missing or of another size (${lost[0]!.path}${lost.length > 1 ? ', …' : ''}): download the part again`);
    }
  }
  return { parts, problems };
}

/** A hard link where the file system allows, a copy otherwise. */
async function place(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
    await copyFile(from, to);
  }
}

export async function joinParts(partDirs: readonly string[], outputDir: string): Promise<JoinResult> {
  let started = performance.now();
  const { parts, problems } = await checkParts(partDirs);
  if (problems.length > 0) throw new JoinError(problems);
  const check = performance.now() - started;

  started = performance.now();
  await recoverInterruptedPublish(outputDir);
  const staging = await createStagingDir(outputDir);
  try {
    const files = parts.flatMap(({ dir, manifest }) => manifest.files.map((file) => ({ from: path.join(dir, PART_SITE, file.path), to: path.join(staging, file.path) })));
    const folders = [...new Set(files.map((file) => path.dirname(file.to)))].sort();
    // Sorted, a parent comes before its children; mkdir -p makes the rest.
    for (const folder of folders) await mkdir(folder, { recursive: true });
    await mapConcurrent(files, LINK_CONCURRENCY, (file) => place(file.from, file.to));
    const shards = parts.flatMap((part) => part.manifest.shards).sort((a, b) => b.position - a.position);
    const facets = parts.find((part) => part.manifest.facets)?.manifest.facets;
    if (shards.length > 0) {
      const manifest: ShardsManifest = { version: 2, shards: shards.map(({ position: _, ...summary }) => summary), facets: facets ?? {} };
      await mkdir(path.join(staging, PRIMARY_BUNDLE), { recursive: true });
      await writeShardsManifest(staging, manifest);
    }
    const linked = performance.now() - started;
    started = performance.now();
    await publishSite(staging, outputDir);
    return { parts: parts.length, files: files.length, shards: shards.length, timings: { check, link: linked, publish: performance.now() - started } };
  } catch (error) {
    await discardStagingDir(staging);
    throw error;
  }
}
