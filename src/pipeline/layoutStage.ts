/**
 * The build's lay-out stage (src/build.ts runs it, once publishedLayout.ts has
 * said which layout state it trusts): the pages whose data changed laid out
 * into the staging folder while every other file comes from the published
 * site (or the spare, put right where it differs: syncLinks.ts), and the
 * search index started beside it (indexStage.ts) — during the layout on a cold
 * build, during the links on an incremental one.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { emptyPass, PAGINATED, wholeArchivePass, type LayoutPass } from '../layout/layoutPasses.ts';
import { FEED_SIZE } from '../layout/feeds.ts';
import { siteData, siteDataMemo, type SiteData } from '../layout/siteData.ts';
import { relatedMemo } from '../taxonomy/related.ts';
import { profileMemo, type ProfileState } from '../layout/profiles.ts';
import { keptPrints } from './keptPrints.ts';
import type { Archive } from '../loadArchive.ts';
import { fingerprintMemo, pageCount, pageFile, urlOf, type LayoutFingerprint, type PageChanges } from './changedPages.ts';
import type { BuildContext } from './context.ts';
import { LayoutTurns, layOut, planLayout, type LayoutPlan, type PassHooks } from './layOut.ts';
import { indexStage } from './indexStage.ts';
import type { PreviousLayout } from './publishedLayout.ts';
import { NOT_REUSED, placeLaidOut, removePages, reusePages, stagingFiles, startLinking } from './reusePages.ts';
import { catchUp, isSameFolder, syncLinksInWorker } from './syncLinks.ts';
import { createStagingDir, discardEntries, discardStagingDir } from '../publish/publishSite.ts';
import { listFilesInChild } from '../publish/siteFiles.ts';
import type { Article } from '../model/article.ts';
import { site as siteLayout } from '../site.ts';
import type { LayoutStats } from '../build.ts';
import { PRIMARY_BUNDLE } from '../searchIndex/searchShards.ts';

/** The primary search bundle's folder, a top-level entry of the site. */
const PRIMARY_ENTRY = PRIMARY_BUNDLE.replaceAll('/', '');

/**
 * Lays out the pages whose data changed into `staging`; every other file comes from the published site,
 * linked by a child process while the site data is computed and the changed pages laid out (reusePages.ts).
 */
export interface LaidOutSite {
  stats: LayoutStats;
  /** Relative paths of the files this build wrote and removed (how the site differs from the one it replaces). */
  written: string[];
  removed: string[];
  fingerprint: LayoutFingerprint;
  related: ReturnType<typeof relatedMemo>['previous'];
  profiles: ProfileState | undefined;
  /** No article page changed: the published index is the one this build would make. */
  indexReused: boolean;
  /** The search index, begun with the layout or the links. */
  indexing?: Promise<number> | undefined;
  /** The staging folder's files, when known without listing it. */
  files?: Array<[string, number]> | undefined;
  /** After a build that laid out every page: the folder the next build takes as its spare (linkSpare). */
  spareFolder?: Promise<string | undefined>;
}

export async function layoutStage(context: BuildContext, archive: Archive, staging: string, previous: PreviousLayout, fromSpare: boolean, sourcesBefore?: string): Promise<LaidOutSite> {
  const { folders, options, reporter } = context;
  const record = previous.state?.published;
  // What the spare holds, known from the build state: the published site is the folder the state describes (not a
  // copy of it) and the spare the folder that build kept (checked before anything in it changes).
  const spare = fromSpare && previous.state && record?.spare && isSameFolder(folders.output, previous.state.site) && isSameFolder(staging, record.spare) ? record.spare : undefined;
  // The spare's primary search bundle goes (the index writes files of its own there: shards.json, the facets); its
  // shard bundles are left to the index, which keeps those whose cache entry is unchanged (searchIndex.ts keptBundles).
  const keptBundles = fromSpare && !options.skipIndex;
  if (fromSpare) await discardEntries(folders.output, staging, keptBundles ? [PRIMARY_ENTRY] : [...NOT_REUSED]);
  const reusable = (entry: string): boolean => !NOT_REUSED.has(entry);
  // The spare is put right where the last build changed the site (catchUp), else by a worker thread that walks both
  // trees; an empty staging folder is filled by a `cp -al` child.
  const caughtUp = spare && catchUp(folders.output, staging, spare);
  const synced = previous.state && fromSpare && !caughtUp ? syncLinksInWorker(folders.output, staging, [...NOT_REUSED]) : undefined;
  synced?.catch(() => undefined);
  const linking = previous.state ? (caughtUp ? Promise.resolve(true) : synced ? synced.then(() => true) : startLinking(folders.output, staging, reusable)) : undefined;
  // A failure is the build's when the links are awaited.
  linking?.catch(() => undefined);
  // What is linked, from the build state or listed meanwhile by another child: the staging folder's list is this one amended (stagingFiles).
  const published = linking && (synced ?? (record ? Promise.resolve(record.files) : listFilesInChild(folders.output, NOT_REUSED)));
  const staged: StagedBy = caughtUp ? { stagedBy: 'catch-up', linkedFiles: caughtUp.linked + caughtUp.removed } : { stagedBy: synced ? 'walk' : 'copy' };
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
      const spareFolder = linkSpare(folders.output, staging);
      return { stats: { laidOut, whole: true, reused: 0 }, written: [], removed: [], fingerprint: plan.fingerprint, related, profiles, indexReused: false, indexing, spareFolder };
    } catch (error) {
      // Pagefind stops writing into the staging folder before it is discarded.
      await indexing?.catch(() => undefined);
      throw error;
    }
  }
  // The search index is made of the article pages alone (and their data): same pages, same index.
  const indexReused = !options.skipIndex && sameArticlePages(previous.state?.fingerprint, plan);
  // The published index linked whole: the spare's shard bundles go first.
  if (indexReused && keptBundles) await discardEntries(folders.output, staging, [...NOT_REUSED]);
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
      indexing = indexStage(context, archive, staging, undefined, pageFiles, keptBundles);
      indexing.catch(() => undefined);
    }
    await links();
    // Pagefind has read the pages laid out before they move.
    await indexing;
    removePages(staging, plan.changes.removed);
    const placed = placeLaidOut(laidOutDir, staging);
    const reused = pageCount(wholeArchivePass(data)) - laidOut;
    const how = caughtUp ? `from the spare, put right by ${caughtUp.linked.toLocaleString('en-US')} links and ${caughtUp.removed.toLocaleString('en-US')} removals` : `linked from ${path.basename(folders.output)}/`;
    reusing.end(`${reused.toLocaleString('en-US')} unchanged pages ${how}`);
    const stats: LayoutStats = { laidOut, whole: false, reused, ...staged };
    const files = before && stagingFiles(before, plan.changes.removed, placed);
    // How this site differs from the one it replaces: what the next build puts right in the spare (catchUp).
    const written = placed.map(([file]) => file);
    const removed = plan.changes.removed.map((url) => path.normalize(pageFile(url))).filter((file) => !listed || listed.has(file));
    return { stats, written, removed, fingerprint: plan.fingerprint, related, profiles, indexReused, ...(indexing ? { indexing } : {}), ...(files ? { files } : {}) };
  } catch (error) {
    // Pagefind stops writing into the staging folder before it is discarded.
    await indexing?.catch(() => undefined);
    throw error;
  } finally {
    await discardStagingDir(laidOutDir);
  }
}

type StagedBy = Pick<LayoutStats, 'stagedBy' | 'linkedFiles'>;

/**
 * The next build's spare, after a build that laid out every page (its retired site shares no file with the new
 * one): the new site's files but the search bundles, linked into a folder beside the output by a `cp -al` child
 * while the index finishes, kept as the spare when the site is published (src/publish/publishSite.ts). The first
 * edit after a cold build then links no file (syncLinks.ts `catchUp`: nothing to put right), where it linked
 * every one (at 10k 23,756 links and 24,135 folders, 4 s of system time and the edit's wait for them; session 10).
 * Undefined when the links could not be made (no GNU cp): the next build links the published site as before.
 */
async function linkSpare(outputDir: string, staging: string): Promise<string | undefined> {
  const folder = await createStagingDir(outputDir);
  if (await startLinking(staging, folder, (entry) => !NOT_REUSED.has(entry))) return folder;
  await discardStagingDir(folder);
  return undefined;
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
