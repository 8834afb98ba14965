/**
 * Index: the bundle cache's key of a shard (bundleCache.ts) — the code that
 * makes bundles, what Pagefind reads of each page (indexedContent.ts, known
 * by its file's identity where unchanged: pageKeys.ts) and the shard's
 * quotes — so that an unchanged shard is linked from the cache instead of
 * indexed again.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CustomRecord } from 'pagefind';
import type { Article } from '../model/article.ts';
import { packageVersion } from '../util/packageVersion.ts';
import { bundleKey } from './bundleCache.ts';
import type { PageKeys } from './pageKeys.ts';
import { quoteRecords } from './quoteRecords.ts';
import type { SearchShard } from './searchShards.ts';

const INDEX_DIR = path.dirname(fileURLToPath(import.meta.url));
/** The files of this folder whose code shapes a bundle: a change to any of them makes every bundle anew. */
const BUNDLE_CODE = ['searchIndex.ts', 'shardKey.ts', 'indexAnew.ts', 'quoteRecords.ts', 'searchShards.ts', 'indexedContent.ts', 'pagefindWorker.ts'];

let indexKey: Promise<string> | undefined;

/** Changes whenever a bundle could: Pagefind's version and the code of BUNDLE_CODE. */
export function indexVersion(): Promise<string> {
  indexKey ??= (async () => {
    const parts = [`pagefind@${await packageVersion('pagefind')}`];
    for (const name of BUNDLE_CODE) parts.push(await readFile(path.join(INDEX_DIR, name), 'utf8'));
    return bundleKey(parts);
  })();
  return indexKey;
}

/** Per article, a digest of everything but its body (IndexOptions.articleDigests in searchIndex.ts). */
export interface ArticleDigests {
  get(article: Article): string | undefined;
}

export interface ShardKey {
  key: string;
  /** The pages read while keying (pageKeys.ts reads only those whose file changed): Pagefind's, if the shard is indexed anew. */
  read: Map<string, string>;
  /** The shard's quote records, when they had to be made for the key. */
  records?: CustomRecord[];
}

/**
 * The bundle key of a shard: what Pagefind reads of each page (indexedContent.ts, not the links and
 * navigation around it; pageKeys.ts reads only the pages whose file changed) and its quotes: each article's
 * digest where known (`digests`), else its quote records. The pages read are kept for
 * Pagefind, should the shard be indexed anew (one shard's pages: about 30 MB at 1,000), and so are the
 * records made (quoteRecords for 10k articles and their serialising were about 0.6 s of a one-article build).
 */
export function shardKey(version: string, pageFiles: (url: string) => string, shard: SearchShard, keys: PageKeys, digests: ArticleDigests | undefined): ShardKey {
  const read = new Map<string, string>();
  const parts = [version];
  const now = Date.now();
  for (const article of shard.articles) {
    const page = keys.key(article.url, pageFiles(article.url), now);
    if (page.indexed !== undefined) read.set(article.url, page.indexed);
    parts.push(article.url, page.hash);
  }
  const known = shard.articles.map((article) => digests?.get(article));
  if (known.every((digest) => digest !== undefined)) {
    parts.push('digests', ...(known as string[]));
    return { key: bundleKey(parts), read };
  }
  const records = shardRecords(shard);
  parts.push('records', JSON.stringify(records));
  return { key: bundleKey(parts), read, records };
}

/** Every quote of the shard's articles as a record of its own (quoteRecords.ts). */
export function shardRecords(shard: SearchShard): CustomRecord[] {
  return shard.articles.flatMap((article) => quoteRecords(article));
}
