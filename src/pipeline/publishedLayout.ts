/**
 * The layout state of the published site, as a build sees it (the state
 * itself, its file and format: layoutState.ts): which state a build trusts
 * (previousLayout), whether the published site can stay as it is
 * (isUntouched), and what is recorded of the site a build publishes
 * (publishedFiles) for the next one.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Archive } from '../loadArchive.ts';
import { SPARE } from '../publish/publishSite.ts';
import { codeVersion, CONTENT_CODE, LAYOUT_CODE } from './codeVersion.ts';
import type { BuildContext } from './context.ts';
import { hasEveryPage, LAYOUT_FILE, readLayoutState, type LayoutState, type PublishedFiles } from './layoutState.ts';

export interface PreviousLayout {
  file: string;
  version: string;
  /** Absent when there is none to trust (with a note why), or with --clean. */
  state?: LayoutState | undefined;
}

/** The layout state of the published site, when it is the site the state describes and was made by this code and settings. */
export async function previousLayout(context: BuildContext): Promise<PreviousLayout> {
  const { folders, options, reporter } = context;
  const contentVersion = await codeVersion(CONTENT_CODE, [options.includeDrafts]);
  // skipIndex too: a site built without its index cannot lend one.
  const version = await codeVersion(LAYOUT_CODE, [context.site, options.searchShardArticles ?? null, options.skipIndex, contentVersion]);
  const file = path.join(folders.buildState, LAYOUT_FILE);
  if (options.clean) return { file, version };
  const previous = await readLayoutState(file, version, folders.output);
  if (previous.note) reporter.note(previous.note);
  return { file, version, state: previous.state };
}

/**
 * Whether the published site is what this build would publish: built by this code and settings from the
 * same sources, none read anew (a file dated in the future is read on every build: its warning names
 * today), and every page still there. Then the build leaves it as it is: no site data, no staging folder,
 * no links, no publish (at 10k: 13.6-14.4 s before, 4.3-6.1 s under load 5; docs/PERFORMANCE.md).
 */
export function isUntouched(previous: LayoutState | undefined, sources: string, archive: Archive, outputDir: string): previous is LayoutState {
  return previous !== undefined && previous.sources === sources && archive.changed.size === 0 && hasEveryPage(previous, outputDir);
}

/**
 * What the build state records of the site just published (`outputDir`): its files and, when the site it replaced
 * was kept as the spare, that folder and how the new site differs from it (the files this build wrote or removed).
 */
export function publishedFiles(
  outputDir: string,
  files: Array<[string, number]>,
  laidOut: { written: string[]; removed: string[] },
  keptSpare: boolean,
): PublishedFiles {
  if (!keptSpare) return { files };
  try {
    const info = statSync(`${outputDir}${SPARE}`);
    return { files, spare: { ino: info.ino, mtimeMs: info.mtimeMs, written: laidOut.written, removed: laidOut.removed } };
  } catch {
    return { files };
  }
}
