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
 * (src/pipeline/layoutState.ts, reusePages.ts); unchanged search shards come
 * from their cache (src/searchIndex/bundleCache.ts); when nothing changed at
 * all, the published site is left as it is. `clean` builds from nothing.
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSearchIndex } from './searchIndex/searchIndex.ts';
import { emptyPass, PAGINATED, wholeArchivePass, type LayoutPass } from './layout/layoutPasses.ts';
import { FEED_SIZE } from './layout/feeds.ts';
import { siteData, siteDataMemo, type SiteData } from './layout/siteData.ts';
import { relatedMemo } from './taxonomy/related.ts';
import { profileMemo } from './layout/profiles.ts';
import { keptPrints } from './pipeline/keptPrints.ts';
import { loadArchive, type Archive, type LoadOptions, type StageName } from './loadArchive.ts';
import { buildPartInto, partRenderSet } from './pipeline/partBuild.ts';
import type { PartSpec } from './pipeline/parts.ts';
import { fingerprintMemo, pageCount, pageFile, urlOf, type LayoutFingerprint, type PageChanges } from './pipeline/changedPages.ts';
import { codeVersion, CONTENT_CODE, LAYOUT_CODE } from './pipeline/codeVersion.ts';
import { buildFolders, type BuildContext } from './pipeline/context.ts';
import { LayoutTurns, layOut, planLayout, type LayoutPlan, type PassHooks } from './pipeline/layOut.ts';
import { filesDigestOf, hasEveryPage, keepLayoutState, LAYOUT_FILE, readLayoutState, siteIdentity, writeLayoutState, type LayoutState } from './pipeline/layoutState.ts';
import { NOT_REUSED, placeLaidOut, removePages, reusePages, stagingFiles, startLinking } from './pipeline/reusePages.ts';
import { syncLinksInWorker } from './pipeline/syncLinks.ts';
import { readSourceState, SOURCES_FILE, sourcesDigest, writeSourceState, type SourceState } from './pipeline/sourceState.ts';
import { createStagingDir, discardEntries, discardStagingDir, publishSite, recoverInterruptedPublish, takeSpare } from './publish/publishSite.ts';
import { listFilesInChild } from './publish/siteFiles.ts';
import { quietReporter, type Reporter } from './report/progress.ts';
import { hasErrors } from './model/diagnostics.ts';
import { loadSiteSettings, site as siteLayout, type SiteSettings } from './site.ts';
import type { VFile } from 'vfile';
import type { Article } from './model/article.ts';

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
  if (isUntouched(previous.state, sources, archive, folders.output)) {
    await keepLayoutState(previous.file, previous.version, previous.state);
    timings.layout = performance.now() - started;
    reporter.stage('layout').end('0 pages: nothing changed since the published site was built, which stays as it is');
    if (!context.options.skipIndex) reporter.stage('index').end(`${archive.articles.length.toLocaleString('en-US')} pages, nothing changed: the published index stays as it is`);
    const layout: LayoutStats = { laidOut: 0, whole: false, reused: 0, untouched: true };
    return { ok: true, archive, site, timings, layout, notes: notes(), ...(context.options.skipIndex ? {} : { pages: archive.articles.length }) };
  }
  // The site before the published one, when there is a published one to put it right from (reusePages.ts syncLinks).
  const spare = previous.state ? await takeSpare(folders.output) : undefined;
  const staging = spare ?? (await createStagingDir(folders.output));
  try {
    started = performance.now();
    const laidOut = await layoutStage(context, archive, staging, previous, spare !== undefined, sourcesBefore);
    timings.layout = performance.now() - started;
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
    // The retired site as the next build's spare, but after a build that laid out every page: it shares no file with the new one.
    const keepSpare = !laidOut.stats.whole;
    await publishSite(staging, folders.output, async () => {
      const files = await listing;
      const published = await siteIdentity(folders.output, files && filesDigestOf(files));
      if (published) await writeLayoutState(previous.file, previous.version, { site: published, sources, fingerprint: laidOut.fingerprint, related: laidOut.related, profiles: laidOut.profiles });
    }, keepSpare);
    progress.end();
    timings.publish = performance.now() - started;
    return { ok: true, archive, site, timings, layout: laidOut.stats, notes: notes(), ...(pages === undefined ? {} : { pages }) };
  } catch (error) {
    await discardStagingDir(staging);
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

interface PreviousLayout {
  file: string;
  version: string;
  /** Absent when there is none to trust (with a note why), or with --clean. */
  state?: LayoutState | undefined;
}

/** The layout state of the published site, when it is the site the state describes and was made by this code and settings. */
async function previousLayout(context: BuildContext): Promise<PreviousLayout> {
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
function isUntouched(previous: LayoutState | undefined, sources: string, archive: Archive, outputDir: string): previous is LayoutState {
  return previous !== undefined && previous.sources === sources && archive.changed.size === 0 && hasEveryPage(previous, outputDir);
}

/**
 * Lays out the pages whose data changed into `staging`; every other file comes from the published site,
 * linked by a child process while the site data is computed and the changed pages laid out (reusePages.ts).
 */
async function layoutStage(context: BuildContext, archive: Archive, staging: string, previous: PreviousLayout, fromSpare: boolean, sourcesBefore?: string) {
  const { folders, options, reporter } = context;
  // The spare's search bundles go: the index stage writes its own.
  if (fromSpare) await discardEntries(folders.output, staging, [...NOT_REUSED]);
  const reusable = (entry: string): boolean => !NOT_REUSED.has(entry);
  // The spare is put right by a worker thread, only where it differs; an empty staging folder is filled by a `cp -al` child.
  const synced = previous.state && fromSpare ? syncLinksInWorker(folders.output, staging, [...NOT_REUSED]) : undefined;
  synced?.catch(() => undefined);
  const linking = previous.state ? (synced ? synced.then(() => true) : startLinking(folders.output, staging, reusable)) : undefined;
  // A failure is the build's when the links are awaited.
  linking?.catch(() => undefined);
  // What is linked, listed meanwhile by another child: the staging folder's list is this one amended (stagingFiles).
  const published = linking && (synced ?? listFilesInChild(folders.output, NOT_REUSED));
  const { data, plan, related, profiles } = await dataAndPlan(context, archive, previous, sourcesBefore);
  const hooks = passBodies(archive);
  if (plan.changes.whole || !linking) {
    // What every page shows changed: nothing is taken from the published site.
    if (linking) {
      await linking;
      // Linked for nothing: emptied before Eleventy writes there (it writes files in place, and these are the published site's).
      await discardEntries(folders.output, staging, await readdir(staging));
    }
    // Every page is new (a cold build): the index starts with the layout, and Pagefind takes each shard on the
    // second core as soon as its article pages are written, while Node lays out the rest (docs/PERFORMANCE.md, session 6).
    const turns = options.skipIndex ? undefined : new LayoutTurns(plan.passes);
    const indexing = turns && indexStage(context, archive, staging, turns).finally(() => turns.sent(Infinity));
    indexing?.catch(() => undefined);
    try {
      const laidOut = await layOut(context, data, plan.passes, staging, { hooks, turns });
      return { stats: { laidOut, whole: true, reused: 0 }, fingerprint: plan.fingerprint, related, profiles, indexReused: false, indexing };
    } catch (error) {
      // Pagefind stops writing into the staging folder before it is discarded.
      await indexing?.catch(() => undefined);
      throw error;
    }
  }
  // The search index is made of the article pages alone (and their data): same pages, same index.
  const indexReused = !options.skipIndex && sameArticlePages(previous.state?.fingerprint, plan);
  const linkingIndex = indexReused ? startLinking(folders.output, staging, (entry) => NOT_REUSED.has(entry)) : Promise.resolve(true);
  const laidOutDir = await createStagingDir(folders.output);
  let indexing: Promise<number> | undefined;
  try {
    let laidOut = await layOut(context, data, plan.passes, laidOutDir, { hooks });
    const reusing = reporter.stage('reuse');
    const before = await published;
    const links = async (): Promise<void> => {
      const linked = [await linking, await linkingIndex].every(Boolean);
      if (!linked) await reusePages(folders.output, staging, [], indexReused);
    };
    // Without a listing, the links are waited for and looked at.
    if (!before) await links();
    const listed = before && new Set(before.map(([file]) => file));
    const inStaging = (file: string): boolean => (listed ? listed.has(file) : existsSync(path.join(staging, file)));
    // A page the previous site should have had but did not (removed by hand): laid out now.
    const missing = missingPages(data, plan.changes, inStaging);
    if (pageCount(missing) > 0) laidOut += await layOut(context, data, [missing], laidOutDir, { hooks });
    if (!indexReused && !options.skipIndex) {
      // Pagefind starts on the changed shards while the child links the rest (docs/PERFORMANCE.md, session 7), reading
      // the pages laid out where they were written and the others from the published site: the files being linked.
      const laidOutArticles = new Set([...plan.changes.pass.articlePages, ...missing.articlePages].map((page) => page.article.url));
      const pageFiles = (url: string): string => path.join(laidOutArticles.has(url) ? laidOutDir : folders.output, pageFile(url));
      indexing = indexStage(context, archive, staging, undefined, pageFiles);
      indexing.catch(() => undefined);
    }
    await links();
    // Pagefind has read the pages laid out before they move.
    await indexing;
    removePages(staging, plan.changes.removed);
    const placed = placeLaidOut(laidOutDir, staging);
    const reused = pageCount(wholeArchivePass(data)) - laidOut;
    reusing.end(`${reused.toLocaleString('en-US')} unchanged pages linked from ${path.basename(folders.output)}/`);
    const stats: LayoutStats = { laidOut, whole: false, reused };
    const files = before && stagingFiles(before, plan.changes.removed, placed);
    return { stats, fingerprint: plan.fingerprint, related, profiles, indexReused, ...(indexing ? { indexing } : {}), ...(files ? { files } : {}) };
  } catch (error) {
    // Pagefind stops writing into the staging folder before it is discarded.
    await indexing?.catch(() => undefined);
    throw error;
  } finally {
    await discardStagingDir(laidOutDir);
  }
}

/**
 * The site data and the pages to lay out. The memos that made them (related articles' keys, quote links,
 * fingerprinted items: at 100k hundreds of MB) are let go when this returns, before Eleventy runs.
 */
async function dataAndPlan(context: BuildContext, archive: Archive, previous: PreviousLayout, sourcesBefore: string | undefined) {
  // The site laid out from the sources this load started from: an article not read anew is as that layout saw it.
  const since = previous.state && previous.state.sources === sourcesBefore ? previous.state : undefined;
  // By identity: asked once per article of every term and page.
  const freshArticles = new Set(archive.articles.filter((article) => archive.changed.has(article.inputPath)));
  const fresh = (article: Article): boolean => freshArticles.has(article);
  // Related articles are scored again only when some article's people, topics or place changed (src/taxonomy/related.ts);
  // term profiles only for the terms whose articles changed (src/layout/profiles.ts).
  const memo = {
    ...siteDataMemo(),
    related: relatedMemo(previous.state?.related, since && { urls: [...since.fingerprint.pages.articlePages.keys()], fresh }),
    profiles: profileMemo(since?.profiles && { state: since.profiles, fresh }),
    quoteRefs: undefined,
  };
  // The feeds carry their articles' bodies.
  const feedArticles = archive.articles.slice(0, FEED_SIZE);
  await archive.bodies?.load(feedArticles);
  const data = await siteData(archive, { site: context.site, memo });
  archive.bodies?.unload(feedArticles);
  const related = memo.related.previous;
  const made = memo.profiles.made;
  // Pages made of what that layout's were made of keep its fingerprints (src/pipeline/keptPrints.ts).
  const kept =
    since && made
      ? keptPrints({ previous: since.fingerprint, related: since.related, fresh, unchangedTerms: made.unchanged, pageSize: siteLayout.pageSize, data })
      : undefined;
  // Article and body digests from the build state: unchanged articles are neither read nor serialised to fingerprint their pages.
  const prints = archive.bodies ? { ...fingerprintMemo(), articles: archive.bodies.articleDigests, bodies: archive.bodies.digests, ...(kept ? { kept } : {}) } : undefined;
  const profiles = made?.state;
  const plan = planLayout(data, previous.state?.fingerprint, context.options.layoutPassPages, prints);
  return { data, plan, related, profiles };
}

/** Each pass's article bodies read from the render cache before its Eleventy run, and let go after it (src/pipeline/storedBodies.ts). */
function passBodies(archive: Archive): PassHooks | undefined {
  const bodies = archive.bodies;
  if (!bodies) return undefined;
  const articlesOf = (pass: LayoutPass) => pass.articlePages.map((page) => page.article);
  return {
    before: async (pass) => void (await bodies.load(articlesOf(pass))),
    after: (pass) => bodies.unload(articlesOf(pass)),
  };
}

/** Whether every article page is the one the previous build laid out: none changed, none added or removed. */
function sameArticlePages(previous: LayoutFingerprint | undefined, plan: LayoutPlan): boolean {
  if (!previous || plan.changes.pass.articlePages.length > 0) return false;
  const before = previous.pages.articlePages;
  const after = plan.fingerprint.pages.articlePages;
  return before.size === after.size && [...after.keys()].every((url) => before.has(url));
}

async function indexStage(context: BuildContext, archive: Archive, staging: string, pagesWritten?: LayoutTurns, pageFiles?: (url: string) => string): Promise<number> {
  const progress = context.reporter.stage('index', archive.articles.length);
  const indexed = await buildSearchIndex(staging, archive.articles, {
    cacheDir: context.folders.searchCache,
    ...(pagesWritten ? { pagesWritten } : {}),
    ...(pageFiles ? { pageFiles } : {}),
    ...(archive.bodies ? { articleDigests: archive.bodies.articleDigests } : {}),
    ...(context.options.searchShardArticles === undefined ? {} : { maxArticlesPerShard: context.options.searchShardArticles }),
  });
  const fresh = indexed.shards.filter((shard) => !shard.cached).length;
  progress.end(`${indexed.pages.toLocaleString('en-US')} pages, ${fresh} of ${indexed.shards.length} shards indexed anew`);
  return indexed.pages;
}

/** The pages this build did not lay out and the staging folder does not have (`inStaging`: by relative file). */
function missingPages(data: SiteData, planned: PageChanges, inStaging: (file: string) => boolean): LayoutPass {
  const missing = emptyPass(false);
  for (const key of PAGINATED) {
    const laidOut = new Set<unknown>(planned.pass[key]);
    const items: readonly unknown[] = data[key];
    (missing[key] as unknown[]) = items.filter((item) => !laidOut.has(item) && !inStaging(path.normalize(pageFile(urlOf(key, item)))));
  }
  return missing;
}
