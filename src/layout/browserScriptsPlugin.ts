/**
 * Lay out: the site's few browser scripts are TypeScript in src/browser/,
 * bundled by esbuild into `/js/` of the output (no CDN, no framework), after
 * the first layout pass (archiveData.ts).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

export const BROWSER_SOURCE_DIR = 'src/browser';

export async function bundleBrowserScripts(outputDir: string): Promise<void> {
  const entries = (await readdir(BROWSER_SOURCE_DIR))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(BROWSER_SOURCE_DIR, name));
  await build({
    entryPoints: entries,
    outdir: path.join(outputDir, 'js'),
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
}
