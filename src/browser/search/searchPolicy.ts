/**
 * Search page: how a search runs, adapted where the Component UI's defaults
 * are not what a researcher expects.
 *
 * - Several values of one facet combine with OR (the UI sends arrays, which
 *   Pagefind reads as AND). The Component UI has no option for this, so the
 *   loaded search API is wrapped once: the only use of its `__pagefind__`.
 * - With no query, facets alone list the matching articles (Pagefind's null
 *   search) newest first; with neither, nothing is listed.
 * - The chosen sort order applies to every search.
 */
import type { ComponentInstance, SearchOptions } from './pagefindUi.ts';
import { anyOfEachFacet, hasFilters, type SortOrder, sortSpec } from './searchState.ts';

export interface SearchPolicy {
  sort: SortOrder;
}

export function applySearchPolicy(instance: ComponentInstance, policy: SearchPolicy): void {
  // 'search' is dispatched synchronously before the search runs.
  instance.on('search', (term, filters) => {
    const browsing = term.trim() === '';
    instance.faceted = browsing && hasFilters(filters);
    instance.searchSort = sortSpec(policy.sort, browsing);
  });
}

/** Call once the index is loaded (`instance.triggerLoad()`). */
export function combineFacetValuesWithOr(instance: ComponentInstance): void {
  const api = instance.__pagefind__;
  if (!api) return;
  const search = api.search.bind(api);
  api.search = (term, options: SearchOptions = {}) => {
    const filters = options.filters as Record<string, string[]> | undefined;
    return search(term, { ...options, filters: anyOfEachFacet(filters ?? {}) });
  };
}
