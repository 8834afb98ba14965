/**
 * Search page: the search lives in the URL. A facet or sort change is a new
 * history entry (the back button undoes it); typing a query replaces the
 * entry while the words keep coming, so back does not step letter by letter.
 */
import { type SearchState, sameState, stateToParams } from './searchState.ts';

/** Query edits closer together than this share one history entry. */
const TYPING_PAUSE_MS = 1500;

export interface UrlHistory {
  record(state: SearchState, previous: SearchState): void;
}

export function urlFor(state: SearchState, location: Location): string {
  const params = stateToParams(state).toString();
  return `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
}

export function urlHistory(): UrlHistory {
  let lastQueryEdit = 0;
  return {
    record(state, previous) {
      if (sameState(state, previous)) return;
      const url = urlFor(state, window.location);
      const onlyQuery = sameState({ ...state, query: previous.query }, previous);
      const now = performance.now();
      if (onlyQuery && now - lastQueryEdit < TYPING_PAUSE_MS) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
      lastQueryEdit = onlyQuery ? now : 0;
    },
  };
}
