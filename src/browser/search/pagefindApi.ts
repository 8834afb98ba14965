/**
 * Search page: the typed surface of Pagefind's JavaScript API (the bundle's
 * `pagefind.js`) that this site uses. Only `search()` and a result's
 * `data()` fetch anything: the index chunks a query's words are in, the
 * filter chunks of the facets it filters on, the fragments of the results
 * shown. Never `filters()`, which fetches every filter chunk (facet values
 * come from facetCounts.ts's files instead).
 * https://pagefind.app/docs/api/
 */

export type Filters = Record<string, string[]>;
export type SortSpec = Record<string, 'asc' | 'desc'>;

/** One result's data, as `result.data()` resolves it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

export interface SearchHit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchHit[];
  unfilteredResultCount: number;
}

export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: SortSpec;
}

export interface BundleOptions {
  ranking?: { pageLength?: number; termFrequency?: number; termSaturation?: number; termSimilarity?: number };
  highlightParam?: string;
  excerptLength?: number;
  /** Prefixed to every result's URL. */
  baseUrl?: string;
}

/** One bundle's search (`createInstance`): null for the term lists everything the filters match. */
export interface BundleSearch {
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
}

interface PagefindModule {
  createInstance(options: { basePath: string } & BundleOptions): BundleSearch & { init(): Promise<void> };
}

/** Runs `start` with `<html lang>` set to `lang`: Pagefind picks a bundle's index language from it. */
function asLanguage<T>(lang: string, start: () => T): T {
  const html = document.documentElement;
  const own = html.getAttribute('lang');
  if (lang === own?.toLowerCase()) return start();
  html.setAttribute('lang', lang);
  try {
    return start();
  } finally {
    if (own === null) html.removeAttribute('lang');
    else html.setAttribute('lang', own);
  }
}

/**
 * Opens bundles of one index language with Pagefind's library from
 * `moduleUrl`, loaded on the first call. Each bundle is opened once.
 */
export function bundleOpener(moduleUrl: string, lang: string, options: BundleOptions): (bundleUrl: string) => Promise<BundleSearch> {
  let module: Promise<PagefindModule> | undefined;
  const opened = new Map<string, Promise<BundleSearch>>();
  return (bundleUrl) => {
    let bundle = opened.get(bundleUrl);
    if (!bundle) {
      // A URL held in a variable stays a runtime import: the library is the site's, not part of this script.
      module ??= import(/* @vite-ignore */ moduleUrl) as Promise<PagefindModule>;
      bundle = module.then(async (pagefind) => {
        // createInstance reads <html lang> at once; init() then loads that language's index.
        const instance = asLanguage(lang, () => pagefind.createInstance({ ...options, basePath: bundleUrl }));
        await instance.init();
        return instance;
      });
      opened.set(bundleUrl, bundle);
    }
    return bundle;
  };
}
