/**
 * Hook for the bytes a first search transfers. The measurement itself lives
 * in bench/firstSearchBytes.ts (Chromium-based, written by the search work:
 * `measureFirstSearch(siteDir, query): Promise<{ bytes, requests }>`); this
 * loads it when it is there and a Chromium is installed, and otherwise
 * reports nothing, so the benchmark runs without either.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface FirstSearch {
  query: string;
  bytes: number;
  requests: number;
  /** Results the query found, when the measurement reports it. */
  results?: number;
}

const MODULE = path.join(import.meta.dirname, 'firstSearchBytes.ts');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

type Measure = (siteDir: string, query: string) => Promise<unknown>;

let warned = false;

export function firstSearchAvailable(): string | undefined {
  if (!existsSync(MODULE)) return 'bench/firstSearchBytes.ts is not there';
  if (!CHROMIUM.some((file) => existsSync(file)) && !process.env.CHROMIUM_PATH) return 'no Chromium found';
  return undefined;
}

export async function measureFirstSearchHook(siteDir: string, query: string): Promise<FirstSearch | undefined> {
  const missing = firstSearchAvailable();
  if (missing) return undefined;
  try {
    const loaded: unknown = await import(pathToFileURL(MODULE).href);
    const measureFirstSearch: unknown =
      typeof loaded === 'object' && loaded !== null ? (loaded as { measureFirstSearch?: unknown }).measureFirstSearch : undefined;
    if (typeof measureFirstSearch !== 'function') throw new Error('bench/firstSearchBytes.ts exports no measureFirstSearch');
    const result = await (measureFirstSearch as Measure)(siteDir, query);
    if (typeof result !== 'object' || result === null) throw new Error('measureFirstSearch returned no object');
    const { bytes, requests, results } = result as { bytes?: unknown; requests?: unknown; results?: unknown };
    if (typeof bytes !== 'number' || typeof requests !== 'number') throw new Error('measureFirstSearch returned no {bytes, requests}');
    return { query, bytes, requests, ...(typeof results === 'number' ? { results } : {}) };
  } catch (error) {
    if (!warned) console.error(`First search not measured: ${error instanceof Error ? error.message : String(error)}`);
    warned = true;
    return undefined;
  }
}
