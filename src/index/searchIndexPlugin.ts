/**
 * Index, for `npm start`: re-index after each rebuild so search works in the
 * dev server. `npm run build` runs the index stage itself.
 */
import type { EleventyConfig } from '../layout/eleventyConfig.ts';
import { buildSearchIndex } from './searchIndex.ts';

export default function searchIndexPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on('eleventy.after', async ({ directories, runMode }) => {
    if (runMode === 'build') return;
    await buildSearchIndex(directories.output);
  });
}
