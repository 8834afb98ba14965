/**
 * Index, for `npm start`: re-index after each rebuild so search works in the
 * dev server, quotes included. `npm run build` runs the index stage itself.
 */
import { laidOutArchive } from '../layout/archiveData.ts';
import type { EleventyConfig } from '../layout/eleventyConfig.ts';
import path from 'node:path';
import { DEFAULT_SEARCH_CACHE_DIR } from './bundleCache.ts';
import { buildSearchIndex } from './searchIndex.ts';

export default function searchIndexPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.on('eleventy.after', async ({ directories, runMode }) => {
    if (runMode === 'build') return;
    // The archive this rebuild laid out: its quotes become search records.
    // Shards whose articles did not change come from the cache: an edit re-indexes one shard.
    await buildSearchIndex(directories.output, laidOutArchive()?.articles ?? [], {
      cacheDir: path.resolve(DEFAULT_SEARCH_CACHE_DIR),
    });
  });
}
