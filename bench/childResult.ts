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
