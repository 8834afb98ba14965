/**
 * The build, as stages: load → validate → render (src/loadArchive.ts) →
 * lay out (Eleventy) → index (Pagefind) → publish (swap into `_site/`).
 * Content errors stop it before anything is written.
 *
 * Incremental: what each stage made is kept under `.cache/` (beside the
 * content folder, kept between CI runs). Unchanged files are not parsed,
 * validated or rendered again (src/pipeline/sourceState.ts); unchanged pages
 * are not laid out again but hard-linked from the published site
 * (src/pipeline/layoutState.ts, reusePages.ts); unchanged search shards come
 * from their cache (src/index/bundleCache.ts). `clean` builds from nothing.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_SEARCH_CACHE_DIR } from './index/bundleCache.ts';
import { provideArchive, providedSiteData } from './layout/archiveData.ts';
import { runEleventy } from './layout/runEleventy.ts';
import { emptyPass, PAGINATED, planLayoutPasses, splitPass, type LayoutPass } from './layout/layoutPasses.ts';
import type { SiteData } from './layout/siteData.ts';
import { buildSearchIndex } from './index/searchIndex.ts';
import { loadArchive, type Archive, type StageName } from './loadArchive.ts';
import { changedPages, everyPage, fingerprint, pageCount, pageFile, urlOf, type PageChanges } from './pipeline/changedPages.ts';
import { codeVersion, CONTENT_CODE, LAYOUT_CODE } from './pipeline/codeVersion.ts';
import { LAYOUT_FILE, readLayoutState, siteIdentity, writeLayoutState } from './pipeline/layoutState.ts';
import { reusePages } from './pipeline/reusePages.ts';
import { readSourceState, SOURCES_FILE, writeSourceState, type SourceState } from './pipeline/sourceState.ts';
import { BUILD_STATE_DIR } from './pipeline/stateFile.ts';
import { DEFAULT_CACHE_DIR } from './render/renderCache.ts';
import { site } from './site.ts';
import { createStagingDir, discardStagingDir, publishSite, recoverInterruptedPublish } from './publish/publishSite.ts';

export type BuildStage = StageName | 'layout' | 'index' | 'publish';

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** The Eleventy configuration file. */
  configPath?: string;
  includeDrafts?: boolean;
  /** Skip the search index (the benchmark's baseline). */
  skipIndex?: boolean;
  /** Pages per Eleventy run (see src/layout/layoutPasses.ts). */
  layoutPassPages?: number;
  /** Articles per search index shard (see src/index/searchShards.ts). */
  searchShardArticles?: number;
  /** Build from nothing: the build state and the render and search caches are removed first. */
  clean?: boolean;
  /** Today, for "date in the future" warnings; defaults to now. */
  today?: Date;
}

export interface LayoutStats {
  /** Pages laid out by Eleventy in this build. */
  laidOut: number;
  /** Whether every page was laid out (no usable layout state). */
  whole: boolean;
  /** Files hard-linked from the previous site. */
  reused: number;
}

export interface BuildResult {
  ok: boolean;
  archive: Archive;
  timings: Partial<Record<BuildStage, number>>;
  pages?: number;
  layout?: LayoutStats;
  /** One line each: why build state was not used (missing, corrupt, other code). */
  notes: string[];
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const root = path.dirname(path.resolve(options.contentDir));
  const stateDir = path.join(root, BUILD_STATE_DIR);
  const includeDrafts = options.includeDrafts ?? false;
  const notes: string[] = [];
  if (options.clean) {
    for (const dir of [BUILD_STATE_DIR, DEFAULT_CACHE_DIR, DEFAULT_SEARCH_CACHE_DIR]) {
      await rm(path.join(root, dir), { recursive: true, force: true });
    }
  }

  const contentVersion = await codeVersion(CONTENT_CODE, [includeDrafts]);
  const sourcesFile = path.join(stateDir, SOURCES_FILE);
  const read = options.clean ? { state: new Map() as SourceState } : await readSourceState(sourcesFile, contentVersion);
  if (read.note) notes.push(read.note);
  const archive = await loadArchive({
    contentDir: options.contentDir,
    includeDrafts,
    state: read.state,
    ...(options.today ? { today: options.today } : {}),
  });
  const timings: BuildResult['timings'] = { ...archive.timings };
  // Kept even when the build is refused: the fix of one file then costs one file.
  await writeSourceState(sourcesFile, contentVersion, read.state);
  if (!archive.ok) return { ok: false, archive, timings, notes };

  await recoverInterruptedPublish(options.outputDir);
  const staging = await createStagingDir(options.outputDir);
  try {
    let started = performance.now();
    const shardOptions = options.searchShardArticles === undefined ? {} : { searchShardArticles: options.searchShardArticles };
    provideArchive(archive, shardOptions);
    const data = await providedSiteData();
    const layoutVersion = await codeVersion(LAYOUT_CODE, [includeDrafts, site, shardOptions, contentVersion]);
    const layoutFile = path.join(stateDir, LAYOUT_FILE);
    const previous = options.clean ? {} : await readLayoutState(layoutFile, layoutVersion, options.outputDir);
    if (previous.note) notes.push(previous.note);
    const next = fingerprint(data);
    const planned: PageChanges = previous.state ? changedPages(previous.state.fingerprint, next, data) : everyPage(data);
    const passes: LayoutPass[] = planned.whole
      ? planLayoutPasses(data, options.layoutPassPages)
      : planned.pages > 0 || planned.pass.first
        ? splitPass(planned.pass, options.layoutPassPages)
        : [];
    // One Eleventy run per pass, one after another: Eleventy's memory is bounded by a pass (layoutPasses.ts).
    await runEleventy(staging, passes, options.configPath);
    let reused = 0;
    if (!planned.whole) {
      const linked = await reusePages(path.resolve(options.outputDir), staging, planned.removed);
      reused = linked.linked;
      // A page the previous site should have had but did not (removed by hand): laid out now.
      const missing = missingPages(data, planned, linked.paths);
      if (pageCount(missing) > 0) await runEleventy(staging, splitPass(missing, options.layoutPassPages), options.configPath);
    }
    // The site data (taxonomies, listings, feeds) is laid out: let it go before Pagefind's processes start.
    provideArchive(undefined);
    timings.layout = performance.now() - started;
    const layout: LayoutStats = { laidOut: passes.reduce((sum, pass) => sum + pageCount(pass), 0), whole: planned.whole, reused };

    let pages: number | undefined;
    if (!options.skipIndex) {
      started = performance.now();
      const indexed = await buildSearchIndex(staging, archive.articles, {
        cacheDir: path.join(root, DEFAULT_SEARCH_CACHE_DIR),
        ...(options.searchShardArticles === undefined ? {} : { maxArticlesPerShard: options.searchShardArticles }),
      });
      pages = indexed.pages;
      timings.index = performance.now() - started;
    }

    started = performance.now();
    await publishSite(staging, options.outputDir);
    const published = await siteIdentity(path.resolve(options.outputDir));
    if (published) await writeLayoutState(layoutFile, layoutVersion, { site: published, fingerprint: next });
    timings.publish = performance.now() - started;
    return { ok: true, archive, timings, layout, notes, ...(pages === undefined ? {} : { pages }) };
  } catch (error) {
    await discardStagingDir(staging);
    throw error;
  } finally {
    provideArchive(undefined);
  }
}

/** The pages this build neither laid out nor found in the previous site. */
function missingPages(data: SiteData, planned: PageChanges, linked: ReadonlySet<string>): LayoutPass {
  const missing = emptyPass(false);
  for (const key of PAGINATED) {
    const laidOut = new Set<unknown>(planned.pass[key]);
    const items: readonly unknown[] = data[key];
    (missing[key] as unknown[]) = items.filter((item) => !laidOut.has(item) && !linked.has(pageFile(urlOf(key, item))));
  }
  return missing;
}
