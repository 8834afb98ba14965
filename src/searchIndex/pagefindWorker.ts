/**
 * Index: the shards' bundles written by Pagefind, fed from a worker thread.
 * Pagefind's Node API talks to its service process through the event loop
 * (every page is a message on its stdin and a reply on its stdout); on the
 * main thread, while Eleventy lays out the rest of a cold build, those
 * messages waited for Eleventy's turns and Pagefind sat idle (2k, load 15:
 * 0.6-2.1 s of Pagefind CPU in 25-35 s of layout). In a worker the feeding
 * has an event loop to itself, so Pagefind runs on the second core while the
 * main thread lays out. One worker feeds every slot (pagefindSlots.ts): each
 * slot has its own module instance of Pagefind's API (the same file under
 * another URL), hence its own service process, which `close()` ends after
 * each shard (the memory of a shard's index goes with it).
 *
 * Pagefind is fed what it reads of a page (indexedContent.ts: the `<head>`
 * and the `data-pagefind-body` element), not the whole page: the same
 * bundles byte for byte (every file of `pagefind/` and `pagefind-shards/`
 * hashed, 2k), a third less to send.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { CustomRecord } from 'pagefind';
import { indexedContent } from './indexedContent.ts';

export interface ShardPage {
  url: string;
  /** The page's file, read in the worker unless `content` (what Pagefind reads of it) is given. */
  file: string;
  content?: string;
}

export interface BundleRequest {
  id: number;
  /** The Pagefind process (slot) that writes it, after the shards sent to it before. */
  slot: number;
  pages: ShardPage[];
  records: CustomRecord[];
  outputPath: string;
}

export interface BundleReply {
  id: number;
  /** Why the bundle could not be written; absent when it was. */
  error?: string;
}

const BATCH = 256;

async function inBatches<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  // Each call is a round trip to Pagefind's process: a batch keeps it busy without flooding it.
  for (let start = 0; start < items.length; start += BATCH) await Promise.all(items.slice(start, start + BATCH).map(run));
}

/** One Pagefind process for one shard: add its pages and quotes, write the bundle, stop. */
type PagefindApi = typeof import('pagefind');

export async function writeBundle(pagefind: PagefindApi, request: Omit<BundleRequest, 'id' | 'slot'>): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Read first, then added in the shard's order: the bundle's bytes follow the order Pagefind is given the pages.
    const pages = await Promise.all(
      request.pages.map(async (page) => ({ url: page.url, content: page.content ?? indexedContent(await readFile(page.file, 'utf8')) })),
    );
    await inBatches(pages, async (page) => {
      const added = await index.addHTMLFile(page);
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    });
    await inBatches(request.records, async (record) => {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the quote at ${record.url}: ${added.errors.join('; ')}`);
    });
    const written = await index.writeFiles({ outputPath: request.outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  } finally {
    // Closing ends Pagefind's process, and with it the memory this shard took.
    await pagefind.close();
  }
}

// Per slot, one shard at a time, in the order sent (`close()` ends the slot's process): the main thread sends shards
// as their pages are written, between layout passes, and each slot goes on to the next without asking.
const slots = new Map<number, Promise<unknown>>();
parentPort?.on('message', (request: BundleRequest) => {
  const url = import.meta.resolve('pagefind');
  const before = slots.get(request.slot) ?? Promise.resolve();
  const done = before
    .then(() => import(request.slot === 0 ? url : `${url}?slot=${request.slot}`) as Promise<PagefindApi>)
    .then((pagefind) => writeBundle(pagefind, request))
    .then(
      () => parentPort?.postMessage({ id: request.id } satisfies BundleReply),
      (error: unknown) => parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies BundleReply),
    );
  slots.set(request.slot, done);
});
