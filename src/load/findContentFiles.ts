/** Load: the article files under `content/`, in a stable order. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export async function findContentFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(contentDir, file).split(path.sep).some((part) => part.startsWith('_')))
    .sort();
}
