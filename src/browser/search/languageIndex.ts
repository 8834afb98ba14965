/**
 * Search page: Pagefind keeps one index per language and loads the one named
 * by `<html lang>` at the moment it starts (pagefind.js reads it once). To
 * search another language's articles, the page presents that language only
 * while the index loads, then restores its own. Switching language again
 * reloads the page (the choice lives in the URL as `?lang=`).
 * https://pagefind.app/docs/multilingual/
 */
import type { ComponentInstance } from './pagefindUi.ts';

export interface IndexLanguage {
  code: string;
  pages: number;
}

interface Entry {
  languages?: Record<string, { page_count?: number }>;
}

/** The languages the built index holds, largest first. */
export async function indexLanguages(bundlePath: string): Promise<IndexLanguage[]> {
  try {
    const response = await fetch(`${bundlePath}pagefind-entry.json`);
    if (!response.ok) return [];
    const entry = (await response.json()) as Entry;
    return Object.entries(entry.languages ?? {})
      .filter(([code]) => code !== 'unknown')
      .map(([code, info]) => ({ code, pages: info.page_count ?? 0 }))
      .sort((a, b) => b.pages - a.pages || a.code.localeCompare(b.code));
  } catch {
    return [];
  }
}

export async function loadIndex(instance: ComponentInstance, lang: string | null): Promise<void> {
  const html = document.documentElement;
  const own = html.getAttribute('lang');
  if (!lang || lang === own?.toLowerCase()) {
    await instance.triggerLoad();
    return;
  }
  html.setAttribute('lang', lang);
  try {
    await instance.triggerLoad();
  } finally {
    if (own === null) html.removeAttribute('lang');
    else html.setAttribute('lang', own);
  }
}
