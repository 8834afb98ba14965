/**
 * The build's index stage: Pagefind's search index of the staging folder
 * (src/searchIndex/searchIndex.ts), begun beside the layout on a cold build
 * (`pagesWritten`: each shard as soon as its pages are written) and beside the
 * links on an incremental one (layoutStage.ts), and its line of progress.
 */
import type { Archive } from '../loadArchive.ts';
import { folderTrash } from '../publish/publishSite.ts';
import { buildSearchIndex } from '../searchIndex/searchIndex.ts';
import type { BuildContext } from './context.ts';
import type { LayoutTurns } from './layOut.ts';

/** `keptBundles`: the staging folder is the spare, with the shard bundles of the site before the published one (searchIndex.ts). */
export async function indexStage(
  context: BuildContext,
  archive: Archive,
  staging: string,
  pagesWritten?: LayoutTurns,
  pageFiles?: (url: string) => string,
  keptBundles = false,
): Promise<number> {
  const progress = context.reporter.stage('index', archive.articles.length);
  // The spare's shard folders that are not wanted are moved out of the site and deleted in the background.
  const trash = keptBundles ? folderTrash(context.folders.output) : undefined;
  const indexed = await buildSearchIndex(staging, archive.articles, {
    cacheDir: context.folders.searchCache,
    ...(trash ? { keptBundles, discardFolder: trash.discard } : {}),
    ...(pagesWritten ? { pagesWritten } : {}),
    ...(pageFiles ? { pageFiles } : {}),
    ...(archive.bodies ? { articleDigests: archive.bodies.articleDigests } : {}),
    ...(context.options.searchShardArticles === undefined ? {} : { maxArticlesPerShard: context.options.searchShardArticles }),
  }).finally(() => trash?.empty());
  const fresh = indexed.shards.filter((shard) => !shard.cached).length;
  const kept = indexed.bundlesKept > 0 ? ` (${indexed.bundlesKept} cached ones kept from the spare)` : '';
  progress.end(`${indexed.pages.toLocaleString('en-US')} pages, ${fresh} of ${indexed.shards.length} shards indexed anew${kept}`);
  return indexed.pages;
}
