/**
 * Index: Pagefind's Node API over the laid-out site, writing `pagefind/`
 * into it. Only elements marked `data-pagefind-body` (article bodies) are
 * indexed; filters, metadata and the date sort come from data attributes the
 * article template writes. Given the archive's articles, their quotes are
 * added as results of their own (see quoteRecords.ts).
 * https://pagefind.app/docs/node-api/
 */
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Article } from '../model/article.ts';
import { quoteRecords } from './quoteRecords.ts';

export interface IndexResult {
  /** HTML pages indexed. */
  pages: number;
  /** Quotes indexed as results of their own. */
  quotes: number;
}

export async function buildSearchIndex(siteDir: string, articles: readonly Article[] = []): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    let quotes = 0;
    for (const article of articles) {
      for (const record of quoteRecords(article)) {
        const response = await index.addCustomRecord(record);
        if (response.errors.length > 0) {
          throw new Error(`Pagefind could not index the quote at ${record.url}: ${response.errors.join('; ')}`);
        }
        quotes++;
      }
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count, quotes };
  } finally {
    await pagefind.close();
  }
}
