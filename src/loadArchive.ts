/**
 * The content stages of the build, in order: load (files → frontmatter) →
 * validate (schema, URLs) → render (remark → rehype, quotes checked and
 * marked). `npm run check` runs exactly these; `npm run build` runs them and
 * then lays out, indexes and publishes.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { LineCounter } from 'yaml';
import { findContentFiles } from './load/findContentFiles.ts';
import { parseFrontmatter, type ParsedSource } from './load/parseFrontmatter.ts';
import { decodeSource, readSource } from './load/readSource.ts';
import { byDateDescending, directionOf, type Article } from './model/article.ts';
import { hasErrors, reportError } from './model/diagnostics.ts';
import { quoteId } from './render/rehypeMarkQuotes.ts';
import { renderAll, type RenderAllOptions, type RenderStats } from './render/renderAll.ts';
import { renderBody, type RenderOutput } from './render/renderBody.ts';
import { DEFAULT_CACHE_DIR } from './render/renderCache.ts';
import type { RenderInput } from './render/renderMarkdown.ts';
import { articleUrl, type ArticleUrl } from './validate/articleUrl.ts';
import { checkUniqueUrls } from './validate/checkUniqueUrls.ts';
import type { Frontmatter } from './validate/schema.ts';
import { validateBody } from './validate/validateBody.ts';
import { validateFrontmatter } from './validate/validateFrontmatter.ts';
import { placeOfValue } from './validate/yamlPositions.ts';
import { demoteDraftProblems, isDraft } from './validate/drafts.ts';
import { addFileWarnings, bodySample, warnNearDuplicates } from './validate/editorWarnings.ts';

export interface LoadOptions extends RenderAllOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  root?: string;
  /** Publish drafts too (preview). */
  includeDrafts?: boolean;
  /** Today, for "date in the future" warnings; defaults to now. */
  today?: Date;
  memo?: ArchiveMemo;
}

export type StageName = 'load' | 'validate' | 'render';

/**
 * What `npm start` keeps between rebuilds (src/dev/), so that an edit costs
 * one file's work: each file's text and parsed frontmatter while its size and
 * modification time stay the same, and rendered bodies by render key.
 */
export interface ArchiveMemo {
  loaded: Map<string, { stamp: string; value: string; messages: VFile['messages']; source: ParsedSource }>;
  rendered: Map<string, RenderOutput>;
  /** Display paths of the files the last load read from disk (new or changed). */
  changed: Set<string>;
}

export function createArchiveMemo(): ArchiveMemo {
  return { loaded: new Map(), rendered: new Map(), changed: new Set() };
}

export interface Archive {
  /** Published articles, newest first. */
  articles: Article[];
  /** One VFile per content file, carrying its messages. */
  files: VFile[];
  ok: boolean;
  timings: Record<StageName, number>;
  render: RenderStats;
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
  input: RenderInput;
  sample: Uint32Array;
}

export async function loadArchive(options: LoadOptions): Promise<Archive> {
  // Paths in messages read as they do in the project: `content/…`.
  const root = options.root ?? path.dirname(path.resolve(options.contentDir));
  const timings: Record<StageName, number> = { load: 0, validate: 0, render: 0 };
  let started = performance.now();

  // load and validate, file by file: what the later stages need is kept, the parsed YAML (for positions
  // in messages) is not — all of it at once took most of the memory of a 100,000-article build.
  const paths = await findContentFiles(options.contentDir);
  const files: VFile[] = [];
  const kept: Kept[] = [];
  const today = options.today ?? new Date();
  const drafts = new Set<VFile>();
  options.memo?.changed.clear();
  for (const filePath of paths) {
    const displayPath = path.relative(root, filePath);
    // A file that breaks loading or validation is that file's error; the rest of the archive is still checked.
    const item = await loadFile(filePath, displayPath, options.memo).catch((error: unknown) => failedFile(displayPath, 'reading', error));
    files.push(item.file);
    if (isDraft(item.source.data)) drafts.add(item.file);
    const validating = performance.now();
    timings.load += validating - started;
    let valid: Validated | undefined;
    try {
      valid = validateArticle(item);
    } catch (error) {
      failedFile(displayPath, 'checking', error, item.file);
    }
    if (valid) {
      addFileWarnings(valid, { today });
      kept.push({ file: valid.file, frontmatter: valid.frontmatter, address: valid.address, input: renderInput(valid), sample: bodySample(valid.source) });
    }
    started = performance.now();
    timings.validate += started - validating;
  }
  if (options.memo) {
    const present = new Set(paths);
    for (const known of options.memo.loaded.keys()) if (!present.has(known)) options.memo.loaded.delete(known);
  }
  started = performance.now();
  // A draft that clashes is told in its own file (and so withheld, with --drafts too): it never blocks the other.
  checkUniqueUrls(kept.map((item) => ({ url: item.address.url, file: item.file, draft: drafts.has(item.file) })));
  timings.validate += performance.now() - started;
  started = performance.now();

  // render
  const { outputs, stats } = await renderAll(
    kept.map((item) => item.input),
    {
      ...options,
      ...(options.memo ? { memory: options.memo.rendered } : {}),
      cacheDir: options.cacheDir ?? path.join(root, DEFAULT_CACHE_DIR),
    },
  );
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
  timings.render = performance.now() - started;

  // The messages keep their positions; the text is not read again. Letting it go saves the whole
  // source of every article (5 KB each, 500 MB at 100,000) for as long as the archive lives.
  for (const file of files) file.value = '';
  return { articles: published, files, ok: !hasErrors(files), timings, render: stats };
}

/** Load one file: read and parse it, or take it from the memo while the file is unchanged on disk. */
async function loadFile(filePath: string, displayPath: string, memo: ArchiveMemo | undefined): Promise<Loaded> {
  if (!memo) {
    const file = await readSource(filePath, displayPath);
    return { file, source: parseFrontmatter(file) };
  }
  const info = await stat(filePath);
  const stamp = `${info.mtimeMs}:${info.size}`;
  const known = memo.loaded.get(filePath);
  if (known?.stamp === stamp) {
    // A fresh VFile: validation adds its messages anew on every run.
    const file = new VFile({ path: displayPath, value: known.value });
    file.messages.push(...known.messages);
    return { file, source: known.source };
  }
  const file = await readSource(filePath, displayPath);
  const source = parseFrontmatter(file);
  memo.loaded.set(filePath, { stamp, value: String(file.value), messages: [...file.messages], source });
  memo.changed.add(displayPath);
  return { file, source };
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
