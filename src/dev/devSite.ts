/**
 * `npm start`: the site kept up to date in place after each edit. The first
 * update lays out everything; later ones reload only the files that changed
 * on disk (the archive memo), take unchanged bodies from memory, and lay out
 * only the pages whose data changed (changedPages.ts) in one Eleventy run.
 * The search index follows separately (`index()`), re-indexing only the
 * shards whose pages changed. Unlike `npm run build`, pages are written
 * straight into the output folder: a preview, not a publication.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SEARCH_CACHE_DIR } from '../index/bundleCache.ts';
import { buildSearchIndex, type IndexResult } from '../index/searchIndex.ts';
import { provideArchive, providedSiteData } from '../layout/archiveData.ts';
import { runEleventy } from '../layout/runEleventy.ts';
import { loadArchive, type Archive } from '../loadArchive.ts';
import type { SourceState } from '../pipeline/sourceState.ts';
import type { RenderOutput } from '../render/renderBody.ts';
import { splitPass } from '../layout/layoutPasses.ts';
import { changedPages, everyPage, fingerprint, pageFile, type LayoutFingerprint, type PageChanges } from '../pipeline/changedPages.ts';

export interface DevSiteOptions {
  contentDir: string;
  outputDir: string;
  configPath?: string;
  includeDrafts?: boolean;
}

export interface UpdateResult {
  archive: Archive;
  /** Files read from disk by this update (all of them the first time). */
  changedFiles: Set<string>;
  /** Absent when the content has errors: the site is left as it was. */
  changes?: PageChanges;
  /** Milliseconds: load, validate and render; site data and diff; lay out. */
  timings: { content: number; diff: number; layout: number; total: number };
}

/**
 * Search shards in the preview: smaller than a build's (searchShards.ts), so
 * an edit re-indexes about 1,000 articles, not 2,000. They have a cache of
 * their own, so the preview and `npm run build` do not evict each other's.
 */
export const DEV_SHARD_ARTICLES = 1000;
const DEV_SEARCH_CACHE_DIR = `${DEFAULT_SEARCH_CACHE_DIR}-dev`;

export class DevSite {
  /** What each file gave, kept in memory between updates (a build keeps it on disk). */
  private readonly sources: SourceState = new Map();
  private readonly bodies = new Map<string, RenderOutput>();
  private laidOut: LayoutFingerprint | undefined;
  private archive: Archive | undefined;
  private cleaned = false;

  constructor(private readonly options: DevSiteOptions) {}

  /** The next update lays out every page (templates or styles changed). */
  invalidateLayout(): void {
    this.laidOut = undefined;
  }

  async update(): Promise<UpdateResult> {
    const started = performance.now();
    const archive = await loadArchive({
      contentDir: this.options.contentDir,
      includeDrafts: this.options.includeDrafts ?? false,
      state: this.sources,
      memory: this.bodies,
    });
    const content = performance.now() - started;
    const changedFiles = archive.changed;
    if (!archive.ok) return { archive, changedFiles, timings: { content, diff: 0, layout: 0, total: content } };

    provideArchive(archive, { searchShardArticles: DEV_SHARD_ARTICLES });
    try {
      const data = await providedSiteData();
      const next = fingerprint(data);
      const planned: PageChanges = this.laidOut ? changedPages(this.laidOut, next, data) : everyPage(data);
      const diffed = performance.now();
      if (!this.cleaned) {
        // Pages of a previous session's archive would linger among the new ones.
        await rm(this.options.outputDir, { recursive: true, force: true });
        this.cleaned = true;
      }
      if (planned.pages > 0 || planned.pass.first) {
        // Usually one small run; the whole site (first update, template change) in bounded passes.
        await runEleventy(this.options.outputDir, splitPass(planned.pass), this.options.configPath);
      }
      // Page URLs are the archive's own (`/YYYY/MM/DD/slug/`), never outside the output folder.
      for (const url of planned.removed) await rm(path.join(this.options.outputDir, pageFile(url)), { force: true });
      const finished = performance.now();
      this.laidOut = next;
      this.archive = archive;
      return {
        archive,
        changedFiles,
        changes: planned,
        timings: { content, diff: diffed - started - content, layout: finished - diffed, total: finished - started },
      };
    } finally {
      provideArchive(undefined);
    }
  }

  /** Re-indexes the shards whose article pages changed since the last index. */
  async index(): Promise<IndexResult | undefined> {
    if (!this.archive) return undefined;
    return buildSearchIndex(this.options.outputDir, this.archive.articles, {
      cacheDir: path.join(path.dirname(path.resolve(this.options.contentDir)), DEV_SEARCH_CACHE_DIR),
      maxArticlesPerShard: DEV_SHARD_ARTICLES,
    });
  }
}
