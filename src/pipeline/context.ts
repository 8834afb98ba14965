/**
 * The build context: what every stage is given, explicitly — folders,
 * options, site settings, where the caches and the build state live, and
 * the reporter. `npm run build` makes one per build, `npm start` one per
 * session (src/dev/devSite.ts); no stage keeps any of it in module state.
 */
import path from 'node:path';
import { DEFAULT_SEARCH_CACHE_DIR } from '../searchIndex/bundleCache.ts';
import { DEFAULT_CACHE_DIR } from '../render/renderCache.ts';
import type { SiteSettings } from '../site.ts';
import type { Reporter } from '../report/progress.ts';
import { BUILD_STATE_DIR } from './stateFile.ts';

export interface BuildFolders {
  content: string;
  output: string;
  /** The project folder: messages name files relative to it, caches live under its `.cache/`. */
  root: string;
  renderCache: string;
  searchCache: string;
  buildState: string;
}

export interface PipelineOptions {
  includeDrafts: boolean;
  /** Skip the search index (the benchmark's baseline). */
  skipIndex: boolean;
  /** Build from nothing: build state and caches are removed first. */
  clean: boolean;
  /** Pages per Eleventy run (src/layout/layoutPasses.ts). */
  layoutPassPages?: number | undefined;
  /** Articles per search shard (src/searchIndex/searchShards.ts). */
  searchShardArticles?: number | undefined;
  /** The Eleventy configuration file. */
  configPath?: string | undefined;
  /** Today, for "date in the future" warnings. */
  today: Date;
}

export interface BuildContext {
  folders: BuildFolders;
  options: PipelineOptions;
  site: SiteSettings;
  reporter: Reporter;
  /** V8's full collection, asked for between layout passes (src/pipeline/passGarbage.ts: fullCollection()). */
  collectGarbage: () => void;
}

/** Folders of a project whose content is in `contentDir`: caches beside it, in `.cache/`. */
export function buildFolders(contentDir: string, outputDir: string, caches: { searchCache?: string } = {}): BuildFolders {
  const root = path.dirname(path.resolve(contentDir));
  return {
    content: path.resolve(contentDir),
    output: path.resolve(outputDir),
    root,
    renderCache: path.join(root, DEFAULT_CACHE_DIR),
    searchCache: caches.searchCache ?? path.join(root, DEFAULT_SEARCH_CACHE_DIR),
    buildState: path.join(root, BUILD_STATE_DIR),
  };
}
