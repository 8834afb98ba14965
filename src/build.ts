/**
 * `npm run build`: the pipeline run once, stage after stage, each given the
 * build context (src/pipeline/context.ts): load → validate → render
 * (src/loadArchive.ts) → lay out (Eleventy) → index (Pagefind) → publish
 * (swap into `_site/`). Content errors stop it before anything is written.
 *
 * Incremental: what each stage made is kept under `.cache/` (beside the
 * content folder, kept between CI runs). Unchanged files are not parsed,
 * validated or rendered again (src/pipeline/sourceState.ts); unchanged pages
 * are not laid out again but hard-linked from the published site
 * (src/pipeline/layoutStage.ts, layoutState.ts, reusePages.ts); unchanged search shards come
 * from their cache (src/searchIndex/bundleCache.ts); when nothing changed at
 * all, the published site is left as it is. `clean` builds from nothing.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadArchive, type Archive, type LoadOptions, type StageName } from './loadArchive.ts';
import { buildPartInto, partRenderSet } from './pipeline/partBuild.ts';
import type { PartSpec } from './pipeline/parts.ts';
import { codeVersion, CONTENT_CODE } from './pipeline/codeVersion.ts';
import { buildFolders, type BuildContext } from './pipeline/context.ts';
import { filesDigestOf, keepLayoutState, siteIdentity, writeLayoutState } from './pipeline/layoutState.ts';
import { NOT_REUSED, reusePages } from './pipeline/reusePages.ts';
import { fullCollection } from './pipeline/passGarbage.ts';
import { readSourceState, SOURCES_FILE, sourcesDigest, writeSourceState, type SourceState } from './pipeline/sourceState.ts';
import { createStagingDir, discardStagingDir, publishSite, recoverInterruptedPublish, takeSpare } from './publish/publishSite.ts';
import { listFilesInChild } from './publish/siteFiles.ts';
import { quietReporter, type Reporter } from './report/progress.ts';
import { hasErrors } from './model/diagnostics.ts';
import { loadSiteSettings, type SiteSettings } from './site.ts';
import type { VFile } from 'vfile';
import { indexStage } from './pipeline/indexStage.ts';
import { layoutStage } from './pipeline/layoutStage.ts';
import { isUntouched, previousLayout, publishedFiles } from './pipeline/publishedLayout.ts';

/** `plan` and `manifest`: a part of a split build (src/pipeline/partBuild.ts). */
export type BuildStage = StageName | 'layout' | 'index' | 'publish' | 'plan' | 'manifest';

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
  /** Articles per search index shard (see src/searchIndex/searchShards.ts). */
  searchShardArticles?: number;
  /** Build from nothing: the build state and the render and search caches are removed first. */
  clean?: boolean;
  /** Today, for "date in the future" warnings; defaults to now. */
  today?: Date;
  /** Progress and notes; by default none are printed (they are in the result). */
  reporter?: Reporter;
  /** Where `SITE_URL` is read (it overrides site.yaml's `url`); default process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Part K of N of a split build (src/pipeline/parts.ts): renders, lays out and indexes only its
   * share, into `outputDir/site/` with `outputDir/part.json`; `npm run build -- --join` puts the parts together.
   */
  part?: PartSpec;
}

export interface LayoutStats {
  /** Pages laid out by Eleventy in this build. */
  laidOut: number;
  /** Whether every page was laid out (no usable layout state). */
  whole: boolean;
  /** Pages taken from the previous site (hard links, with the files beside them). */
  reused: number;
  /** Nothing changed since the published site was built: it was left as it is (no staging folder, no publish). */
  untouched?: boolean;
  /**
   * How the staging folder came to hold the unchanged files: the spare put right where the build state says it
   * differs (`catch-up`, src/pipeline/syncLinks.ts), the spare walked and compared (`walk`), or every file linked (`copy`).
   */
  stagedBy?: 'catch-up' | 'walk' | 'copy';
  /** Files linked or removed to catch the spare up. */
  linkedFiles?: number;
}

export interface BuildResult {
  ok: boolean;
  archive: Archive;
  /** The site settings the build used (site.yaml, SITE_URL). */
  site: SiteSettings;
  timings: Partial<Record<BuildStage, number>>;
  pages?: number;
  layout?: LayoutStats;
  /** One line each: why build state was not used (missing, corrupt, other code). */
  notes: string[];
}

/** The context of one build, and site.yaml with its messages (reported with the articles'). */
export function buildContext(options: BuildOptions): { context: BuildContext; settingsFile: VFile } {
  const folders = buildFolders(options.contentDir, options.outputDir);
  // site.yaml sits beside content/.
  const { settings, file: settingsFile } = loadSiteSettings({ projectDir: folders.root, env: options.env ?? process.env });
  const context: BuildContext = {
    folders,
    options: {
      includeDrafts: options.includeDrafts ?? false,
      skipIndex: options.skipIndex ?? false,
      clean: options.clean ?? false,
      layoutPassPages: options.layoutPassPages,
      searchShardArticles: options.searchShardArticles,
      configPath: options.configPath,
      today: options.today ?? new Date(),
    },
    site: settings,
    reporter: options.reporter ?? quietReporter(),
    collectGarbage: fullCollection(),
  };
  return { context, settingsFile };
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const { context, settingsFile } = buildContext(options);
  const { folders, reporter, site } = context;
  if (context.options.clean) {
    for (const dir of [folders.buildState, folders.renderCache, folders.searchCache]) await rm(dir, { recursive: true, force: true });
  }
  const notes = (): string[] => [...reporter.notes];
  const part = options.part;
  if (part && context.options.includeDrafts) throw new Error('--part with --drafts: Unexpected drafts in a split build, expected a production build (preview drafts with one machine)');

  const planning: Record<string, number> = {};
  const { archive, sources, sourcesBefore } = await loadStage(context, part && ((articles) => partRenderSet(context, part, articles, planning)));
  // Counted among the files only when it has something to say.
  if (settingsFile.messages.length > 0) archive.files.unshift(settingsFile);
  archive.ok &&= !hasErrors([settingsFile]);
  const timings: BuildResult['timings'] = { ...archive.timings, ...planning };
  if (!archive.ok) return { ok: false, archive, site, timings, notes: notes() };

  await recoverInterruptedPublish(folders.output);
  // A part keeps no layout state of its own: it always writes its share.
  if (part) return buildPart(context, archive, part, timings);
  let started = performance.now();
  const previous = await previousLayout(context);
  const missingPage = previous.state?.sources === sources && archive.changed.size === 0 ? previous.state : undefined;
  if (isUntouched(previous.state, sources, archive, folders.output)) {
    await keepLayoutState(previous.file, previous.version, previous.state);
    timings.layout = performance.now() - started;
    reporter.stage('layout').end('0 pages: nothing changed since the published site was built, which stays as it is');
    if (!context.options.skipIndex) reporter.stage('index').end(`${archive.articles.length.toLocaleString('en-US')} pages, nothing changed: the published index stays as it is`);
    const layout: LayoutStats = { laidOut: 0, whole: false, reused: 0, untouched: true };
    return { ok: true, archive, site, timings, layout, notes: notes(), ...(context.options.skipIndex ? {} : { pages: archive.articles.length }) };
  }
  // Nothing changed, yet the site was not left as it is: a page is missing, so the state's list of its files is not used.
  if (missingPage) missingPage.published = undefined;
  // The site before the published one, when there is a published one to put it right from (syncLinks.ts).
  const spare = previous.state ? await takeSpare(folders.output) : undefined;
  const staging = spare ?? (await createStagingDir(folders.output));
  // After a build that laid out every page: the next build's spare, linked while the index finishes (layoutStage.ts).
  let spareFolder: Promise<string | undefined> | undefined;
  try {
    started = performance.now();
    const laidOut = await layoutStage(context, archive, staging, previous, spare !== undefined, sourcesBefore);
    timings.layout = performance.now() - started;
    spareFolder = laidOut.spareFolder;
    // What the build records of the site it publishes: known from the links' listing, else listed on the other core while the index is made.
    const listing = laidOut.files ? Promise.resolve(laidOut.files) : listFilesInChild(staging, NOT_REUSED);

    let pages: number | undefined;
    if (laidOut.indexReused) {
      pages = archive.articles.length;
      reporter.stage('index').end(`${pages.toLocaleString('en-US')} pages, no article page changed: the index linked from the published site`);
    } else if (!context.options.skipIndex) {
      // Begun with the layout when every page was new: what it took after the layout is what it added.
      started = performance.now();
      pages = await (laidOut.indexing ?? indexStage(context, archive, staging));
      timings.index = performance.now() - started;
    }

    started = performance.now();
    const progress = reporter.stage('publish');
    // The retired site as the next build's spare, but after a build that laid out every page: it shares no file with
    // the new one, whose files are linked into the spare instead.
    const linkedSpare = await spareFolder;
    const keepSpare = !laidOut.stats.whole || linkedSpare !== undefined;
    await publishSite(staging, folders.output, async () => {
      const files = await listing;
      const published = await siteIdentity(folders.output, files && filesDigestOf(files));
      const record = files && publishedFiles(folders.output, files, laidOut, keepSpare);
      if (published) await writeLayoutState(previous.file, previous.version, { site: published, sources, fingerprint: laidOut.fingerprint, related: laidOut.related, profiles: laidOut.profiles, published: record });
    }, keepSpare, linkedSpare);
    progress.end();
    timings.publish = performance.now() - started;
    return { ok: true, archive, site, timings, layout: laidOut.stats, notes: notes(), ...(pages === undefined ? {} : { pages }) };
  } catch (error) {
    await discardStagingDir(staging);
    const linked = await spareFolder?.catch(() => undefined);
    if (linked) await discardStagingDir(linked);
    throw error;
  }
}

/** Part K of N of a split build: its share laid out and indexed into a staging folder, then published. */
async function buildPart(context: BuildContext, archive: Archive, part: PartSpec, timings: BuildResult['timings']): Promise<BuildResult> {
  const { folders, site, reporter } = context;
  const staging = await createStagingDir(folders.output);
  try {
    const stats = await buildPartInto(context, archive, part, staging, timings);
    const started = performance.now();
    await publishSite(staging, folders.output);
    timings.publish = performance.now() - started;
    const layout: LayoutStats = { laidOut: stats.laidOut, whole: true, reused: 0 };
    return { ok: true, archive, site, timings, layout, notes: [...reporter.notes], ...(stats.indexed === undefined ? {} : { pages: stats.indexed }) };
  } catch (error) {
    await discardStagingDir(staging);
    throw error;
  }
}

/**
 * load → validate → render, from the build state where files are unchanged; the state is kept even when the
 * content has errors. `sources`: what the archive is made of (sourcesDigest). `renderOnly`: a part's share.
 */
async function loadStage(context: BuildContext, renderOnly?: LoadOptions['renderOnly']): Promise<{ archive: Archive; sources: string; sourcesBefore?: string }> {
  const { folders, options, reporter } = context;
  const version = await codeVersion(CONTENT_CODE, [options.includeDrafts]);
  const file = path.join(folders.buildState, SOURCES_FILE);
  const read = options.clean ? { state: new Map() as SourceState } : await readSourceState(file, version);
  if (read.note) reporter.note(read.note);
  // What the files read anew are new against: the layout state made from these sources can trust the rest (layoutStage).
  const sourcesBefore = read.state.size > 0 ? sourcesDigest(read.state) : undefined;
  const archive = await loadArchive({
    contentDir: folders.content,
    root: folders.root,
    includeDrafts: options.includeDrafts,
    today: options.today,
    cacheDir: folders.renderCache,
    state: read.state,
    reporter,
    // Bodies are read when a page shows them (layoutStage): most of a one-article build's are not.
    deferBodies: true,
    ...(renderOnly ? { renderOnly } : {}),
  });
  // The fix of one file then costs one file.
  await writeSourceState(file, version, read.state, 'log' in read ? read.log : undefined);
  return { archive, sources: sourcesDigest(read.state), ...(sourcesBefore ? { sourcesBefore } : {}) };
}
