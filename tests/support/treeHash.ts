/** Test support: every file of a folder, by path and bytes, as one hash (and a list). */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export async function fileHashes(dir: string): Promise<Map<string, string>> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const hashes = new Map<string, string>();
  for (const file of entries) hashes.set(path.relative(dir, file), createHash('sha256').update(await readFile(file)).digest('hex'));
  return hashes;
}

export async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const [file, digest] of await fileHashes(dir)) hash.update(`${file}\0${digest}\n`);
  return hash.digest('hex');
}
