/**
 * Search page: the controls beside the search box — sort order and index
 * language. Their markup is in templates/search.njk (the language choice
 * shown from the first paint when the archive has more than one); this
 * script fills and wires them.
 */
import type { IndexLanguage } from './searchManifest.ts';
import { SORT_ORDERS, type SortOrder } from './searchState.ts';

function isSortOrder(value: string): value is SortOrder {
  return (SORT_ORDERS as readonly string[]).includes(value);
}

export interface SortControl {
  set(sort: SortOrder): void;
}

export function sortControl(select: HTMLSelectElement, onChange: (sort: SortOrder) => void): SortControl {
  select.addEventListener('change', () => {
    if (isSortOrder(select.value)) onChange(select.value);
  });
  return {
    set(sort) {
      select.value = sort;
    },
  };
}

export function languageName(code: string, inLanguage: string): string {
  try {
    const names = new Intl.DisplayNames([inLanguage], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Fills the language choice; shown only when the index holds more than one. */
export function languageControl(
  select: HTMLSelectElement,
  languages: readonly IndexLanguage[],
  current: string,
  onChange: (lang: string) => void,
): boolean {
  if (languages.length < 2) return false;
  const uiLanguage = document.documentElement.lang || 'en';
  select.replaceChildren(
    ...languages.map(({ code, pages }) => {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = `${languageName(code, uiLanguage)} (${pages})`;
      option.selected = code === current;
      return option;
    }),
  );
  select.addEventListener('change', () => onChange(select.value));
  return true;
}
