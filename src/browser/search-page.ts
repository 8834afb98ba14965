/**
 * Search page: Pagefind's Component UI does the searching, the input, the
 * facet pane, the result list, keyboard navigation and the screen-reader
 * announcements. This wires in what it does not do: the state in the URL
 * (`?q=` from the header's box included), OR within a facet, browsing by
 * facets without a query, sort order, the index language and the result
 * layout, with quotes as results of their own.
 */
import { sortControl, languageControl } from './search/controls.ts';
import { indexLanguages, indexShards, loadBundle, loadIndex } from './search/languageIndex.ts';
import { defaultInstance, type ResultsElement } from './search/pagefindUi.ts';
import { renderResult } from './search/resultView.ts';
import { applySearchPolicy, combineFacetValuesWithOr, type SearchPolicy } from './search/searchPolicy.ts';
import { orderShardsByDate } from './search/shardOrder.ts';
import { hasFilters, normalizeFilters, parseState, type SearchState } from './search/searchState.ts';
import { urlFor, urlHistory } from './search/urlHistory.ts';

const BUNDLE_PATH = '/pagefind/';

/**
 * Pagefind favours short pages by default (pageLength 0.75), which would rank
 * a one-sentence quote above the article it comes from; an archive's articles
 * are long by nature, so length counts for little here.
 * https://pagefind.app/docs/ranking/
 */
const RANKING = { pageLength: 0.1 };
/** As `highlight-param` on `<pagefind-config>` in templates/search.njk; merged bundles need it too. */
const HIGHLIGHT_PARAM = 'highlight';
/** A merged bundle is a Pagefind instance of its own: it takes none of the primary's options. */
const BUNDLE_OPTIONS = { ranking: RANKING, highlightParam: HIGHLIGHT_PARAM };

function byId<T extends HTMLElement>(id: string, type: { new (): T }): T | null {
  const found = document.getElementById(id);
  return found instanceof type ? found : null;
}

/** The bundle paths the page lists in `#search-bundles` (templates/search.njk). */
function mergedBundles(): string[] {
  try {
    const listed: unknown = JSON.parse(document.getElementById('search-bundles')?.textContent ?? '[]');
    return Array.isArray(listed) ? listed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

async function main(): Promise<void> {
  // A large archive's index is several bundles (src/index/searchShards.ts), the older ones merged in. Their
  // list is read from the page, not fetched: focusing the search box loads the index, merging must be set by then.
  const mergeIndex = mergedBundles().map((bundlePath) => ({ bundlePath, ...BUNDLE_OPTIONS }));
  const instance = await defaultInstance({ ranking: RANKING, mergeIndex });
  let state: SearchState = parseState(new URLSearchParams(window.location.search));
  const pageLang = (document.documentElement.lang || 'en').toLowerCase();
  const indexLang = state.lang ?? pageLang;

  // Before anything is awaited: a reader typing at once gets results in this layout, with this policy.
  const results = document.querySelector<ResultsElement>('pagefind-results');
  if (results) results.resultTemplate = (data) => renderResult(data, indexLang === pageLang ? null : indexLang);

  const policy: SearchPolicy = { sort: state.sort };
  applySearchPolicy(instance, policy);
  const shards = await indexShards(BUNDLE_PATH);

  const controls = document.getElementById('search-controls');
  const sortSelect = byId('search-sort', HTMLSelectElement);
  const sort = sortSelect
    ? sortControl(sortSelect, (sort) => {
        policy.sort = sort;
        instance.triggerSearchWithFilters(instance.searchTerm, { ...instance.searchFilters });
      })
    : null;
  sort?.set(state.sort);

  const languageSelect = byId('search-lang', HTMLSelectElement);
  const languageBox = document.getElementById('search-lang-box');
  if (languageSelect && languageBox) {
    const shown = languageControl(languageSelect, indexLanguages(shards), indexLang, (lang) => {
      // Another language is another index: start afresh with the query kept.
      const next: SearchState = { ...state, filters: {}, lang: lang === pageLang ? null : lang };
      window.location.assign(urlFor(next, window.location));
    });
    languageBox.hidden = !shown;
  }
  if (controls) controls.hidden = false;

  await loadIndex(instance, state.lang);
  if (instance.__pagefind__) {
    orderShardsByDate(instance.__pagefind__, shards, (bundlePath) => loadBundle(bundlePath, state.lang, BUNDLE_OPTIONS));
  }
  combineFacetValuesWithOr(instance);

  let restoring = false;
  const apply = (next: SearchState): void => {
    restoring = true;
    try {
      policy.sort = next.sort;
      sort?.set(next.sort);
      instance.triggerSearchWithFilters(next.query, { ...next.filters });
    } finally {
      restoring = false;
    }
  };

  const history = urlHistory();
  instance.on('search', (term, filters) => {
    if (restoring) return;
    const next: SearchState = { ...state, query: term, filters: normalizeFilters(filters), sort: policy.sort };
    history.record(next, state);
    state = next;
  });
  window.addEventListener('popstate', () => {
    state = parseState(new URLSearchParams(window.location.search));
    apply(state);
  });

  // A reader may have typed while the index loaded (longer with several shards): keep those words. The
  // Component UI searches them itself; searching them again would only empty and refill the list.
  const typed = instance.searchTerm.trim() || document.querySelector<HTMLInputElement>('pagefind-input input')?.value.trim();
  if (!state.query && typed) {
    state = { ...state, query: typed };
    if (!hasFilters(state.filters)) return;
  }
  apply(state);
}

main().catch((error: unknown) => {
  console.error('Search could not start:', error);
});
