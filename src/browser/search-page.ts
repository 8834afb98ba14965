/**
 * Search page: our own small UI over Pagefind's JavaScript API, so that a
 * search fetches only what its query needs (docs/SEARCH.md): the newest
 * shard of the index first (shardedSearch.ts), the fragments of the results
 * shown (resultList.ts), a facet's values when it is opened (facetPane.ts).
 * The state is in the URL (`?q=` from the header's box included).
 *
 * Every URL is derived from `data-bundle` on `#search`, which the template
 * writes with the `htmlBaseUrl` filter: the site may be served under a subpath.
 */
import { languageControl, sortControl } from './search/controls.ts';
import { facetPane, type FacetPane } from './search/facetPane.ts';
import { bundleOpener, type BundleOptions, type BundleSearch, type Filters } from './search/pagefindApi.ts';
import { resultList, spanLabel } from './search/resultList.ts';
import { fetchManifest, indexLanguages } from './search/searchManifest.ts';
import { anyOfEachFacet, hasFilters, normalizeFilters, parseState, sortSpec, type SearchState } from './search/searchState.ts';
import { ShardedSearch, shardWalk, type ShardedResults } from './search/shardedSearch.ts';
import { urlFor, urlHistory } from './search/urlHistory.ts';

/**
 * Pagefind favours short pages by default (pageLength 0.75), which would rank
 * a one-sentence quote above the article it comes from; an archive's articles
 * are long by nature, so length counts for little here.
 * https://pagefind.app/docs/ranking/
 */
const BUNDLE_OPTIONS: BundleOptions = { ranking: { pageLength: 0.1 }, highlightParam: 'highlight', excerptLength: 30 };
/**
 * Typing pauses shorter than this are one search (Pagefind's own debounce): each
 * search that finishes fetches its results' fragments, so a shorter pause let a
 * slow typist's half-words cost eight fragments each.
 */
const TYPING_DEBOUNCE_MS = 300;
const COUNT = new Intl.NumberFormat('en');

function required<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`#${id}: expected a ${type.name} in templates/search.njk`);
  return found;
}

function summaryText(state: SearchState, results: ShardedResults): string {
  const count = results.hits.length;
  const found = count === 0 ? 'No results' : `${COUNT.format(count)} result${count === 1 ? '' : 's'}`;
  const words = state.query.trim() ? ` for ${state.query.trim()}` : '';
  const span = results.remaining.length > 0 && results.from ? ` in ${spanLabel(results.from, results.to)}` : '';
  return `${found}${words}${span}`;
}

async function main(): Promise<void> {
  const root = required('search', HTMLElement);
  const input = required('search-q', HTMLInputElement);
  const summary = required('search-summary', HTMLElement);
  const bundleUrl = new URL(root.dataset.bundle ?? 'pagefind/', window.location.href);
  const siteRoot = new URL('../', bundleUrl);

  let state: SearchState = parseState(new URLSearchParams(window.location.search));
  const pageLang = (document.documentElement.lang || 'en').toLowerCase();
  const indexLang = state.lang ?? pageLang;
  input.value = state.query;
  const idleMessage = summary.textContent ?? '';

  const list = resultList({
    list: required('search-results', HTMLOListElement),
    more: required('search-more', HTMLButtonElement),
    input,
    lang: indexLang === pageLang ? null : indexLang,
  });
  const sort = sortControl(required('search-sort', HTMLSelectElement), (next) => update({ ...state, sort: next }));
  sort.set(state.sort);

  const manifest = fetchManifest(bundleUrl);
  // Result URLs are the site's root-relative paths, put under the site's base (every bundle the same base).
  const open = bundleOpener(new URL('pagefind.js', bundleUrl).href, indexLang, { ...BUNDLE_OPTIONS, baseUrl: siteRoot.pathname });
  const bundleOf = (bundlePath: string): Promise<BundleSearch> => open(new URL(bundlePath.replace(/^\/+/, ''), siteRoot).href);
  // The newest shard is what every first search reads: start loading it (library, WebAssembly, metadata)
  // while the reader is still typing, so only the query's own index chunks are left for the search.
  if (state.sort !== 'oldest') open(bundleUrl.href).catch((error: unknown) => console.error('Search index could not load:', error));

  let searches = 0;
  /** `data-state` and a count of finished searches: what the browser tests and the benchmark wait for. */
  const settle = (outcome: 'idle' | 'done'): void => {
    root.dataset.state = outcome;
    root.dataset.searches = String(Number(root.dataset.searches ?? 0) + 1);
  };
  const run = async (): Promise<void> => {
    const mine = ++searches;
    const browsing = state.query.trim() === '';
    if (browsing && !hasFilters(state.filters)) {
      list.clear();
      summary.textContent = idleMessage;
      settle('idle');
      return;
    }
    root.dataset.state = 'searching';
    const { shards } = await manifest;
    const search = new ShardedSearch(
      shardWalk(shards, indexLang, state.sort),
      bundleOf,
      browsing ? null : state.query,
      { filters: anyOfEachFacet(state.filters), sort: sortSpec(state.sort, browsing) },
      state.sort,
    );
    const first = await search.extend();
    if (mine !== searches) return;
    const asked = state;
    const searchMore = async (): Promise<ShardedResults> => {
      const more = await search.extend(1);
      if (mine === searches) summary.textContent = summaryText(asked, more);
      return more;
    };
    await list.show(first, searchMore, state.sort === 'oldest');
    if (mine !== searches) return;
    summary.textContent = summaryText(state, first);
    settle('done');
  };
  const search = (): void => {
    run().catch((error: unknown) => {
      root.dataset.state = 'failed';
      summary.textContent = 'Search failed to load. Reload the page to try again.';
      console.error('Search failed:', error);
    });
  };

  const history = urlHistory();
  const update = (next: SearchState): void => {
    history.record(next, state);
    state = next;
    search();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update({ ...state, query: input.value }), TYPING_DEBOUNCE_MS);
  });
  required('search-form', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    if (input.value !== state.query) update({ ...state, query: input.value });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || input.value === '') return;
    event.preventDefault();
    clearTimeout(typing);
    input.value = '';
    update({ ...state, query: '' });
  });

  const filtersToggle = required('search-filters-toggle', HTMLButtonElement);
  const filtersPane = required('search-filters', HTMLElement);
  filtersToggle.addEventListener('click', () => {
    const opening = filtersToggle.getAttribute('aria-expanded') !== 'true';
    filtersToggle.setAttribute('aria-expanded', String(opening));
    filtersPane.classList.toggle('is-open', opening);
  });

  let facets: FacetPane | undefined;
  window.addEventListener('popstate', () => {
    state = parseState(new URLSearchParams(window.location.search));
    input.value = state.query;
    sort.set(state.sort);
    facets?.set(state.filters);
    search();
  });

  // The first search starts before the manifest's other uses: results come first.
  search();

  const { shards, facets: facetNames } = await manifest;
  facets = facetPane(filtersPane, new URL(`facets/${encodeURIComponent(indexLang)}/`, bundleUrl), facetNames[indexLang] ?? [], (filters: Filters) =>
    update({ ...state, filters: normalizeFilters(filters) }),
  );
  facets.set(state.filters);

  const languageBox = required('search-lang-box', HTMLElement);
  languageBox.hidden = !languageControl(required('search-lang', HTMLSelectElement), indexLanguages(shards), indexLang, (lang) => {
    // Another language is another index: start afresh with the query kept.
    window.location.assign(urlFor({ ...state, filters: {}, lang: lang === pageLang ? null : lang }, window.location));
  });
}

main().catch((error: unknown) => {
  console.error('Search could not start:', error);
});
