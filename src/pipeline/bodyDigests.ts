/**
 * Digests that stand for data the build does not keep in memory: a rendered
 * body's HTML (its page's fingerprint holds it: changedPages.ts; the build
 * state keeps it: storedBodies.ts), any data as JSON, and what listings show
 * of an article. (Not in src/render/: every file there is part of the render
 * cache's key.) Small on purpose: freshBodyWorker.ts loads it in a worker.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../model/article.ts';

/** What identifies a rendered body's HTML. */
export function htmlDigest(html: string): string {
  return createHash('sha1').update(html).digest('base64');
}

/** The digest of data as JSON: page fingerprints (changedPages.ts) and article digests are made of these. */
export function dataDigest(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value) ?? '').digest('base64');
}

/** What listings show of an article, as its pages' fingerprints hold it (changedPages.ts): everything but its body. */
export function articleDigest(article: Article): string {
  return dataDigest({ ...article, html: undefined });
}
