/**
 * Lay out: the site's few browser scripts are TypeScript in src/browser/,
 * bundled by esbuild into `/js/` of the output (no CDN, no framework).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { firstLayoutPass } from './archiveData.ts';
import type { EleventyConfig } from './eleventyConfig.ts';

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

export default function browserScriptsPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on('eleventy.after', async ({ directories }) => {
    // Once per build: later layout passes write article and listing pages only.
    if (firstLayoutPass()) await bundleBrowserScripts(directories.output);
  });
}
