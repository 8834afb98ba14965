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

/** Article pages: `/YYYY/MM/DD/slug/index.html`. */
export const ARTICLE_PAGES = '[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html';
const RECORD_BATCH = 256;

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
    // Only article pages carry `data-pagefind-body`; reading the other pages
    // (term pages, dates, feeds) would cost time and find nothing.
    const added = await index.addDirectory({ path: siteDir, glob: ARTICLE_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const records = articles.flatMap((article) => quoteRecords(article));
    // Sent in batches: each record is a round trip to Pagefind's process.
    for (let start = 0; start < records.length; start += RECORD_BATCH) {
      const batch = records.slice(start, start + RECORD_BATCH);
      const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      responses.forEach((response, i) => {
        if (response.errors.length > 0) {
          throw new Error(`Pagefind could not index the quote at ${batch[i]!.url}: ${response.errors.join('; ')}`);
        }
      });
    }
    const quotes = records.length;
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count, quotes };
  } finally {
    await pagefind.close();
  }
}
