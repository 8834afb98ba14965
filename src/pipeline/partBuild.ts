/**
 * The stages of one part of a split build (parts.ts) after load, validate
 * and render: lay out the part's pages, index its search shards, and write
 * its manifest (partManifest.ts), into a staging folder that src/build.ts
 * publishes. A part keeps no layout state: each CI runner lays out its share
 * from nothing, with its render and search caches.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { siteData } from '../layout/siteData.ts';
import type { BuildStage } from '../build.ts';
import type { Archive } from '../loadArchive.ts';
import type { Article } from '../model/article.ts';
import { buildSearchIndex } from '../searchIndex/searchIndex.ts';
import { DEFAULT_SHARD_ARTICLES, PRIMARY_BUNDLE } from '../searchIndex/searchShards.ts';
import { codeVersion, LAYOUT_CODE } from './codeVersion.ts';
import type { BuildContext } from './context.ts';
import { layOut } from './layOut.ts';
import { contentSetHash, listFiles, PART_FORMAT, PART_SITE, writePartManifest, type PartManifest } from './partManifest.ts';
import { articlesToRender, ownShards, partPages, planParts, type PartSpec } from './parts.ts';
import { splitPass } from '../layout/layoutPasses.ts';

function shardArticles(context: BuildContext): number {
  return context.options.searchShardArticles ?? DEFAULT_SHARD_ARTICLES;
}

/** For loadArchive's `renderOnly`: the articles part K renders, from the site data of the unrendered archive. */
export async function partRenderSet(context: BuildContext, spec: PartSpec, articles: Article[], timings: Partial<Record<BuildStage, number>>): Promise<ReturnType<typeof articlesToRender>> {
  const started = performance.now();
  const data = await siteData({ articles }, { site: context.site });
  const plan = planParts(data.articles, spec, shardArticles(context));
  const wanted = articlesToRender(plan, data, partPages(plan, data));
  timings.plan = performance.now() - started;
  return wanted;
}

/** The version of everything but the content that a part's files depend on: parts must share it. */
export function partCodeVersion(context: BuildContext): Promise<string> {
  return codeVersion(LAYOUT_CODE, [context.options.skipIndex, context.options.includeDrafts]);
}

export interface PartStats {
  laidOut: number;
  indexed?: number;
  files: number;
}

/** Lays out and indexes part K into `<staging>/site/`, then writes `<staging>/part.json`. */
export async function buildPartInto(context: BuildContext, archive: Archive, spec: PartSpec, staging: string, timings: Partial<Record<BuildStage, number>>): Promise<PartStats> {
  const siteDir = path.join(staging, PART_SITE);
  let started = performance.now();
  const data = await siteData(archive, { site: context.site });
  const plan = planParts(data.articles, spec, shardArticles(context));
  const passes = splitPass(partPages(plan, data), context.options.layoutPassPages);
  const laidOut = await layOut(context, data, passes, siteDir);
  timings.layout = performance.now() - started;

  const own = ownShards(plan);
  let indexed: Awaited<ReturnType<typeof buildSearchIndex>> | undefined;
  if (!context.options.skipIndex) {
    started = performance.now();
    const progress = context.reporter.stage('index', own.reduce((sum, shard) => sum + shard.articles.length, 0));
    indexed = await buildSearchIndex(siteDir, archive.articles, {
      cacheDir: context.folders.searchCache,
      maxArticlesPerShard: shardArticles(context),
      onlyShards: new Set(own.map((shard) => shard.id)),
    });
    progress.end(`${indexed.pages.toLocaleString('en-US')} pages in ${own.length} of ${plan.shards.length} shards`);
    timings.index = performance.now() - started;
  }

  started = performance.now();
  const position = new Map(plan.shards.map((shard, index) => [shard.id, index]));
  // A part with no share (more parts than shards) writes nothing, and says so.
  await mkdir(siteDir, { recursive: true });
  const files = await listFiles(siteDir);
  const manifest: PartManifest = {
    format: PART_FORMAT,
    part: spec.k,
    of: spec.n,
    content: await contentSetHash(context.folders.content, { site: context.site, shardArticles: shardArticles(context) }),
    code: await partCodeVersion(context),
    shards: (indexed?.shards ?? []).map(({ cached: _, ...summary }) => ({ position: position.get(summary.id)!, ...summary })),
    ...(indexed && own.some((shard) => shard.bundlePath === PRIMARY_BUNDLE) ? { facets: indexed.facets } : {}),
    files,
  };
  await writePartManifest(staging, manifest);
  timings.manifest = performance.now() - started;
  return { laidOut, files: files.length, ...(indexed ? { indexed: indexed.pages } : {}) };
}
