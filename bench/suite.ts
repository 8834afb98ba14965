/**
 * One archive size, measured: generate the articles once, then build them
 * with ours (cold, then warm: nothing changed, then one article's title and
 * body changed — the build state in `.cache/` makes the last two incremental),
 * with plain Eleventy (baseline) and with Hugo + Pagefind's CLI, `repeat`
 * times each; medians are reported.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseChildResult, parseDevEditResult, type ChildResult, type DevEditResult } from './childResult.ts';
import { eleventyCommand, hugoCommand, pagefindCommand, prepareCompetitors } from './competitors.ts';
import { measureFirstSearchHook, type FirstSearch } from './firstSearchHook.ts';
import { writeArchive } from './generate.ts';
import { folderSize, measure, median, type RunResult } from './measure.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface Figures {
  ok: boolean;
  wallMs: number;
  peakRssBytes: number;
  /** The largest single process (issue 11's target is per process; peakRssBytes is the tree's sum). */
  largestProcessRssBytes?: number;
  /** The largest Pagefind process, when one ran. */
  pagefindProcessRssBytes?: number;
  outputBytes: number;
  outputFiles: number;
  error?: string;
}

export interface OurBuild extends Figures {
  stagesMs: Record<string, number>;
  articlesPerSecond: number;
  nodeMaxRssBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  firstSearch?: FirstSearch;
  render?: unknown;
}

export interface HugoFigures {
  hugo: Figures;
  pagefind: Figures & { pagefindBytes: number; pagefindFiles: number };
  /** Hugo then Pagefind, one after the other. */
  totalWallMs: number;
  peakRssBytes: number;
}

export interface SizeResult {
  articles: number;
  contentBytes: number;
  generateMs: number;
  repeat: number;
  /** 1-minute load average before and after: other work on the machine skews every figure. */
  loadAverage: { before: number; after: number };
  cold: OurBuild;
  /** Nothing changed since the cold build. */
  warm: OurBuild;
  /** One article's title and body changed since the warm build (absent in reports before issue 11). */
  edit?: OurBuild;
  baseline?: Figures;
  hugo?: HugoFigures;
  /** Set when the result comes from an earlier run (`--include`). */
  from?: { commit: string; date: string };
  /** One edited article in `npm start` (bench/devEditChild.ts). */
  devEdit?: DevEditResult & { medianUpdateMs: number; medianIndexMs: number };
  ratios: {
    coldVsBaseline?: number;
    coldVsHugoPagefind?: number;
    warmVsCold: number;
    warmVsHugoPagefind?: number;
    editVsHugoPagefind?: number;
    peakRssVsHugoPagefind?: number;
  };
}

export interface SuiteOptions {
  size: number;
  seed: string;
  repeat: number;
  baseline: boolean;
  hugo: boolean;
  /** Measure one edit in `npm start` (bench/devEditChild.ts). */
  devEdit: boolean;
  query: string;
  keep: boolean;
  log: (line: string) => void;
}

const failure = (run: RunResult): string => `exit ${run.exitCode}: ${run.stderr.trim().split('\n').slice(-8).join('\n')}`;

function pagefindPeak(run: RunResult): { pagefindProcessRssBytes?: number } {
  const peaks = Object.entries(run.peakRssByCommand).filter(([command]) => command.startsWith('pagefind')).map(([, rss]) => rss);
  return peaks.length > 0 ? { pagefindProcessRssBytes: Math.max(...peaks) } : {};
}

function figures(run: RunResult, output: { bytes: number; files: number }): Figures {
  return {
    ok: run.exitCode === 0,
    wallMs: run.wallMs,
    peakRssBytes: run.peakTreeRssBytes,
    largestProcessRssBytes: run.peakProcessRssBytes,
    ...pagefindPeak(run),
    outputBytes: output.bytes,
    outputFiles: output.files,
    ...(run.exitCode === 0 ? {} : { error: failure(run) }),
  };
}

async function ourBuild(contentDir: string, outputDir: string, query: string, searchSite: boolean): Promise<OurBuild> {
  const run = await measure(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'buildChild.ts'), '--content', contentDir, '--output', outputDir], {
    cwd: ROOT,
  });
  const child: ChildResult | undefined = parseChildResult(run.stdout);
  const output = await folderSize(outputDir);
  // The primary bundle and the older shards' bundles (src/searchIndex/searchShards.ts).
  const primary = await folderSize(path.join(outputDir, 'pagefind'));
  const shards = await folderSize(path.join(outputDir, 'pagefind-shards'));
  const index = { bytes: primary.bytes + shards.bytes, files: primary.files + shards.files };
  const ok = run.exitCode === 0 && child?.ok === true;
  const build: OurBuild = {
    ...figures(run, output),
    ok,
    stagesMs: child?.timings ?? {},
    articlesPerSecond: child ? (child.articles / run.wallMs) * 1000 : 0,
    nodeMaxRssBytes: child?.nodeMaxRssBytes ?? 0,
    pagefindBytes: index.bytes,
    pagefindFiles: index.files,
    ...(child?.render === undefined ? {} : { render: child.render }),
    ...(ok ? {} : { error: child?.errors?.join('\n') ?? failure(run) }),
  };
  if (ok && searchSite) {
    const firstSearch = await measureFirstSearchHook(outputDir, query);
    if (firstSearch) build.firstSearch = firstSearch;
  }
  return build;
}

async function measureDevEdit(contentDir: string, outputDir: string, log: (line: string) => void): Promise<SizeResult['devEdit']> {
  const run = await measure(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'devEditChild.ts'), '--content', contentDir, '--output', outputDir], {
    cwd: ROOT,
  });
  const result = parseDevEditResult(run.stdout);
  if (!result || result.edits.length === 0) {
    log(`  npm start, one edit: FAILED ${failure(run)}`);
    return undefined;
  }
  const medianUpdateMs = median(result.edits.map((edit) => edit.updateMs));
  const medianIndexMs = median(result.edits.map((edit) => edit.indexMs));
  log(`  npm start, one edited article: ${(medianUpdateMs / 1000).toFixed(2)} s to rewritten pages (${result.edits.map((e) => e.pages).join(', ')} pages), search index ${(medianIndexMs / 1000).toFixed(1)} s after`);
  return { ...result, medianUpdateMs, medianIndexMs };
}

/** The median of each numeric field (nested records included) across runs. */
export function medianOf<T>(runs: readonly T[]): T {
  const first = runs[0];
  if (typeof first === 'number') return median(runs as readonly number[]) as T;
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return first as T;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(first)) {
    const values = runs.map((run) => (run as Record<string, unknown>)[key]).filter((v) => v !== undefined);
    result[key] = values.length === runs.length ? medianOf(values) : values[0];
  }
  return result as T;
}

/** Changes one article's title and adds a paragraph, as an editor's commit would; returns how to undo it. */
async function editOneArticle(contentDir: string): Promise<() => Promise<void>> {
  const names = (await readdir(contentDir)).filter((name) => name.endsWith('.md')).sort();
  const file = path.join(contentDir, names[Math.floor(names.length / 2)]!);
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text.replace(/^title: .*$/m, 'title: "A Headline Edited For The Benchmark"')}\nA paragraph added for the benchmark.\n`);
  return () => writeFile(file, text);
}

const ratio = (a: number, b: number | undefined): number | undefined => (b && b > 0 ? a / b : undefined);

export async function runSuite(options: SuiteOptions): Promise<SizeResult> {
  const { log } = options;
  const loadBefore = loadavg()[0] ?? 0;
  const dir = await mkdtemp(path.join(tmpdir(), `news-bench-${options.size}-`));
  try {
    const contentDir = path.join(dir, 'ours', 'content');
    const outputDir = path.join(dir, 'ours', '_site');
    const cacheDir = path.join(dir, 'ours', '.cache');
    const competitors = await prepareCompetitors(dir);
    let started = performance.now();
    const written = await writeArchive(contentDir, { count: options.size, seed: options.seed }, competitors.addArticle);
    const generateMs = performance.now() - started;
    log(`  generated ${written.files} articles (${(written.bytes / 2 ** 20).toFixed(1)} MiB) in ${(generateMs / 1000).toFixed(1)} s`);

    const colds: OurBuild[] = [];
    const warms: OurBuild[] = [];
    const edits: OurBuild[] = [];
    const baselines: Figures[] = [];
    const hugos: HugoFigures[] = [];
    for (let round = 1; round <= options.repeat; round++) {
      const tag = options.repeat > 1 ? ` (${round}/${options.repeat})` : '';
      await rm(outputDir, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
      const cold = await ourBuild(contentDir, outputDir, options.query, round === 1);
      colds.push(cold);
      log(`  ours, cold${tag}: ${(cold.wallMs / 1000).toFixed(1)} s, ${(cold.peakRssBytes / 2 ** 20).toFixed(0)} MiB${cold.ok ? '' : ` FAILED ${cold.error ?? ''}`}`);
      const warm = await ourBuild(contentDir, outputDir, options.query, false);
      warms.push(warm);
      log(`  ours, warm${tag}: ${(warm.wallMs / 1000).toFixed(1)} s, ${(warm.peakRssBytes / 2 ** 20).toFixed(0)} MiB${warm.ok ? '' : ` FAILED ${warm.error ?? ''}`}`);
      const undo = await editOneArticle(contentDir);
      const edit = await ourBuild(contentDir, outputDir, options.query, false);
      await undo();
      edits.push(edit);
      log(`  ours, one article changed${tag}: ${(edit.wallMs / 1000).toFixed(1)} s, ${(edit.peakRssBytes / 2 ** 20).toFixed(0)} MiB${edit.ok ? '' : ` FAILED ${edit.error ?? ''}`}`);

      if (options.baseline) {
        const { command, args, cwd } = eleventyCommand(competitors);
        await rm(competitors.eleventyOutput, { recursive: true, force: true });
        const run = await measure(command, args, { cwd });
        const baseline = figures(run, await folderSize(competitors.eleventyOutput));
        baselines.push(baseline);
        log(`  baseline Eleventy${tag}: ${(run.wallMs / 1000).toFixed(1)} s, ${(run.peakTreeRssBytes / 2 ** 20).toFixed(0)} MiB${baseline.ok ? '' : ` FAILED ${baseline.error ?? ''}`}`);
      }

      const pagefind = pagefindCommand(competitors.hugoOutput);
      if (options.hugo && pagefind) {
        const { command, args, cwd } = hugoCommand(competitors);
        await rm(competitors.hugoOutput, { recursive: true, force: true });
        const hugoRun = await measure(command, args, { cwd });
        const hugo = figures(hugoRun, await folderSize(competitors.hugoOutput));
        started = performance.now();
        const pagefindRun = await measure(pagefind.command, pagefind.args, { cwd: competitors.hugoDir });
        const index = await folderSize(path.join(competitors.hugoOutput, 'pagefind'));
        const pagefindFigures = { ...figures(pagefindRun, index), pagefindBytes: index.bytes, pagefindFiles: index.files };
        hugos.push({
          hugo,
          pagefind: pagefindFigures,
          totalWallMs: hugoRun.wallMs + pagefindRun.wallMs,
          peakRssBytes: Math.max(hugoRun.peakTreeRssBytes, pagefindRun.peakTreeRssBytes),
        });
        log(`  Hugo + Pagefind CLI${tag}: ${(hugoRun.wallMs / 1000).toFixed(1)} s + ${(pagefindRun.wallMs / 1000).toFixed(1)} s${hugo.ok && pagefindFigures.ok ? '' : ` FAILED ${hugo.error ?? pagefindFigures.error ?? ''}`}`);
      }
    }

    const devEdit = options.devEdit ? await measureDevEdit(contentDir, path.join(dir, 'ours', 'dev-site'), log) : undefined;

    const cold = medianOf(colds);
    const warm = medianOf(warms);
    const edit = medianOf(edits);
    const baseline = baselines.length > 0 ? medianOf(baselines) : undefined;
    const hugo = hugos.length > 0 ? medianOf(hugos) : undefined;
    const firstSearch = colds[0]?.firstSearch;
    if (firstSearch) cold.firstSearch = firstSearch;
    const ratios: SizeResult['ratios'] = { warmVsCold: warm.wallMs / cold.wallMs };
    const coldVsBaseline = ratio(cold.wallMs, baseline?.ok ? baseline.wallMs : undefined);
    const coldVsHugo = ratio(cold.wallMs, hugo?.hugo.ok ? hugo.totalWallMs : undefined);
    const warmVsHugo = ratio(warm.wallMs, hugo?.hugo.ok ? hugo.totalWallMs : undefined);
    const editVsHugo = ratio(edit.wallMs, hugo?.hugo.ok ? hugo.totalWallMs : undefined);
    // The peak of any of our builds: the target is per process tree, whichever build it is.
    const ourPeak = Math.max(cold.peakRssBytes, warm.peakRssBytes, edit.peakRssBytes);
    const rssVsHugo = ratio(ourPeak, hugo?.hugo.ok ? hugo.peakRssBytes : undefined);
    if (coldVsBaseline !== undefined) ratios.coldVsBaseline = coldVsBaseline;
    if (coldVsHugo !== undefined) ratios.coldVsHugoPagefind = coldVsHugo;
    if (warmVsHugo !== undefined) ratios.warmVsHugoPagefind = warmVsHugo;
    if (editVsHugo !== undefined) ratios.editVsHugoPagefind = editVsHugo;
    if (rssVsHugo !== undefined) ratios.peakRssVsHugoPagefind = rssVsHugo;
    return {
      articles: written.files,
      contentBytes: written.bytes,
      generateMs,
      repeat: options.repeat,
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
      cold,
      warm,
      edit,
      ...(baseline ? { baseline } : {}),
      ...(hugo ? { hugo } : {}),
      ...(devEdit ? { devEdit } : {}),
      ratios,
    };
  } finally {
    if (options.keep) log(`  kept ${dir}`);
    else if (existsSync(dir)) await rm(dir, { recursive: true, force: true });
  }
}
