/**
 * What a build child (bench/buildChild.ts) reports on stdout: one line,
 * `BENCH_RESULT {json}`. Kept apart so the runner need not load the pipeline.
 */
export const RESULT_PREFIX = 'BENCH_RESULT ';

export interface ChildResult {
  ok: boolean;
  articles: number;
  pages?: number;
  timings: Record<string, number>;
  /** This Node process's max RSS (worker threads included, child processes not). */
  nodeMaxRssBytes: number;
  /** Render cache statistics, when the build reports them. */
  render?: unknown;
  errors?: string[];
}

export function parseChildResult(stdout: string): ChildResult | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (!line) return undefined;
  const value: unknown = JSON.parse(line.slice(RESULT_PREFIX.length));
  if (typeof value !== 'object' || value === null || !('timings' in value) || !('ok' in value)) return undefined;
  return value as ChildResult;
}

/** What bench/devEditChild.ts reports: `BENCH_DEV_EDIT {json}`. */
export const DEV_EDIT_PREFIX = 'BENCH_DEV_EDIT ';

export interface DevEditResult {
  /** The dev server's first update: every page. */
  initialMs: number;
  edits: Array<{
    /** Saving to rewritten pages: load, changed pages, Eleventy. */
    updateMs: number;
    pages: number;
    /** Whether the feeds, sitemap and quotes page were rewritten too. */
    feeds: boolean;
    contentMs: number;
    layoutMs: number;
    /** The search index update that follows the reload. */
    indexMs: number;
    shardsReindexed: number;
  }>;
}

export function parseDevEditResult(stdout: string): DevEditResult | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(DEV_EDIT_PREFIX));
  if (!line) return undefined;
  const value: unknown = JSON.parse(line.slice(DEV_EDIT_PREFIX.length));
  if (typeof value !== 'object' || value === null || !('edits' in value)) return undefined;
  return value as DevEditResult;
}
