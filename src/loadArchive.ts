/**
 * The content stages of the build, in order: load (files → frontmatter) →
 * validate (schema, URLs) → render (remark → rehype, quotes checked and
 * marked). `npm run check` runs exactly these; `npm run build` runs them and
 * then lays out, indexes and publishes.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { findContentFiles } from './load/findContentFiles.ts';
import { byDateDescending, type Article } from './model/article.ts';
import { failedFile, hasErrors } from './model/diagnostics.ts';
import type { Reporter } from './report/progress.ts';
import { cachedBodies, renderAll, type RenderAllOptions, type RenderStats } from './render/renderAll.ts';
import type { RenderOutput } from './render/renderBody.ts';
import { DEFAULT_CACHE_DIR, RenderCache } from './render/renderCache.ts';
import { pipelineKey } from './render/pipelineKey.ts';
import { checkUniqueUrls } from './validate/checkUniqueUrls.ts';
import { reportCollisions } from './taxonomy/collisions.ts';
import { buildTaxonomies, type Taxonomies, type TaxonomyMemo } from './taxonomy/terms.ts';
import { demoteDraftProblems } from './validate/drafts.ts';
import { warnNearDuplicates } from './validate/nearDuplicates.ts';
import { warnNearDuplicatesAgain, type NearDuplicateMemo } from './validate/nearDuplicateMemo.ts';
import { warnNearDuplicatesSince } from './validate/nearDuplicatesSince.ts';
import { encodeSample, previousNearDuplicates, type SourceRecord, type SourceState } from './pipeline/sourceState.ts';
import { summaryOnly } from './pipeline/partSummary.ts';
import { ArchiveBodies, storedBody, unloadedOutput } from './pipeline/storedBodies.ts';
import { articleDigest } from './pipeline/bodyDigests.ts';
import { FreshBodies } from './pipeline/freshBodies.ts';
import { toArticle, type ArticleMemo } from './pipeline/fileArticle.ts';
import { processFile, type DecodedRecords, type FileStages, type Kept, type Processed } from './pipeline/sourceStages.ts';

export interface LoadOptions extends RenderAllOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  root?: string;
  /** Publish drafts too (preview). */
  includeDrafts?: boolean;
  /** Today, for "date in the future" warnings; defaults to now. */
  today?: Date;
  /**
   * What loading and validating each file gave last time (src/pipeline/sourceState.ts),
   * updated in place: an unchanged file is not read, parsed, validated or rendered again.
   * Needs the render cache (its bodies are taken from it by key).
   */
  state?: SourceState;
  /** Progress of the load and render stages. */
  reporter?: Reporter;
  /**
   * A part of a split build (src/pipeline/parts.ts): given the published articles before rendering
   * (bodies empty, summaries from frontmatter only), the URLs of those to render, and of those whose summary
   * alone is shown (src/pipeline/partSummary.ts); the others keep no body.
   */
  renderOnly?: (articles: Article[]) => Promise<{ render: ReadonlySet<string>; summarize: ReadonlySet<string> }>;
  /**
   * The articles of the previous load (`npm start` keeps them between updates), so an unchanged file gives the
   * same Article object again: what is made of articles later (site data, fingerprints) is then compared by
   * identity, not recomputed (src/layout/siteDataMemo.ts, src/pipeline/changedPages.ts).
   */
  articles?: ArticleMemo;
  /** The near-duplicate check's findings, kept between updates by `npm start`: only files sharing phrasing with a changed body are compared again. */
  nearDuplicates?: NearDuplicateMemo;
  /** The taxonomies of the previous load, kept by `npm start`: remade only when some article's names or order changed. */
  taxonomies?: TaxonomyMemo;
  /** Unchanged records as the previous load decoded them, kept by `npm start` (src/pipeline/sourceStages.ts). */
  decoded?: DecodedRecords;
  /**
   * A build's: an unchanged file's body is not read from the render cache — its article's `html` stays empty
   * until `archive.bodies.load()` (src/pipeline/storedBodies.ts). Needs `state`.
   */
  deferBodies?: boolean;
}

const NOT_RENDERED: RenderOutput = { html: '', firstParagraph: '', problems: [] };

const count = (n: number): string => n.toLocaleString('en-US');

export type StageName = 'load' | 'validate' | 'render';

export interface Archive {
  /** Published articles, newest first. */
  articles: Article[];
  /** One VFile per content file, carrying its messages. */
  files: VFile[];
  ok: boolean;
  timings: Record<StageName, number>;
  render: RenderStats;
  /** Display paths of the files read, parsed and validated anew (all of them without build state). */
  changed: Set<string>;
  /** The taxonomies of `articles`, made once for the name-collision check and handed on to the site data. */
  taxonomies?: Taxonomies;
  /** With `deferBodies`: every article's body digest, and the bodies not read yet. */
  bodies?: ArchiveBodies;
}

export async function loadArchive(options: LoadOptions): Promise<Archive> {
  // Paths in messages read as they do in the project: `content/…`.
  const root = options.root ?? path.dirname(path.resolve(options.contentDir));
  const timings: Record<StageName, number> = { load: 0, validate: 0, render: 0 };
  let started = performance.now();
  const cacheDir = options.cacheDir ?? path.join(root, DEFAULT_CACHE_DIR);
  const cache = cacheDir === false ? undefined : new RenderCache(cacheDir, await pipelineKey());
  const state = cache ? options.state : undefined;
  // Not for `npm start` (its bodies stay in memory) nor a part of a split build (it renders its share).
  const deferring = options.deferBodies === true && state !== undefined && !options.memory && !options.renderOnly;
  const stages: FileStages = { today: options.today ?? new Date(), cache, state, timings, ...(options.decoded ? { decoded: options.decoded } : {}) };
  // A file read anew is sampled for the near-duplicate check with its body, on a worker thread (freshBodies.ts).
  const fresh = deferring && cacheDir !== false ? await FreshBodies.open({ cacheDir, ...(options.workers === undefined ? {} : { workers: options.workers }) }) : undefined;
  if (fresh) stages.sampleLater = true;

  // load and validate, file by file: what the later stages need is kept, the parsed YAML (for positions
  // in messages) is not — all of it at once took most of the memory of a 100,000-article build.
  const paths = await findContentFiles(options.contentDir);
  const files: VFile[] = [];
  const kept: Kept[] = [];
  /** The source file of each kept item (its key in the build state). */
  const keptPaths: string[] = [];
  const changed = new Set<string>();
  // What the previous build's near-duplicate check saw, before the records are replaced (`npm start` keeps its own memo).
  const previousCheck = state && !options.nearDuplicates ? previousNearDuplicates(state, root, changed) : undefined;
  const drafts = new Set<VFile>();
  const outputs: Array<RenderOutput | undefined> = [];
  // Bodies the build state describes without their HTML, read when a page needs them (storedBodies.ts).
  const deferred = new Set<number>();
  // With deferred bodies, the files read anew are rendered in runs while loading — on worker threads beside this one
  // (freshBodies.ts) — and their text and Markdown let go once posted: held until the render stage, every file's took
  // most of the heap of a 100,000-article build after a code change (2.4 GB).
  const loading = options.reporter?.stage('load and validate', paths.length);
  for (const [index, filePath] of paths.entries()) {
    const displayPath = path.relative(root, filePath);
    // A file that breaks loading or validation is that file's error; the rest of the archive is still checked.
    const item = await processFile(filePath, displayPath, stages).catch(
      (error: unknown): Processed & { reused: boolean } => ({ file: failedFile(displayPath, 'checking', error), reused: false, draft: false }),
    );
    if (!item.reused) changed.add(item.file.path);
    files.push(item.file);
    if (item.draft) drafts.add(item.file);
    if (item.kept) {
      kept.push(item.kept);
      keptPaths.push(filePath);
      if (fresh && item.kept.input) await freshBody(fresh, item.kept, kept.length - 1, outputs, deferred, state?.get(filePath));
    }
    if (index % 64 === 0) loading?.tick(index);
  }
  await fresh?.close();
  // A body the cache lost is read again below and rendered by the render stage: sampled as it is read.
  stages.sampleLater = false;
  loading?.end(`${count(paths.length)} files, ${count(changed.size)} read anew`);
  if (state) {
    const present = new Set(paths);
    for (const known of state.keys()) if (!present.has(known)) state.delete(known);
  }
  timings.load += performance.now() - started - timings.validate - (fresh?.milliseconds ?? 0);
  timings.render += fresh?.milliseconds ?? 0;
  started = performance.now();

  if (options.renderOnly) {
    const unrendered = kept.flatMap((item) => toArticle(item, NOT_RENDERED) ?? []).filter((article) => !article.draft || options.includeDrafts);
    const wanted = await options.renderOnly(unrendered.sort(byDateDescending));
    for (const [index, item] of kept.entries()) {
      // Drafts are always rendered: a problem found there withholds the draft (src/validate/drafts.ts).
      if (wanted.render.has(item.address.url) || drafts.has(item.file)) continue;
      outputs[index] = wanted.summarize.has(item.address.url) ? await summaryOnly(item, root) : NOT_RENDERED;
    }
    // The caller times its own choice.
    started = performance.now();
  }

  // render, part one: bodies of unchanged files from the cache by key; a body the cache lost is parsed again.
  // With `deferBodies`, a body the build state describes is not read at all until a page needs it.
  const bodies = deferring && cache ? new ArchiveBodies(cache, stages.today) : undefined;
  if (cache) {
    const unparsed = kept.flatMap((item, index) => {
      if (item.input || outputs[index]) return [];
      const stored = bodies && item.body;
      if (!stored) return [index];
      outputs[index] = unloadedOutput(stored);
      deferred.add(index);
      return [];
    });
    const read = await cachedBodies(unparsed.map((index) => kept[index]!.renderKey!), cache, options.memory);
    for (const [n, index] of unparsed.entries()) {
      const body = read[n];
      if (body) {
        outputs[index] = body;
        continue;
      }
      const lost = kept[index]!;
      const again = await processFile(keptPaths[index]!, lost.file.path, stages, false);
      files[files.indexOf(lost.file)] = again.file;
      if (drafts.delete(lost.file)) drafts.add(again.file);
      changed.add(again.file.path);
      kept[index] = again.kept!;
    }
  }
  timings.render += performance.now() - started;

  // validate, across files: every run, over every file, so it stays right whatever changed.
  started = performance.now();
  // A draft that clashes is told in its own file (and so withheld, with --drafts too): it never blocks the other.
  checkUniqueUrls(kept.map((item) => ({ url: item.address.url, file: item.file, draft: drafts.has(item.file) })));
  timings.validate += performance.now() - started;
  started = performance.now();

  const toRender = kept.flatMap((item, index) => (outputs[index] === undefined ? [index] : []));
  const rendering = options.reporter?.stage('render', toRender.length);
  const { outputs: rendered, stats: late } = await renderAll(
    toRender.map((index) => kept[index]!.input!),
    { ...options, cacheDir },
  );
  toRender.forEach((index, n) => (outputs[index] = rendered[n]!));
  const stats = fresh ? addStats(fresh.stats, late) : late;
  const anew = (fresh ? fresh.stats.cacheHits + fresh.stats.rendered : 0) + toRender.length;
  rendering?.end(`${count(anew)} bodies rendered, ${count(kept.length - anew)} from the cache`);
  if (options.memory && cache) {
    // Only this archive's bodies: an edited article's old body is dropped.
    options.memory.clear();
    kept.forEach((item, index) => options.memory!.set(item.renderKey ?? cache.keyOf(item.input!), outputs[index]!));
  }
  const articles: Article[] = [];
  kept.forEach((item, index) => {
    const output = outputs[index]!;
    const article = toArticle(item, output, options.articles);
    if (bodies && state && item.renderKey) {
      // What the next build needs of this body without reading it; the body itself waits in the render cache.
      let stored = deferred.has(index) ? item.body! : storedBody(output, article);
      if (article && stored.article === undefined) stored = { ...stored, article: articleDigest(article) };
      const record = state.get(keptPaths[index]!);
      if (record?.valid && record.valid.body !== stored) record.valid.body = stored;
      if (article) bodies.add(article, stored, { renderKey: item.renderKey, filePath: keptPaths[index]!, displayPath: item.file.path });
    }
    if (article && (options.includeDrafts || !article.draft)) articles.push(article);
  });
  if (state && previousCheck) {
    const found = warnNearDuplicatesSince(kept, previousCheck);
    kept.forEach((item, index) => {
      const record = state.get(keptPaths[index]!);
      if (!record) return;
      const result = found.get(item.file.path);
      if (result) record.nearDuplicate = result;
      else delete record.nearDuplicate;
    });
  } else if (options.nearDuplicates) warnNearDuplicatesAgain(kept, options.nearDuplicates);
  else warnNearDuplicates(kept);
  // Drafts never block the others: their problems become warnings, and a draft with problems is not published.
  const withheld = new Set([...drafts].filter((file) => demoteDraftProblems(file) > 0).map((file) => file.path));
  const published = withheld.size === 0 ? articles : articles.filter((article) => !withheld.has(article.inputPath));
  published.sort(byDateDescending);
  // Names that would share a page (case or accents only), among the articles that are published.
  const taxonomies = buildTaxonomies(published, options.taxonomies);
  reportCollisions(files, taxonomies.collisions);
  timings.render += performance.now() - started;

  // The messages keep their positions; the text is not read again. Letting it go saves the whole
  // source of every article (5 KB each, 500 MB at 100,000) for as long as the archive lives.
  for (const file of files) file.value = '';
  return {
    articles: published,
    files,
    ok: !hasErrors(files),
    timings,
    render: { ...stats, cacheHits: stats.cacheHits + (kept.length - anew) },
    changed,
    taxonomies,
    ...(bodies ? { bodies } : {}),
  };
}

/**
 * A kept item's body made by `fresh` (now or later, on a worker thread or this one): then its `outputs` entry is
 * the stand-in of a deferred body with what the build state keeps of it, and its sample (and its `record`'s) is set. The item lets its render input and its
 * file's text go at once (its run holds the input until the body is made).
 */
async function freshBody(
  fresh: FreshBodies,
  item: Kept,
  index: number,
  outputs: Array<RenderOutput | undefined>,
  deferred: Set<number>,
  record: SourceRecord | undefined,
): Promise<void> {
  await fresh.add({ input: item.input!, key: item.renderKey! }, ({ firstParagraph, problems, digest, sample }) => {
    item.body = { firstParagraph, problems, digest };
    item.sample = sample;
    if (record?.valid) record.valid.sample = encodeSample(sample);
    outputs[index] = unloadedOutput(item.body);
    deferred.add(index);
  });
  delete item.input;
  item.file.value = '';
}

function addStats(a: RenderStats, b: RenderStats): RenderStats {
  return { cacheHits: a.cacheHits + b.cacheHits, rendered: a.rendered + b.rendered, workers: Math.max(a.workers, b.workers) };
}
