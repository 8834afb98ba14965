/**
 * Search page: the typed surface of Pagefind's Component UI that this site
 * uses (window.PagefindComponents, set by /pagefind/pagefind-component-ui.js).
 * https://pagefind.app/docs/components/ — "Building Custom Components".
 *
 * Everything here is public API except `__pagefind__` (the loaded search
 * API), which `orFilters.ts` adapts; see there for why.
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

export interface SearchOptions {
  filters?: unknown;
  sort?: SortSpec;
}

/** The object `pagefind.createInstance()` returns. */
export interface SearchApi {
  search(term: string | null, options?: SearchOptions): Promise<unknown>;
}

export interface ComponentInstance {
  searchTerm: string;
  searchFilters: Filters;
  searchSort: SortSpec;
  /** When true, an empty search term lists everything that matches the filters. */
  faceted: boolean;
  __pagefind__: SearchApi | null;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Filters): void;
}

/** Options of one Pagefind instance (a merged bundle's included). */
export interface BundleOptions {
  ranking?: InstanceOptions['ranking'];
  highlightParam?: string;
}

/** Options passed on to Pagefind; only before the index loads. */
export interface InstanceOptions {
  /** Further bundles searched with the primary one (the index's older shards). */
  mergeIndex?: Array<{ bundlePath: string } & BundleOptions>;
  ranking?: { pageLength?: number; termFrequency?: number; termSaturation?: number; termSimilarity?: number };
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): ComponentInstance };
  configureInstance(name: string, options: InstanceOptions): ComponentInstance;
}

/** `<pagefind-results>`: a `resultTemplate` takes priority over its own. */
export interface ResultsElement extends HTMLElement {
  resultTemplate: ((result: ResultData) => Element) | null;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** The page's default instance, once the Component UI script has run. */
export async function defaultInstance(options: InstanceOptions): Promise<ComponentInstance> {
  await customElements.whenDefined('pagefind-input');
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI is not loaded');
  return components.configureInstance('default', options);
}
