/**
 * The installed version of a dependency, from its package.json under the
 * project's node_modules: part of the render cache's key
 * (src/render/pipelineKey.ts) and of the search bundles' (src/searchIndex/).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** src/util/ is two levels below the project. */
const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `missing` when it is not installed, `unknown` when its manifest names no version. */
export async function packageVersion(name: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(path.join(PROJECT_DIR, 'node_modules', name, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? 'unknown';
  } catch {
    return 'missing';
  }
}
