/**
 * Search page: the facets. Each is a `<details>` in templates/search.njk;
 * its values and counts are fetched from the build's facet files
 * (src/searchIndex/facetCounts.ts) only when a reader opens it, or when the URL
 * already filters on it. Values are sorted by count, ticked ones first;
 * "Show all" fetches the facet's full list. Nothing here asks Pagefind.
 */
import type { FacetFile } from '../../searchIndex/facetCounts.ts';
import type { Filters } from './pagefindApi.ts';

export interface FacetPane {
  /** Ticks exactly these values (the URL's), fetching the facets they are in. */
  set(filters: Filters): void;
}

function isFacetFile(value: unknown): value is FacetFile {
  return typeof value === 'object' && value !== null && Array.isArray((value as FacetFile).values);
}

async function fetchFacet(url: URL): Promise<FacetFile> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
  const file: unknown = await response.json();
  if (!isFacetFile(file)) throw new Error(`${url.pathname}: not a facet file`);
  return file;
}

const COUNT = new Intl.NumberFormat('en');

function valueRow(facet: string, value: string, count: number | null, checked: boolean, id: string): HTMLLIElement {
  const row = document.createElement('li');
  row.className = 'facet__value';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = facet;
  box.value = value;
  box.id = id;
  box.checked = checked;
  const label = document.createElement('label');
  label.htmlFor = id;
  const name = document.createElement('span');
  name.className = 'facet__name';
  name.textContent = value;
  label.append(name);
  if (count !== null) {
    const number = document.createElement('span');
    number.className = 'facet__count';
    number.textContent = COUNT.format(count);
    label.append(' ', number);
  }
  row.append(box, label);
  return row;
}

/**
 * `folderUrl` is the index language's facet folder (`…/pagefind/facets/en/`);
 * `facets` the facets it has files for; `onChange` gets every ticked value.
 */
export function facetPane(root: HTMLElement, folderUrl: URL, facets: readonly string[], onChange: (filters: Filters) => void): FacetPane {
  const groups = [...root.querySelectorAll<HTMLDetailsElement>('details[data-facet]')];
  const selected: Filters = {};
  const files = new Map<string, Promise<FacetFile>>();
  const full = new Set<string>();

  const fileOf = (facet: string, all: boolean): Promise<FacetFile> => {
    const name = all ? `${facet}.all.json` : `${facet}.json`;
    let file = files.get(name);
    if (!file) {
      file = fetchFacet(new URL(name, folderUrl));
      files.set(name, file);
    }
    return file;
  };

  const render = async (group: HTMLDetailsElement): Promise<void> => {
    const facet = group.dataset.facet ?? '';
    const list = group.querySelector<HTMLUListElement>('.facet__values');
    if (!list) return;
    const head = await fileOf(facet, false);
    const file = full.has(facet) && head.all ? await fileOf(facet, true) : head;
    const ticked = selected[facet] ?? [];
    const counts = new Map(file.values);
    // Ticked values first (a value outside the most frequent ones is still shown), then by count.
    const rows = [
      ...ticked.map((value) => [value, counts.get(value) ?? null] as const),
      ...file.values.filter(([value]) => !ticked.includes(value)),
    ];
    list.replaceChildren(...rows.map(([value, count], i) => valueRow(facet, value, count, ticked.includes(value), `facet-${facet}-${i}`)));
    const more = group.querySelector<HTMLButtonElement>('.facet__more');
    if (more) {
      more.hidden = !head.all || full.has(facet);
      more.textContent = `Show all ${COUNT.format(head.total)}`;
    }
    list.setAttribute('aria-busy', 'false');
  };

  const show = (group: HTMLDetailsElement): void => {
    render(group).catch((error: unknown) => {
      const list = group.querySelector('.facet__values');
      if (list) list.textContent = 'These values could not be loaded.';
      console.error(error);
    });
  };

  const ticked = (): void => {
    for (const facet of facets) selected[facet] = [];
    for (const box of root.querySelectorAll<HTMLInputElement>('details[data-facet] input[type="checkbox"]:checked')) {
      (selected[box.name] ??= []).push(box.value);
    }
    updateBadges();
    onChange(Object.fromEntries(Object.entries(selected).filter(([, values]) => values.length > 0)));
  };

  const updateBadges = (): void => {
    for (const group of groups) {
      const badge = group.querySelector('.facet__ticked');
      const count = selected[group.dataset.facet ?? '']?.length ?? 0;
      if (badge) badge.textContent = count > 0 ? `${count} chosen` : '';
    }
    const total = Object.values(selected).reduce((sum, values) => sum + values.length, 0);
    const toggle = document.getElementById('search-filters-toggle-count');
    if (toggle) toggle.textContent = total > 0 ? ` (${total})` : '';
  };

  for (const group of groups) {
    if (!facets.includes(group.dataset.facet ?? '')) {
      group.hidden = true;
      continue;
    }
    group.addEventListener('toggle', () => {
      if (group.open) show(group);
    });
    group.addEventListener('change', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') ticked();
    });
    group.querySelector('.facet__more')?.addEventListener('click', () => {
      full.add(group.dataset.facet ?? '');
      show(group);
    });
  }

  return {
    set(filters) {
      for (const facet of facets) selected[facet] = [...(filters[facet] ?? [])];
      updateBadges();
      for (const group of groups) {
        if (group.hidden) continue;
        const facet = group.dataset.facet ?? '';
        if ((selected[facet]?.length ?? 0) > 0) group.open = true;
        if (group.open) show(group);
      }
    },
  };
}
