/**
 * Index: one shard given to Pagefind (a slot of pagefindSlots.ts), its
 * bundle written into the bundle cache and linked into the site from there
 * (bundleCache.ts), or without a cache written into the site.
 */
import type { CustomRecord } from 'pagefind';
import path from 'node:path';
import type { BundleCache } from './bundleCache.ts';
import type { PagefindSlots } from './pagefindSlots.ts';
import type { SearchShard } from './searchShards.ts';

/** A shard to index anew; `key` absent without a cache; `read`: its pages read while keying it, if kept; `records`: its quotes. */
export interface Job {
  shard: SearchShard;
  key?: string;
  read: ReadonlyMap<string, string>;
  records: CustomRecord[];
}

/**
 * Pagefind on one shard, into the bundle cache and linked from there, or without a cache into the site. Sent to
 * the slot at once, before the first `await`: the worker starts on it without waiting for this thread's next turn.
 */
export async function indexAnew(slots: PagefindSlots, slot: number, siteDir: string, pageFiles: (url: string) => string, job: Job, bundles: BundleCache | null): Promise<void> {
  const { shard, key } = job;
  // The pages not read while keying are read by the worker.
  const pages = shard.articles.map((article) => {
    const content = job.read.get(article.url);
    return { url: article.url, file: pageFiles(article.url), ...(content === undefined ? {} : { content }) };
  });
  const { records } = job;
  const target = path.join(siteDir, shard.bundlePath);
  if (bundles && key) {
    const folder = bundles.prepare(key);
    await bundles.commit(key, folder, slots.writeBundle(slot, { pages, records, outputPath: folder }));
    await bundles.copyTo(key, target);
  } else {
    await slots.writeBundle(slot, { pages, records, outputPath: target });
  }
}
