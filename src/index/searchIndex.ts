/**
 * Index: Pagefind's Node API over the laid-out site, writing `pagefind/`
 * into it. Only elements marked `data-pagefind-body` (article bodies) are
 * indexed; filters, metadata and the date sort come from data attributes the
 * article template writes.
 * https://pagefind.app/docs/node-api/
 */
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexResult {
  pages: number;
}

export async function buildSearchIndex(siteDir: string): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
