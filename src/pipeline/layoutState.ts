/**
 * Build state of the layout stage: the fingerprint of every page's data
 * (changedPages.ts) as the published site was laid out from it, and which
 * folder that site is (its inode and modification time, so a site replaced
 * or rebuilt by other means is not trusted). The next build lays out only
 * the pages whose fingerprint changed and takes every other file of the
 * published site by hard link (reusePages.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { listTree } from '../util/listTree.ts';
import path from 'node:path';
import { PAGINATED, type Paginated } from '../layout/layoutPasses.ts';
import { isProfileState, type ProfileState } from '../layout/profiles.ts';
import { isRelatedState, type RelatedState } from '../taxonomy/related.ts';
import { pageFile, type LayoutFingerprint } from './changedPages.ts';
import { NOT_REUSED } from './reusePages.ts';
import { readStateFile, writeStateFile } from './stateFile.ts';
import { isSpareState, type SpareState } from './syncLinks.ts';

const FORMAT = 'news-archive layout 3';
/** Files of the published site per line of the state. */
const FILES_PER_LINE = 2_000;
export const LAYOUT_FILE = 'layout.ndjson';

/**
 * Which folder a published site is: the same folder (inode and time), or a
 * copy of it with the same files of the same sizes (CI restores `_site/`
 * from its cache: a new inode, the same files).
 */
export interface SiteIdentity {
  dir: string;
  ino: number;
  mtimeMs: number;
  /** Hash of every reusable file's path and size. */
  files: string;
}

type Line =
  | { kind: 'site'; site: SiteIdentity; sources: string; everywhere: string; unpaginated: string }
  | { kind: 'page'; key: Paginated; url: string; fingerprint: string }
  | { kind: 'part'; name: string; fingerprint: string }
  | { kind: 'related'; related: RelatedState }
  | { kind: 'profiles'; profiles: ProfileState }
  | { kind: 'files'; files: Array<[string, number]> }
  | { kind: 'spare'; spare: SpareState };

function isFileList(value: unknown): value is Array<[string, number]> {
  return Array.isArray(value) && value.every((file) => Array.isArray(file) && typeof file[0] === 'string' && typeof file[1] === 'number');
}

function isLine(value: unknown): value is Line {
  if (typeof value !== 'object' || value === null) return false;
  const line = value as Partial<Record<string, unknown>>;
  if (line.kind === 'site') {
    return typeof line.sources === 'string' && typeof line.everywhere === 'string' && typeof line.unpaginated === 'string' && typeof line.site === 'object';
  }
  if (line.kind === 'related') return isRelatedState(line.related);
  if (line.kind === 'profiles') return isProfileState(line.profiles);
  if (line.kind === 'files') return isFileList(line.files);
  if (line.kind === 'spare') return isSpareState(line.spare);
  if (line.kind === 'part') return typeof line.name === 'string' && typeof line.fingerprint === 'string';
  return line.kind === 'page' && PAGINATED.includes(line.key as Paginated) && typeof line.url === 'string' && typeof line.fingerprint === 'string';
}

/** `SiteIdentity.files` of the reusable files, `[path, size]` (src/publish/siteFiles.ts lists them in a child process). */
export function filesDigestOf(files: ReadonlyArray<readonly [string, number]>): string {
  const hash = createHash('sha256');
  for (const [file, size] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) hash.update(`${file}\0${size}\n`);
  return hash.digest('base64');
}

/** Synchronous (src/util/listTree.ts): at 10k, 59,470 stats took 0.22 s so against about 1 s as promises. */
function filesDigest(dir: string): string {
  return filesDigestOf(listTree(dir, (relative) => NOT_REUSED.has(relative)).files.map((file) => [file, statSync(path.join(dir, file)).size] as const));
}

/** `files`: the digest when it is known already (filesDigestOf), else the folder is listed now. */
export async function siteIdentity(dir: string, files?: string): Promise<SiteIdentity | undefined> {
  try {
    const info = await stat(dir);
    return info.isDirectory() ? { dir, ino: info.ino, mtimeMs: info.mtimeMs, files: files ?? filesDigest(dir) } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `dir` holds the site `known` describes; the file list is read only when the folder is another. */
async function isSite(dir: string, known: SiteIdentity): Promise<boolean> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory() || dir !== known.dir) return false;
    if (info.ino === known.ino && info.mtimeMs === known.mtimeMs) return true;
    return filesDigest(dir) === known.files;
  } catch {
    return false;
  }
}

export interface LayoutState {
  site: SiteIdentity;
  /** The sources the site was built from (sourcesDigest in sourceState.ts). */
  sources: string;
  fingerprint: LayoutFingerprint;
  /** The related articles of the site data the site was laid out from, and what they were scored from (src/taxonomy/related.ts). */
  related?: RelatedState | undefined;
  /** The term profiles of that site data (src/layout/profiles.ts): taken again for the terms whose articles are unchanged. */
  profiles?: ProfileState | undefined;
  /**
   * What the published site holds, so that a build lists no folder: its files (`[path, size]`, the search bundles
   * aside, as src/publish/siteFiles.ts lists them) and what its spare holds (src/pipeline/syncLinks.ts).
   */
  published?: PublishedFiles | undefined;
}

export interface PublishedFiles {
  files: Array<[string, number]>;
  spare?: SpareState | undefined;
}

/** The layout state, if it describes the site now in `outputDir`; otherwise a note why not. */
export async function readLayoutState(file: string, version: string, outputDir: string): Promise<{ state?: LayoutState; note?: string }> {
  const read = await readStateFile(file, FORMAT, version, isLine);
  if (read.note !== undefined) return { note: read.note };
  const [head, ...pages] = read.lines;
  if (head?.kind !== 'site') return { note: 'Build state layout.ndjson is corrupt (no site line): laying out every page.' };
  if (!(await isSite(outputDir, head.site))) {
    return { note: `The site in ${outputDir} is not the one the build state describes: laying out every page.` };
  }
  const fingerprint: LayoutFingerprint = {
    everywhere: head.everywhere,
    unpaginated: head.unpaginated,
    pages: Object.fromEntries(PAGINATED.map((key) => [key, new Map<string, string>()])) as LayoutFingerprint['pages'],
    parts: new Map(),
  };
  let related: RelatedState | undefined;
  let profiles: ProfileState | undefined;
  let files: Array<[string, number]> | undefined;
  let spare: SpareState | undefined;
  for (const line of pages) {
    if (line.kind === 'page') fingerprint.pages[line.key].set(line.url, line.fingerprint);
    else if (line.kind === 'part') fingerprint.parts.set(line.name, line.fingerprint);
    else if (line.kind === 'related') related = line.related;
    else if (line.kind === 'profiles') profiles = line.profiles;
    else if (line.kind === 'files') (files ??= []).push(...line.files);
    else if (line.kind === 'spare') spare = line.spare;
  }
  // Written with the site line, in one file renamed into place: the list of the site that line describes.
  const published = files ? { files, ...(spare ? { spare } : {}) } : undefined;
  return { state: { site: head.site, sources: head.sources, fingerprint, ...(related ? { related } : {}), ...(profiles ? { profiles } : {}), ...(published ? { published } : {}) } };
}

function* linesOf(state: LayoutState): Generator<Line> {
  yield { kind: 'site', site: state.site, sources: state.sources, everywhere: state.fingerprint.everywhere, unpaginated: state.fingerprint.unpaginated };
  for (const key of PAGINATED) {
    for (const [url, fingerprint] of state.fingerprint.pages[key]) yield { kind: 'page', key, url, fingerprint };
  }
  for (const [name, fingerprint] of state.fingerprint.parts) yield { kind: 'part', name, fingerprint };
  if (state.related) yield { kind: 'related', related: state.related };
  if (state.profiles) yield { kind: 'profiles', profiles: state.profiles };
  const files = state.published?.files ?? [];
  for (let start = 0; start < files.length; start += FILES_PER_LINE) yield { kind: 'files', files: files.slice(start, start + FILES_PER_LINE) };
  if (state.published?.spare) yield { kind: 'spare', spare: state.published.spare };
}

/** Whether every page the state lists is in `outputDir` (one may have been removed by hand; its folder's time would not show it). */
export function hasEveryPage(state: LayoutState, outputDir: string): boolean {
  return PAGINATED.every((key) => [...state.fingerprint.pages[key].keys()].every((url) => existsSync(path.join(outputDir, pageFile(url)))));
}

/**
 * The state again for a site left as it was: rewritten only when the site was trusted as a copy (CI restored
 * it: another inode, the same files), so the next build knows the folder by its inode again.
 */
export async function keepLayoutState(file: string, version: string, state: LayoutState): Promise<void> {
  const info = await stat(state.site.dir);
  if (info.ino === state.site.ino && info.mtimeMs === state.site.mtimeMs) return;
  await writeLayoutState(file, version, { ...state, site: { ...state.site, ino: info.ino, mtimeMs: info.mtimeMs } });
}

export function writeLayoutState(file: string, version: string, state: LayoutState): Promise<void> {
  return writeStateFile(file, FORMAT, version, linesOf(state));
}
