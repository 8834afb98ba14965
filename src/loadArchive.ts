/**
 * The content stages of the build, in order: load (files → frontmatter) →
 * validate (schema, URLs) → render (remark → rehype, quotes checked and
 * marked). `npm run check` runs exactly these; `npm run build` runs them and
 * then lays out, indexes and publishes.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { LineCounter } from 'yaml';
import { findContentFiles } from './load/findContentFiles.ts';
import { parseFrontmatter, type ParsedSource } from './load/parseFrontmatter.ts';
import { decodeSource, MAX_ARTICLE_BYTES, readSource } from './load/readSource.ts';
import { byDateDescending, directionOf, type Article } from './model/article.ts';
import { hasErrors, reportError } from './model/diagnostics.ts';
import { utcDay } from './model/dates.ts';
import type { Reporter } from './report/progress.ts';
import { quoteId } from './model/article.ts';
import { cachedBodies, renderAll, type RenderAllOptions, type RenderStats } from './render/renderAll.ts';
import { renderBody, type RenderOutput } from './render/renderBody.ts';
import { DEFAULT_CACHE_DIR, RenderCache } from './render/renderCache.ts';
import { pipelineKey } from './render/pipelineKey.ts';
import type { RenderInput } from './render/renderMarkdown.ts';
import { articleUrl, type ArticleUrl } from './validate/articleUrl.ts';
import { checkUniqueUrls } from './validate/checkUniqueUrls.ts';
import type { Frontmatter } from './validate/schema.ts';
import { validateBody } from './validate/validateBody.ts';
import { validateFrontmatter } from './validate/validateFrontmatter.ts';
import { placeOfValue } from './validate/yamlPositions.ts';
import { reportCollisions } from './taxonomy/collisions.ts';
import { buildTaxonomies } from './taxonomy/terms.ts';
import { demoteDraftProblems, isDraft } from './validate/drafts.ts';
import { addFileWarnings, bodySample, warnNearDuplicates } from './validate/editorWarnings.ts';
import {
  decodeSample,
  encodeSample,
  hashBytes,
  isRacy,
  restoreMessages,
  saveMessages,
  type SourceRecord,
  type SourceState,
} from './pipeline/sourceState.ts';

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
}

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
}

interface Loaded {
  file: VFile;
  source: ParsedSource;
}

interface Validated extends Loaded {
  frontmatter: Frontmatter;
  address: ArticleUrl;
}

/** What the render stage and the near-duplicate check need of a valid file. */
interface Kept {
  file: VFile;
  frontmatter: Frontmatter;
  address: ArticleUrl;
  sample: Uint32Array;
  /** Absent when the file was not parsed this time (its body is taken from the render cache). */
  input?: RenderInput;
  renderKey?: string;
}

/** One file after loading and validating: kept for the later stages when valid. */
interface Processed {
  file: VFile;
  kept?: Kept;
  /** `draft: true` as written, valid or not: its problems are warnings (src/validate/drafts.ts). */
  draft: boolean;
}

export async function loadArchive(options: LoadOptions): Promise<Archive> {
  // Paths in messages read as they do in the project: `content/…`.
  const root = options.root ?? path.dirname(path.resolve(options.contentDir));
  const timings: Record<StageName, number> = { load: 0, validate: 0, render: 0 };
  let started = performance.now();
  const cacheDir = options.cacheDir ?? path.join(root, DEFAULT_CACHE_DIR);
  const cache = cacheDir === false ? undefined : new RenderCache(cacheDir, await pipelineKey());
  const state = cache ? options.state : undefined;
  const stages: FileStages = { today: options.today ?? new Date(), cache, state, timings };

  // load and validate, file by file: what the later stages need is kept, the parsed YAML (for positions
  // in messages) is not — all of it at once took most of the memory of a 100,000-article build.
  const paths = await findContentFiles(options.contentDir);
  const files: VFile[] = [];
  const kept: Kept[] = [];
  const changed = new Set<string>();
  const drafts = new Set<VFile>();
  const loading = options.reporter?.stage('load and validate', paths.length);
  for (const [index, filePath] of paths.entries()) {
    const displayPath = path.relative(root, filePath);
    // A file that breaks loading or validation is that file's error; the rest of the archive is still checked.
    const item = await processFile(filePath, displayPath, stages).catch(
      (error: unknown): Processed & { reused: boolean } => ({ file: failedFile(displayPath, 'checking', error).file, reused: false, draft: false }),
    );
    if (!item.reused) changed.add(item.file.path);
    files.push(item.file);
    if (item.draft) drafts.add(item.file);
    if (item.kept) kept.push(item.kept);
    if (index % 64 === 0) loading?.tick(index);
  }
  loading?.end(`${count(paths.length)} files, ${count(changed.size)} read anew`);
  if (state) {
    const present = new Set(paths);
    for (const known of state.keys()) if (!present.has(known)) state.delete(known);
  }
  timings.load += performance.now() - started - timings.validate;
  started = performance.now();

  // render, part one: bodies of unchanged files from the cache by key; a body the cache lost is parsed again.
  const outputs = new Array<RenderOutput | undefined>(kept.length);
  if (cache) {
    const unparsed = kept.flatMap((item, index) => (item.input ? [] : [index]));
    const bodies = await cachedBodies(unparsed.map((index) => kept[index]!.renderKey!), cache, options.memory);
    for (const [n, index] of unparsed.entries()) {
      const body = bodies[n];
      if (body) {
        outputs[index] = body;
        continue;
      }
      const lost = kept[index]!;
      const again = await processFile(path.resolve(root, lost.file.path), lost.file.path, stages, false);
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
  const { outputs: rendered, stats } = await renderAll(
    toRender.map((index) => kept[index]!.input!),
    { ...options, cacheDir },
  );
  toRender.forEach((index, n) => (outputs[index] = rendered[n]!));
  rendering?.end(`${count(toRender.length)} bodies rendered, ${count(kept.length - toRender.length)} from the cache`);
  if (options.memory && cache) {
    // Only this archive's bodies: an edited article's old body is dropped.
    options.memory.clear();
    kept.forEach((item, index) => options.memory!.set(item.renderKey ?? cache.keyOf(item.input!), outputs[index]!));
  }
  const articles: Article[] = [];
  kept.forEach((item, index) => {
    const article = toArticle(item, outputs[index]!);
    if (article && (options.includeDrafts || !article.draft)) articles.push(article);
  });
  warnNearDuplicates(kept);
  // Drafts never block the others: their problems become warnings, and a draft with problems is not published.
  const withheld = new Set([...drafts].filter((file) => demoteDraftProblems(file) > 0).map((file) => file.path));
  const published = withheld.size === 0 ? articles : articles.filter((article) => !withheld.has(article.inputPath));
  published.sort(byDateDescending);
  // Names that would share a page (case or accents only), among the articles that are published.
  reportCollisions(files, buildTaxonomies(published).collisions);
  timings.render += performance.now() - started;

  // The messages keep their positions; the text is not read again. Letting it go saves the whole
  // source of every article (5 KB each, 500 MB at 100,000) for as long as the archive lives.
  for (const file of files) file.value = '';
  return {
    articles: published,
    files,
    ok: !hasErrors(files),
    timings,
    render: { ...stats, cacheHits: stats.cacheHits + (kept.length - toRender.length) },
    changed,
  };
}

interface FileStages {
  today: Date;
  cache: RenderCache | undefined;
  state: SourceState | undefined;
  timings: Record<StageName, number>;
}

/**
 * Load and validate one file, or, when `trust` and the file is unchanged since the build state
 * recorded it (same stamp, or same bytes), take what that gave. The state receives what this run found.
 */
async function processFile(filePath: string, displayPath: string, stages: FileStages, trust = true): Promise<Processed & { reused: boolean }> {
  const { state, cache } = stages;
  let file: VFile;
  let stamp = '';
  let hash = '';
  let racy = false;
  if (state) {
    // Synchronous: ten thousand promise round trips cost more than the stat calls themselves.
    const info = statSync(filePath);
    stamp = `${info.mtimeMs}:${info.size}`;
    racy = isRacy(info.mtimeMs);
    const known = trust ? state.get(filePath) : undefined;
    if (known?.stamp === stamp && !known.racy) return { ...reuse(known, displayPath), reused: true };
    const bytes = await readFile(filePath);
    hash = hashBytes(bytes);
    if (known?.hash === hash) {
      known.stamp = stamp;
      known.racy = racy;
      return { ...reuse(known, displayPath), reused: true };
    }
    file = bytes.length > MAX_ARTICLE_BYTES ? await readSource(filePath, displayPath) : decodeSource(new VFile({ path: displayPath }), bytes);
  } else {
    file = await readSource(filePath, displayPath);
  }
  const source = parseFrontmatter(file);
  const draft = isDraft(source.data);
  const validating = performance.now();
  const valid = validateArticle({ file, source });
  let kept: Kept | undefined;
  let future = false;
  if (valid) {
    addFileWarnings(valid, { today: stages.today });
    // The warning's text names today: a file dated in the future is checked again on every build.
    future = valid.frontmatter.date.slice(0, 10) > utcDay(stages.today);
    const input = renderInput(valid);
    kept = { file, frontmatter: valid.frontmatter, address: valid.address, input, sample: bodySample(valid.source) };
    if (cache) kept.renderKey = cache.keyOf(input);
  }
  stages.timings.validate += performance.now() - validating;
  if (state) {
    if (future) state.delete(filePath);
    else {
      const entry: SourceRecord = { path: filePath, stamp, hash, messages: saveMessages(file), ...(racy ? { racy } : {}), ...(draft ? { draft } : {}) };
      if (kept?.renderKey) {
        entry.valid = { frontmatter: kept.frontmatter, address: kept.address, renderKey: kept.renderKey, sample: encodeSample(kept.sample) };
      }
      state.set(filePath, entry);
    }
  }
  return { file, ...(kept ? { kept } : {}), draft, reused: false };
}

/** A file as the build state recorded it: its messages on a fresh VFile, and what was kept of it. */
function reuse(record: SourceRecord, displayPath: string): Processed {
  const file = new VFile({ path: displayPath });
  restoreMessages(file, record.messages);
  const draft = record.draft === true;
  if (!record.valid) return { file, draft };
  const { frontmatter, address, renderKey, sample } = record.valid;
  return { file, draft, kept: { file, frontmatter, address, renderKey, sample: decodeSample(sample) } };
}

/**
 * The same stages for one source text that is not (yet) in content/: what
 * the importer and `npm run new` use to check what they wrote.
 */
export async function checkSource(displayPath: string, text: string): Promise<VFile> {
  const file = decodeSource(new VFile({ path: displayPath }), new TextEncoder().encode(text));
  const valid = validateArticle({ file, source: parseFrontmatter(file) });
  if (valid) toArticle(valid, await renderBody(renderInput(valid)));
  return file;
}

/** A file a stage failed on: an error on it that names the failure, with nothing else to go on. */
function failedFile(displayPath: string, stage: string, error: unknown, file = new VFile({ path: displayPath })): Loaded {
  reportError(file, {
    reason: `Unexpected failure ${stage} this file (${error instanceof Error ? error.message : String(error)})`,
    rule: 'file-failure',
    place: { line: 1, column: 1 },
    hint: 'Check that the file is a readable Markdown article; if it is, simplify what is unusual in it and check again.',
  });
  return { file, source: { data: undefined, yaml: undefined, lineCounter: new LineCounter(), body: '', bodyLine: 1 } };
}

/** One file's validation: its frontmatter, then its URL from date and file name. */
function validateArticle(item: Loaded): Validated | undefined {
  const frontmatter = validateFrontmatter(item.file, item.source);
  // Checked whatever the frontmatter holds, so a file shows all its problems in one run.
  const bodyOk = item.source.data === undefined || validateBody(item.file, item.source);
  if (!frontmatter || !bodyOk) return undefined;
  const datePlace = placeOfValue(item.source.yaml, item.source.lineCounter, ['date']);
  const address = articleUrl(item.file, frontmatter.date, datePlace);
  return address ? { ...item, frontmatter, address } : undefined;
}

function renderInput({ file, source, frontmatter }: Validated): RenderInput {
  return {
    path: file.path,
    markdown: source.body,
    bodyLine: source.bodyLine,
    quotes: frontmatter.quotes.map((quote, index) => ({
      text: quote.text,
      place: placeOfValue(source.yaml, source.lineCounter, ['quotes', index, 'text']),
    })),
  };
}

/** The article the templates see; undefined when rendering found an error. */
function toArticle(item: Pick<Validated, 'file' | 'frontmatter' | 'address'>, rendered: RenderOutput): Article | undefined {
  const { file, frontmatter, address } = item;
  for (const problem of rendered.problems) reportError(file, problem);
  if (rendered.problems.length > 0) return undefined;
  const { quotes: _quotes, summary, ...rest } = frontmatter;
  return {
    ...rest,
    ...address,
    inputPath: file.path,
    dir: directionOf(frontmatter.lang),
    quotes: frontmatter.quotes.map((quote, index) => ({ ...quote, id: quoteId(index) })),
    summary: summary ?? rendered.firstParagraph,
    html: rendered.html,
  };
}
