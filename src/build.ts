/**
 * The build, as stages: load → validate → render (src/loadArchive.ts) →
 * lay out (Eleventy) → index (Pagefind) → publish (swap into `_site/`).
 * Content errors stop it before anything is written.
 */
import path from 'node:path';
import { DEFAULT_SEARCH_CACHE_DIR } from './index/bundleCache.ts';
import { provideArchive, providedSiteData } from './layout/archiveData.ts';
import { runEleventy } from './layout/runEleventy.ts';
import { planLayoutPasses } from './layout/layoutPasses.ts';
import { buildSearchIndex } from './index/searchIndex.ts';
import { loadArchive, type Archive, type StageName } from './loadArchive.ts';
import { hasErrors } from './model/diagnostics.ts';
import { loadSiteSettings, type SiteSettings } from './site.ts';
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
  /** Where `SITE_URL` is read (it overrides site.yaml's `url`); default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface BuildResult {
  ok: boolean;
  archive: Archive;
  /** The site settings the build used (site.yaml, SITE_URL). */
  site: SiteSettings;
  timings: Partial<Record<BuildStage, number>>;
  pages?: number;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  // site.yaml sits beside content/; its messages are reported with the articles'.
  const projectDir = path.dirname(path.resolve(options.contentDir));
  const { settings: site, file: settingsFile } = loadSiteSettings({ projectDir, env: options.env ?? process.env });
  const archive = await loadArchive({ contentDir: options.contentDir, includeDrafts: options.includeDrafts ?? false });
  // Counted among the files only when it has something to say.
  if (settingsFile.messages.length > 0) archive.files.unshift(settingsFile);
  archive.ok &&= !hasErrors([settingsFile]);
  const timings: BuildResult['timings'] = { ...archive.timings };
  if (!archive.ok) return { ok: false, archive, site, timings };

  await recoverInterruptedPublish(options.outputDir);
  const staging = await createStagingDir(options.outputDir);
  try {
    let started = performance.now();
    const shardOptions = options.searchShardArticles === undefined ? {} : { searchShardArticles: options.searchShardArticles };
    provideArchive(archive, { ...shardOptions, site });
    // One Eleventy run per pass, one after another: Eleventy's memory is bounded by a pass (layoutPasses.ts).
    await runEleventy(staging, planLayoutPasses(await providedSiteData(), options.layoutPassPages), options.configPath);
    // The site data (taxonomies, listings, feeds) is laid out: let it go before Pagefind's processes start.
    provideArchive(undefined);
    timings.layout = performance.now() - started;

    let pages: number | undefined;
    if (!options.skipIndex) {
      started = performance.now();
      // Beside the render cache: `.cache/` next to the content folder.
      const cacheDir = path.join(path.dirname(path.resolve(options.contentDir)), DEFAULT_SEARCH_CACHE_DIR);
      const indexed = await buildSearchIndex(staging, archive.articles, {
        cacheDir,
        ...(options.searchShardArticles === undefined ? {} : { maxArticlesPerShard: options.searchShardArticles }),
      });
      pages = indexed.pages;
      timings.index = performance.now() - started;
    }

    started = performance.now();
    await publishSite(staging, options.outputDir);
    timings.publish = performance.now() - started;
    return { ok: true, archive, site, timings, ...(pages === undefined ? {} : { pages }) };
  } catch (error) {
    await discardStagingDir(staging);
    throw error;
  } finally {
    provideArchive(undefined);
  }
}
