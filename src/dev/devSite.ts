/**
 * `npm start`: the same pipeline as `npm run build` (src/build.ts) run on
 * every change, with the build state in memory instead of on disk: the
 * first update lays out everything; later ones read only the files that
 * changed on disk (sourceState), take unchanged bodies from memory, and lay
 * out only the pages whose data changed (src/pipeline/layOut.ts). The
 * search index follows separately (`index()`), re-indexing only the shards
 * whose pages changed. Unlike `npm run build`, pages are written straight
 * into the output folder: a preview, not a publication.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SEARCH_CACHE_DIR } from '../searchIndex/bundleCache.ts';
import { PagefindSlots } from '../searchIndex/pagefindSlots.ts';
import { buildSearchIndex, concurrentShards, type IndexResult } from '../searchIndex/searchIndex.ts';
import { planSearchShards } from '../searchIndex/searchShards.ts';
import { siteData, siteDataMemo } from '../layout/siteData.ts';
import { loadArchive, type Archive } from '../loadArchive.ts';
import type { ArticleMemo } from '../pipeline/fileArticle.ts';
import { fingerprintMemo, pageFile, type LayoutFingerprint, type PageChanges } from '../pipeline/changedPages.ts';
import { buildFolders, type BuildContext } from '../pipeline/context.ts';
import { layOut, planLayout } from '../pipeline/layOut.ts';
import { fullCollection } from '../pipeline/passGarbage.ts';
import { LAYOUT_FILE } from '../pipeline/layoutState.ts';
import type { SourceState } from '../pipeline/sourceState.ts';
import type { DecodedRecords } from '../pipeline/sourceStages.ts';
import type { RenderOutput } from '../render/renderBody.ts';
import { quietReporter, type Reporter } from '../report/progress.ts';
import type { VFile } from 'vfile';
import { loadSiteSettings, previewSettings } from '../site.ts';
import { taxonomyMemo } from '../taxonomy/terms.ts';
import { nearDuplicateMemo } from '../validate/nearDuplicateMemo.ts';

export interface DevSiteOptions {
  contentDir: string;
  outputDir: string;
  configPath?: string;
  includeDrafts?: boolean;
  reporter?: Reporter;
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
 * an edit re-indexes at most 500 articles, not 1,000 (1.8-3.9 s against
 * 4.1-5.7 s at 10k). They have a cache of their own, so the preview and
 * `npm run build` do not evict each other's.
 */
export const DEV_SHARD_ARTICLES = 500;
const DEV_SEARCH_CACHE_DIR = `${DEFAULT_SEARCH_CACHE_DIR}-dev`;

export class DevSite {
  /** What each file gave, kept in memory between updates (a build keeps it on disk). */
  private readonly sources: SourceState = new Map();
  private readonly bodies = new Map<string, RenderOutput>();
  /**
   * What the last update made, for the next: unchanged files keep their Article objects, and what is made of
   * them (related articles, profiles, quote links, page fingerprints) is reused where its articles are the
   * same, so an edit costs about what it changed (issue 11).
   */
  private readonly articles: ArticleMemo = new WeakMap();
  /** Each unchanged record's file, messages and sample as decoded last time: an edit decodes only what it changed. */
  private readonly decoded: DecodedRecords = new WeakMap();
  private readonly nearDuplicates = nearDuplicateMemo();
  private readonly taxonomies = taxonomyMemo();
  private readonly siteMemo = siteDataMemo();
  private readonly fingerprints = fingerprintMemo();
  private readonly context: BuildContext;
  private laidOut: LayoutFingerprint | undefined;
  private archive: Archive | undefined;
  private cleaned = false;
  /** Pagefind's worker thread and slots, for the session: an update's index does not start a worker of its own. */
  private slots: PagefindSlots | undefined;
  /** site.yaml with its messages, read when the server starts (a change to it restarts nothing: restart by hand). */
  private readonly settingsFile: VFile;

  constructor(options: DevSiteOptions) {
    const folders = buildFolders(options.contentDir, options.outputDir);
    const settings = loadSiteSettings({ projectDir: folders.root, env: {} });
    this.settingsFile = settings.file;
    this.context = {
      folders: { ...folders, searchCache: path.join(folders.root, DEV_SEARCH_CACHE_DIR) },
      options: {
        includeDrafts: options.includeDrafts ?? false,
        skipIndex: false,
        clean: false,
        searchShardArticles: DEV_SHARD_ARTICLES,
        configPath: options.configPath,
        today: new Date(),
      },
      // The preview is served at the root of localhost: site.yaml's name and words, no base URL or subpath.
      site: previewSettings(settings.settings),
      reporter: options.reporter ?? quietReporter(),
      collectGarbage: fullCollection(),
    };
  }

  /** The next update lays out every page (templates or styles changed). */
  invalidateLayout(): void {
    this.laidOut = undefined;
  }

  async update(): Promise<UpdateResult> {
    const { folders, options } = this.context;
    const started = performance.now();
    const archive = await loadArchive({
      contentDir: folders.content,
      root: folders.root,
      includeDrafts: options.includeDrafts,
      cacheDir: folders.renderCache,
      state: this.sources,
      memory: this.bodies,
      articles: this.articles,
      decoded: this.decoded,
      nearDuplicates: this.nearDuplicates,
      taxonomies: this.taxonomies,
    });
    const content = performance.now() - started;
    const changedFiles = archive.changed;
    // site.yaml's problems are shown with the articles' on the first update, as `npm run check` shows them;
    // the preview goes on with the defaults for what is wrong (it has no base URL or subpath anyway).
    if (this.settingsFile.messages.length > 0) {
      archive.files.unshift(this.settingsFile);
      if (!this.laidOut) changedFiles.add(this.settingsFile.path);
    }
    if (!archive.ok) return { archive, changedFiles, timings: { content, diff: 0, layout: 0, total: content } };

    const data = await siteData(archive, { site: this.context.site, memo: this.siteMemo });
    const plan = planLayout(data, this.laidOut, undefined, this.fingerprints);
    const diffed = performance.now();
    if (!this.cleaned) {
      // Pages of a previous session's archive would linger among the new ones.
      await rm(folders.output, { recursive: true, force: true });
      // The preview's site is not the build's (smaller search shards, drafts): the next build must not reuse its pages.
      await rm(path.join(folders.buildState, LAYOUT_FILE), { force: true });
      this.cleaned = true;
    }
    // Usually one small run; the whole site (first update, template change) in bounded passes.
    await layOut(this.context, data, plan.passes, folders.output);
    // Page URLs are the archive's own (`/YYYY/MM/DD/slug/`), never outside the output folder.
    for (const url of plan.changes.removed) await rm(path.join(folders.output, pageFile(url)), { force: true });
    const finished = performance.now();
    this.laidOut = plan.fingerprint;
    this.archive = archive;
    return {
      archive,
      changedFiles,
      changes: plan.changes,
      timings: { content, diff: diffed - started - content, layout: finished - diffed, total: finished - started },
    };
  }

  /** Re-indexes the shards whose article pages changed since the last index. */
  async index(): Promise<IndexResult | undefined> {
    if (!this.archive) return undefined;
    // As many slots as the first index (every shard anew) can run at once.
    this.slots ??= new PagefindSlots(concurrentShards(planSearchShards(this.archive.articles, DEV_SHARD_ARTICLES)));
    return buildSearchIndex(this.context.folders.output, this.archive.articles, {
      cacheDir: this.context.folders.searchCache,
      maxArticlesPerShard: DEV_SHARD_ARTICLES,
      slots: this.slots,
    });
  }

  /** Ends Pagefind's worker thread (the preview stops; an index after this starts another). */
  async close(): Promise<void> {
    await this.slots?.close();
  }
}
