/**
 * Index: per article page, the hash of what Pagefind reads of it
 * (indexedContent.ts), which keys its shard's cached bundle — remembered
 * beside the bundle cache with the page file's identity (inode, size and
 * modification time in nanoseconds), so that a page file that is the same
 * file as last time is not read again. An unchanged page of an incremental
 * build is the published site's file hard-linked into staging: same inode,
 * same time. Reading 10,000 pages to key every shard was about 1.3 s of a
 * one-article build at 10k (docs/PERFORMANCE.md, session 5).
 *
 * As safe as reading: a page written again has a new time (or, laid out
 * anew, a new inode), and a file whose time is within `RACY_MS` of the
 * moment it was keyed is not remembered (the file system's clock ticks
 * coarsely, so a later write in the same tick could keep its time; git's
 * index has the same rule). Only a file rewritten in place and given its old
 * time back by hand would be missed. Pages written by this build's own layout
 * before they are keyed (a cold build's or a whole relayout's, keyed as soon
 * as their pass is written: nearly all racy) are final — each page is in one
 * pass, in the build's own staging folder, and nothing writes it again — so a
 * racy one is looked at again when the keys are saved and remembered if its
 * file is unchanged and no longer racy: the next build does not read every
 * page again. A missing, corrupt or other-version
 * file of keys is an empty one: every page is read, as before. The file is a
 * state file like the build's (src/pipeline/stateFile.ts): a header with the
 * format and code version, then a line per page, renamed into place.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readStateFile, writeStateFile } from '../pipeline/stateFile.ts';
import { indexedContent } from './indexedContent.ts';

const FORMAT = 'news-archive page keys 2';
/** In the bundle cache folder (bundleCache.ts keeps it when pruning). */
export const PAGE_KEYS_FILE = 'pages.ndjson';
/** A page file modified this close to the moment it is keyed is read again next time. */
export const RACY_MS = 2_000;

interface Remembered {
  /** `ino:size:mtimeNs` of the page file. */
  file: string;
  /** sha256 (base64) of indexedContent() of the page. */
  hash: string;
}

interface KeyLine extends Remembered {
  url: string;
}

function isKeyLine(value: unknown): value is KeyLine {
  if (typeof value !== 'object' || value === null) return false;
  const line = value as Partial<Record<string, unknown>>;
  return typeof line.url === 'string' && typeof line.file === 'string' && typeof line.hash === 'string';
}

export interface PageKey {
  hash: string;
  /** What Pagefind reads of the page (indexedContent.ts), when it had to be read: Pagefind is fed it if the shard is indexed anew. */
  indexed?: string;
}

function fileIdentity(file: string): { id: string; mtimeMs: number } {
  const info = statSync(file, { bigint: true });
  return { id: `${info.ino}:${info.size}:${info.mtimeNs}`, mtimeMs: Number(info.mtimeMs) };
}

export interface PageKeysOptions {
  /**
   * The pages are final when keyed: written by this build's layout into its own staging folder, and written
   * by nothing again before the keys are saved. Racy ones are then looked at again by save().
   */
  finalPages?: boolean;
}

/** fileIdentity(), or undefined for a file gone. */
function statIdentity(file: string): { id: string; mtimeMs: number } | undefined {
  try {
    return fileIdentity(file);
  } catch {
    return undefined;
  }
}

export class PageKeys {
  /** Pages read this run (the rest were known by their file). */
  read = 0;
  private readonly next = new Map<string, Remembered>();
  /** Final pages keyed while racy, by URL: their file, as keyed. */
  private readonly racy = new Map<string, Remembered & { path: string }>();

  private constructor(
    private readonly file: string | null,
    private readonly version: string,
    private readonly known: ReadonlyMap<string, Remembered>,
    private readonly finalPages: boolean,
  ) {}

  /** The keys remembered in `cacheDir` by code of `version`; none (every page read) without a cache. */
  static async load(cacheDir: string | null, version: string, { finalPages = false }: PageKeysOptions = {}): Promise<PageKeys> {
    if (!cacheDir) return new PageKeys(null, version, new Map(), finalPages);
    const file = path.join(cacheDir, PAGE_KEYS_FILE);
    // Missing, corrupt or other code: every page is read (the search cache says nothing of it to the reader).
    const read = await readStateFile(file, FORMAT, version, isKeyLine);
    return new PageKeys(file, version, new Map((read.lines ?? []).map(({ url, file: id, hash }) => [url, { file: id, hash }])), finalPages);
  }

  /** The key of the page `url` whose file is `file`, read only when the file is not the one remembered. */
  key(url: string, file: string, now = Date.now()): PageKey {
    const before = fileIdentity(file);
    const remembered = this.known.get(url);
    if (remembered && remembered.file === before.id) {
      this.next.set(url, remembered);
      return { hash: remembered.hash };
    }
    const html = readFileSync(file, 'utf8');
    this.read++;
    const indexed = indexedContent(html);
    const hash = createHash('sha256').update(indexed).digest('base64');
    // Remembered only if the file did not change while it was read and is not racy.
    const after = fileIdentity(file);
    if (after.id === before.id) {
      if (now - after.mtimeMs > RACY_MS) this.next.set(url, { file: after.id, hash });
      else if (this.finalPages) this.racy.set(url, { file: after.id, hash, path: file });
    }
    return { hash, indexed };
  }

  /**
   * Writes the keys of the pages keyed this run (the others are forgotten), beside and then over the old file;
   * a final page keyed while racy is kept if its file is the one keyed and no longer racy (`now`).
   */
  async save(now = Date.now()): Promise<void> {
    if (!this.file) return;
    for (const [url, { path: file, ...remembered }] of this.racy) {
      const still = statIdentity(file);
      if (still && still.id === remembered.file && now - still.mtimeMs > RACY_MS) this.next.set(url, remembered);
    }
    await writeStateFile(this.file, FORMAT, this.version, [...this.next].map(([url, remembered]) => ({ url, ...remembered })));
  }
}
