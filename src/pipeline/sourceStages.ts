/**
 * The content stages for one source file: load (read, decode, split and
 * parse the frontmatter) and validate (schema, URL, the file's own
 * warnings), or, while the file is unchanged since the build state recorded
 * it, what they gave then (sourceState.ts). src/loadArchive.ts runs this for
 * every file, then the checks across files and the render stage.
 */
import { readFileSync, statSync } from 'node:fs';
import { VFile } from 'vfile';
import { ownString, ownStrings } from '../load/ownStrings.ts';
import { parseFrontmatter, type ParsedSource } from '../load/parseFrontmatter.ts';
import { decodeSource, MAX_ARTICLE_BYTES, readSource } from '../load/readSource.ts';
import type { RenderCache } from '../render/renderCache.ts';
import type { RenderInput } from '../render/renderMarkdown.ts';
import type { StoredBody } from './storedBodies.ts';
import { articleUrl, type ArticleUrl } from '../validate/articleUrl.ts';
import { utcDay } from '../model/dates.ts';
import { isDraft } from '../validate/drafts.ts';
import { addFileWarnings } from '../validate/editorWarnings.ts';
import { bodySample } from '../validate/shingleSample.ts';
import type { Frontmatter } from '../validate/schema.ts';
import { validateBody } from '../validate/validateBody.ts';
import { validateFrontmatter } from '../validate/validateFrontmatter.ts';
import { placeOfField } from '../validate/yamlPositions.ts';
import {
  decodeSample,
  encodeSample,
  hashBytes,
  isRacy,
  restoreMessages,
  saveMessages,
  type SourceRecord,
  type SourceState,
} from './sourceState.ts';

export interface Loaded {
  file: VFile;
  source: ParsedSource;
}

export interface Validated extends Loaded {
  frontmatter: Frontmatter;
  address: ArticleUrl;
}

/** What the render stage and the near-duplicate check need of a valid file. */
export interface Kept {
  file: VFile;
  frontmatter: Frontmatter;
  address: ArticleUrl;
  sample: Uint32Array;
  /** Absent when the file was not parsed this time (its body is taken from the render cache). */
  input?: RenderInput;
  renderKey?: string;
  /** What the build state keeps of its rendered body, when the file was not parsed this time (storedBodies.ts). */
  body?: StoredBody;
}

/** One file after loading and validating: kept for the later stages when valid. */
export interface Processed {
  file: VFile;
  kept?: Kept;
  /** `draft: true` as written, valid or not: its problems are warnings (src/validate/drafts.ts). */
  draft: boolean;
}

/**
 * What each unchanged record gave last time, by the record's identity (`npm start` keeps it between updates, as it
 * keeps the records): taken again as it is, with its file's messages cut back to its own (the checks across files
 * add theirs anew each time). A record is replaced when its file changes, so an entry never outlives its file's
 * version. Drafts are left out: their problems are turned into warnings in place (src/validate/drafts.ts).
 */
export type DecodedRecords = WeakMap<SourceRecord, Processed>;

export interface FileStages {
  today: Date;
  cache: RenderCache | undefined;
  state: SourceState | undefined;
  /** Unchanged records as they were decoded last time (`npm start`): no VFile, messages or sample made again. */
  decoded?: DecodedRecords | undefined;
  /** Milliseconds spent validating, added to. */
  timings: { validate: number };
  /**
   * The near-duplicate sample of a file read anew is made with its body (src/pipeline/freshBodies.ts, a build's):
   * until then its `sample` is empty, and so is its record's.
   */
  sampleLater?: boolean;
}

/** A kept file's sample until freshBodies.ts has made it. */
const NO_SAMPLE = new Uint32Array(0);

/**
 * Load and validate one file, or, when `trust` and the file is unchanged since the build state
 * recorded it (same stamp, or same bytes), take what that gave. The state receives what this run found.
 */
export async function processFile(filePath: string, displayPath: string, stages: FileStages, trust = true): Promise<Processed & { reused: boolean }> {
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
    if (known?.stamp === stamp && !known.racy) return { ...reuse(known, displayPath, stages.decoded), reused: true };
    // Synchronous too: an awaited read is four thread-pool round trips (open, stat, read, close) per file.
    const bytes = readFileSync(filePath);
    hash = hashBytes(bytes);
    if (known?.hash === hash) {
      known.stamp = stamp;
      known.racy = racy;
      return { ...reuse(known, displayPath, stages.decoded), reused: true };
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
    // Kept for the whole build (and in the build state): copied, so the fields do not hold the file's text.
    const sample = stages.sampleLater ? NO_SAMPLE : bodySample(valid.source);
    kept = { file, frontmatter: ownStrings(valid.frontmatter), address: ownStrings(valid.address), input, sample };
    if (cache) kept.renderKey = cache.keyOf(input);
  }
  // A message may quote the file (its excerpt a slice of the text): the file's messages last the build.
  for (const message of file.messages) {
    const same = message.message === message.reason;
    message.reason = ownString(message.reason);
    if (same) message.message = message.reason;
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
      // `npm start`: the next update takes this file as decoded now, not rebuilt from the record (its first edit
      // after the first layout would otherwise make every file's VFile, messages and sample again).
      if (stages.decoded && !draft && !stages.sampleLater) stages.decoded.set(entry, { file, draft, ...(kept && entry.valid ? { kept: unparsed(kept) } : {}) });
    }
  }
  return { file, ...(kept ? { kept } : {}), draft, reused: false };
}

/** What a later update keeps of a file parsed now: no Markdown to render again (its body is in memory). */
function unparsed({ file, frontmatter, address, sample, renderKey }: Kept): Kept {
  return { file, frontmatter, address, sample, ...(renderKey ? { renderKey } : {}) };
}

/**
 * A file as the build state recorded it: its messages on a fresh VFile, and what was kept of it — or, with
 * `decoded`, what the same record gave last time (at 10k, 10,000 VFiles, their messages and samples per update).
 */
function reuse(record: SourceRecord, displayPath: string, decoded?: DecodedRecords): Processed {
  const known = decoded?.get(record);
  if (known && known.file.path === displayPath) {
    // Its own messages come first (restoreMessages); those after them are the last update's checks across files.
    known.file.messages.length = record.messages.length;
    return known;
  }
  const file = new VFile({ path: displayPath });
  restoreMessages(file, record.messages);
  const draft = record.draft === true;
  const valid = record.valid;
  const processed: Processed = { file, draft };
  if (valid) processed.kept = { file, frontmatter: valid.frontmatter, address: valid.address, renderKey: valid.renderKey, sample: decodeSample(valid.sample), ...(valid.body ? { body: valid.body } : {}) };
  if (decoded && !draft) decoded.set(record, processed);
  return processed;
}

/** One file's validation: its frontmatter, then its URL from date and file name. */
export function validateArticle(item: Loaded): Validated | undefined {
  const frontmatter = validateFrontmatter(item.file, item.source);
  // Checked whatever the frontmatter holds, so a file shows all its problems in one run.
  const bodyOk = item.source.data === undefined || validateBody(item.file, item.source);
  if (!frontmatter || !bodyOk) return undefined;
  const datePlace = placeOfField(item.source, ['date']);
  const address = articleUrl(item.file, frontmatter.date, datePlace);
  return address ? { ...item, frontmatter, address } : undefined;
}

export function renderInput({ file, source, frontmatter }: Validated): RenderInput {
  return {
    path: file.path,
    markdown: source.body,
    bodyLine: source.bodyLine,
    quotes: frontmatter.quotes.map((quote, index) => ({
      text: quote.text,
      place: placeOfField(source, ['quotes', index, 'text']),
    })),
  };
}
