/**
 * Index, for `npm start`: re-index after each rebuild so search works in the
 * dev server, quotes included. `npm run build` runs the index stage itself.
 */
import type { EleventyConfig } from '../layout/eleventyConfig.ts';
import { loadArchive } from '../loadArchive.ts';
import { site } from '../site.ts';
import { buildSearchIndex } from './searchIndex.ts';

export default function searchIndexPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on('eleventy.after', async ({ directories, runMode }) => {
    if (runMode === 'build') return;
    // Rendering is cached by content hash, so loading again costs little.
    const archive = await loadArchive({ contentDir: site.contentDir, includeDrafts: process.env.DRAFTS === '1' });
    await buildSearchIndex(directories.output, archive.ok ? archive.articles : []);
  });
}
