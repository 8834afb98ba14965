/**
 * Search page: the result list. Results are shown a page at a time: the
 * fragments of one page are fetched together and the page is put in at
 * once, below what is there, so nothing above moves. "More results" shows
 * the next page; when the shards searched so far are used up, it searches
 * the next, older (or, oldest first, newer) shards.
 *
 * Keyboard, as in WAI-ARIA's combobox pattern: ↓ from the search box moves
 * to the first result, ↑/↓ move through the results, ↑ from the first and
 * Escape from any return to the box.
 */
import type { ResultData } from './pagefindApi.ts';
import { renderResult } from './resultView.ts';
import type { ShardedHit, ShardedResults } from './shardedSearch.ts';

/**
 * Results per page: a first screen's worth and a few more (each is a fragment
 * to fetch; ten would leave a first search little room under 25 requests).
 */
export const PAGE_SIZE = 8;

export interface ResultListOptions {
  list: HTMLOListElement;
  more: HTMLButtonElement;
  input: HTMLInputElement;
  /** The index's language, when it is not the page's. */
  lang: string | null;
}

export interface ResultList {
  /**
   * Replaces the list with the first page of `results`; `searchMore` searches
   * the next shards, later years when `walksForward` (oldest first), else earlier.
   */
  show(results: ShardedResults, searchMore: () => Promise<ShardedResults>, walksForward: boolean): Promise<void>;
  clear(): void;
}

const YEAR = (date: string | undefined): string => date?.slice(0, 4) ?? '';

export function spanLabel(from: string | undefined, to: string | undefined): string {
  const a = YEAR(from);
  const b = YEAR(to);
  return a === b ? a : `${a}–${b}`;
}

export function resultList(options: ResultListOptions): ResultList {
  const { list, more, input } = options;
  let generation = 0;
  let hits: ShardedHit[] = [];
  let shown = 0;
  let current: ShardedResults | null = null;
  let searchMore: (() => Promise<ShardedResults>) | null = null;
  let forward = false;

  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('a.result__link')];

  const updateMore = (): void => {
    if (!current) {
      more.hidden = true;
      return;
    }
    if (shown < hits.length) {
      more.hidden = false;
      more.textContent = 'More results';
    } else if (current.remaining.length > 0) {
      const span = current.remaining.flatMap((shard) => [shard.from, shard.to]).filter((date): date is string => Boolean(date)).sort();
      const years = span.length > 0 ? ` (${spanLabel(span[0], span.at(-1))})` : '';
      more.hidden = false;
      more.textContent = `Search ${forward ? 'later' : 'earlier'} years${years}`;
    } else {
      more.hidden = true;
    }
  };

  const showPage = async (mine: number): Promise<void> => {
    const page = hits.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map((hit) => hit.data()));
    if (mine !== generation) return;
    const items = data.map((one: ResultData) => renderResult(one, options.lang));
    const focusAfter = shown > 0 && document.activeElement === more;
    list.append(...items);
    shown += page.length;
    list.setAttribute('aria-busy', 'false');
    updateMore();
    // The reader asked for more with the keyboard: go on from the first new result.
    if (focusAfter) items[0]?.querySelector<HTMLAnchorElement>('a.result__link')?.focus();
  };

  more.addEventListener('click', () => {
    const mine = generation;
    if (shown < hits.length) {
      showPage(mine).catch(console.error);
      return;
    }
    if (!searchMore) return;
    more.disabled = true;
    searchMore()
      .then(async (results) => {
        if (mine !== generation) return;
        const before = new Set(hits.slice(0, shown));
        current = results;
        // What is shown stays where it is; the newly found are listed after it, in their order.
        hits = [...hits.slice(0, shown), ...results.hits.filter((hit) => !before.has(hit))];
        await showPage(mine);
      })
      .catch(console.error)
      .finally(() => {
        more.disabled = false;
      });
  });

  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });

  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      (all[at + 1] ?? all[at])?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1]?.focus();
    }
  });

  return {
    async show(results, next, walksForward) {
      const mine = ++generation;
      forward = walksForward;
      current = results;
      searchMore = next;
      hits = results.hits;
      shown = 0;
      list.setAttribute('aria-busy', 'true');
      const page = hits.slice(0, PAGE_SIZE);
      // Fetch before emptying: the old results stay until the new ones can take their place.
      await Promise.all(page.map((hit) => hit.data()));
      if (mine !== generation) return;
      list.replaceChildren();
      await showPage(mine);
    },
    clear() {
      generation++;
      current = null;
      hits = [];
      shown = 0;
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      updateMore();
    },
  };
}
