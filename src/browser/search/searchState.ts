/**
 * Search page: the state a researcher can share — query, facets, sort and
 * index language — and its form in the URL:
 * `/search/?q=minsk+group&source=Caspian+Wire&source=Trend+News&sort=newest&lang=fr`.
 * Pure functions, tested in Node.
 */
import type { Filters, SortSpec } from './pagefindApi.ts';

export type SortOrder = 'relevance' | 'newest' | 'oldest';
export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

/** The facets, in the order they appear in the URL. */
export const FACETS = ['type', 'source', 'agency', 'place', 'person', 'topic', 'year'] as const;

export interface SearchState {
  query: string;
  filters: Filters;
  sort: SortOrder;
  /** Index language; null means the page's own. */
  lang: string | null;
}

function isSortOrder(value: string | null): value is SortOrder {
  return value !== null && (SORT_ORDERS as readonly string[]).includes(value);
}

/** Drops empty facets and duplicate values; values sorted so equal states have equal URLs. */
export function normalizeFilters(filters: Filters): Filters {
  const result: Filters = {};
  for (const facet of FACETS) {
    const values = [...new Set(filters[facet] ?? [])].filter((value) => value !== '').sort();
    if (values.length > 0) result[facet] = values;
  }
  return result;
}

export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

export function parseState(params: URLSearchParams): SearchState {
  const filters: Filters = {};
  for (const facet of FACETS) filters[facet] = params.getAll(facet);
  const sort = params.get('sort');
  const lang = params.get('lang');
  return {
    query: params.get('q') ?? '',
    filters: normalizeFilters(filters),
    sort: isSortOrder(sort) ? sort : 'relevance',
    lang: lang && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang) ? lang.toLowerCase() : null,
  };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  const filters = normalizeFilters(state.filters);
  for (const facet of FACETS) for (const value of filters[facet] ?? []) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.lang) params.set('lang', state.lang);
  return params;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToParams(a).toString() === stateToParams(b).toString();
}

/**
 * Pagefind's sort option. Relevance needs a query; when only browsing by
 * facets, "relevance" lists the newest first.
 */
export function sortSpec(sort: SortOrder, browsing: boolean): SortSpec {
  if (sort === 'oldest') return { date: 'asc' };
  if (sort === 'newest' || browsing) return { date: 'desc' };
  return {};
}

/**
 * Pagefind's filter option: an array of values means "all of them"; a
 * researcher ticking two sources means "either", so each facet becomes
 * `{ any: [...] }` and facets still combine with AND.
 * https://pagefind.app/docs/js-api-filtering/
 */
export function anyOfEachFacet(filters: Filters): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const [facet, values] of Object.entries(filters)) {
    if (values.length > 0) result[facet] = { any: [...values] };
  }
  return result;
}
