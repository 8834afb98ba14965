/**
 * Build state of the content stages: per source file, its stat stamp and
 * content hash, and what loading and validating it gave (its messages; for a
 * valid file its frontmatter, URL, render key and near-duplicate sample).
 * An unchanged file is then neither parsed nor validated nor rendered again:
 * its body comes from the render cache by key. The cross-file checks
 * (duplicate URLs, near-duplicates, name collisions) run over every file's
 * record on every build, so they stay right whatever changed; the
 * near-duplicate check keeps what it found per file, and compares again only
 * the files a change can concern.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Frontmatter } from '../validate/schema.ts';
import type { ArticleUrl } from '../validate/articleUrl.ts';
import type { NearDuplicate } from '../validate/nearDuplicates.ts';
import type { PreviousCheck } from '../validate/nearDuplicatesSince.ts';
import type { StoredBody } from './storedBodies.ts';
import { appendStateLines, readStateFile, writeStateFile } from './stateFile.ts';

type Message = VFile['messages'][number];

export interface SavedMessage {
  reason: string;
  place?: Message['place'];
  ruleId?: string;
  source?: string;
  fatal?: boolean | null;
  note?: string;
}

export interface SourceRecord {
  /** Absolute path of the file. */
  path: string;
  /** `mtimeMs:size` when it was read. */
  stamp: string;
  /** sha256 of its bytes: a file touched but not changed is not parsed again. */
  hash: string;
  /**
   * Read within moments of its last change, so a second change in the same instant and of the same
   * size would keep the stamp: its bytes are compared next time whatever the stamp says (as git does).
   */
  racy?: boolean;
  /** `draft: true` as written (src/validate/drafts.ts): its problems are warnings. */
  draft?: boolean;
  /** The messages of loading and validating this one file (not of the cross-file checks). */
  messages: SavedMessage[];
  /** Present when the file is valid: what the later stages need of it. */
  valid?: {
    frontmatter: Frontmatter;
    address: ArticleUrl;
    renderKey: string;
    /** The near-duplicate sample (Uint32Array), base64. */
    sample: string;
    /** What the build needs of its rendered body without reading it from the render cache (a build's, storedBodies.ts). */
    body?: StoredBody;
  };
  /**
   * What the near-duplicate check across files found for it last time (absent: nothing), so the next build
   * compares again only the files that share phrasing with a changed body (nearDuplicates.ts warnNearDuplicatesSince).
   */
  nearDuplicate?: NearDuplicate;
}

export type SourceState = Map<string, SourceRecord>;

const FORMAT = 'news-archive sources 2';
export const SOURCES_FILE = 'sources.ndjson';

/** How recent a change must be, when a file is read, for its stamp not to be trusted next time. */
const RACY_MS = 2000;

export function isRacy(mtimeMs: number, readAt = Date.now()): boolean {
  return readAt - mtimeMs < RACY_MS;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

export function saveMessages(file: VFile): SavedMessage[] {
  return file.messages.map((message) => {
    const saved: SavedMessage = { reason: message.reason };
    if (message.place) saved.place = message.place;
    if (message.ruleId) saved.ruleId = message.ruleId;
    if (message.source) saved.source = message.source;
    if (message.fatal !== undefined) saved.fatal = message.fatal;
    if (message.note) saved.note = message.note;
    return saved;
  });
}

/** Adds saved messages to a fresh VFile, as the stages that made them did. */
export function restoreMessages(file: VFile, messages: readonly SavedMessage[]): void {
  for (const saved of messages) {
    const message = file.message(saved.reason, {
      ...(saved.place ? { place: saved.place } : {}),
      ...(saved.ruleId ? { ruleId: saved.ruleId } : {}),
      ...(saved.source ? { source: saved.source } : {}),
    });
    message.fatal = saved.fatal;
    if (saved.note) message.note = saved.note;
  }
}

export function encodeSample(sample: Uint32Array): string {
  return Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('base64');
}

export function decodeSample(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  // A copy: Buffer's pool offset need not be 4-byte aligned.
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}

/** A line appended after the records: the file at `removed` is gone (src/pipeline/stateFile.ts appendStateLines). */
interface Removal {
  removed: string;
}

function isRecord(value: unknown): value is SourceRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<SourceRecord>;
  return typeof record.path === 'string' && typeof record.stamp === 'string' && typeof record.hash === 'string' && Array.isArray(record.messages);
}

function isLine(value: unknown): value is SourceRecord | Removal {
  return isRecord(value) || (typeof value === 'object' && value !== null && typeof (value as Partial<Removal>).removed === 'string');
}

/** What a record held when it was read (loading changes these in place), so a write appends only the records that changed. */
interface Snapshot {
  stamp: string;
  racy: boolean | undefined;
  body: StoredBody | undefined;
  nearDuplicate: NearDuplicate | undefined;
}

/** The state file as read: its lines, and each record as it was, so the next write appends what changed rather than every record. */
export interface SourceLog {
  lines: number;
  paths: ReadonlySet<string>;
  records: WeakMap<SourceRecord, Snapshot>;
}

const snapshotOf = (record: SourceRecord): Snapshot => ({ stamp: record.stamp, racy: record.racy, body: record.valid?.body, nearDuplicate: record.nearDuplicate });

function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return a.stamp === b.stamp && a.racy === b.racy && a.body === b.body && a.nearDuplicate === b.nearDuplicate;
}

/**
 * The records, with the lines appended since the file was last written whole applied in order (a later
 * record of a path replaces the earlier; a removal drops it).
 */
export async function readSourceState(file: string, version: string): Promise<{ state: SourceState; note?: string; log?: SourceLog }> {
  const read = await readStateFile(file, FORMAT, version, isLine);
  if (read.note !== undefined) return { state: new Map(), note: read.note };
  const state: SourceState = new Map();
  for (const line of read.lines) {
    if (isRecord(line)) state.set(line.path, line);
    else state.delete(line.removed);
  }
  const records = new WeakMap<SourceRecord, Snapshot>();
  for (const record of state.values()) records.set(record, snapshotOf(record));
  return { state, log: { lines: read.lines.length, paths: new Set(state.keys()), records } };
}

/**
 * What the archive is made of: every source file's path and content hash (and draft flag), in path order.
 * The same digest, the same code and settings, and no file read anew (a file dated in the future is read on
 * every build): the same articles, so the same site.
 */
export function sourcesDigest(state: SourceState): string {
  const hash = createHash('sha256');
  for (const record of [...state.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${record.path}\0${record.hash}\0${record.draft === true ? 'draft' : ''}\n`);
  }
  return hash.digest('base64');
}

/** Appended lines allowed past the records before the file is written whole again. */
const COMPACT_AFTER = 0.25;

/**
 * Writes the state. With `log` (the file as read by this code), only the records that changed and the
 * removals are appended: at 100k the whole file is 213 MB, written anew on every build before. It is
 * written whole again once the appended lines pass a quarter of the records. An append cut short leaves
 * a line that does not parse: the next read calls the file corrupt and builds from nothing.
 */
export async function writeSourceState(file: string, version: string, state: SourceState, log?: SourceLog): Promise<void> {
  if (log) {
    const lines: (SourceRecord | Removal)[] = [];
    for (const path of log.paths) if (!state.has(path)) lines.push({ removed: path });
    for (const record of state.values()) {
      const was = log.records.get(record);
      if (!was || !sameSnapshot(was, snapshotOf(record))) lines.push(record);
    }
    if (log.lines + lines.length <= state.size * (1 + COMPACT_AFTER) + 64) {
      if (lines.length > 0) await appendStateLines(file, lines);
      return;
    }
  }
  await writeStateFile(file, FORMAT, version, state.values());
}

/**
 * The valid files the build state recorded, by display path, with their samples and near-duplicate findings
 * of last time; `changed` (filled while loading) names the files read anew, whose samples may differ.
 */
export function previousNearDuplicates(state: SourceState, root: string, changed: ReadonlySet<string>): PreviousCheck {
  const files = new Map<string, { sample: () => Uint32Array; found: SourceRecord['nearDuplicate'] }>();
  for (const record of state.values()) {
    const valid = record.valid;
    if (valid) files.set(path.relative(root, record.path), { sample: () => decodeSample(valid.sample), found: record.nearDuplicate });
  }
  return { files, unchanged: (displayPath) => !changed.has(displayPath) };
}
