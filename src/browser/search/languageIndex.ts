/**
 * Search page: Pagefind keeps one index per language and loads the one named
 * by `<html lang>` at the moment it starts (pagefind.js reads it once). To
 * search another language's articles, the page presents that language only
 * while the index loads, then restores its own. Switching language again
 * reloads the page (the choice lives in the URL as `?lang=`).
 * https://pagefind.app/docs/multilingual/
 */
import type { BundleOptions, ComponentInstance, SearchApi } from './pagefindUi.ts';

export interface IndexLanguage {
  code: string;
  pages: number;
}

/** A shard of the index, as `pagefind/shards.json` lists it (src/index/searchIndex.ts). */
export interface IndexShard {
  bundlePath: string;
  languages?: Record<string, number>;
}

interface Entry {
  languages?: Record<string, { page_count?: number }>;
}

/**
 * The index's shards, newest (the primary bundle) first. A site indexed
 * before shards existed has no list: its one bundle is read for languages.
 */
export async function indexShards(bundlePath: string): Promise<IndexShard[]> {
  try {
    const response = await fetch(`${bundlePath}shards.json`);
    if (response.ok) {
      const manifest = (await response.json()) as { shards?: IndexShard[] };
      if (Array.isArray(manifest.shards) && manifest.shards.length > 0) return manifest.shards;
    }
    const entry = await fetch(`${bundlePath}pagefind-entry.json`);
    if (!entry.ok) return [{ bundlePath }];
    const languages = ((await entry.json()) as Entry).languages ?? {};
    return [{ bundlePath, languages: Object.fromEntries(Object.entries(languages).map(([code, info]) => [code, info.page_count ?? 0])) }];
  } catch {
    return [{ bundlePath }];
  }
}

/** The languages the built index holds across its shards, largest first. */
export function indexLanguages(shards: readonly IndexShard[]): IndexLanguage[] {
  const pages = new Map<string, number>();
  for (const shard of shards) {
    for (const [code, count] of Object.entries(shard.languages ?? {})) pages.set(code, (pages.get(code) ?? 0) + count);
  }
  return [...pages]
    .filter(([code]) => code !== 'unknown')
    .map(([code, count]) => ({ code, pages: count }))
    .sort((a, b) => b.pages - a.pages || a.code.localeCompare(b.code));
}

/** Runs `load` with `<html lang>` set to `lang`: Pagefind picks its index language from it. */
async function asLanguage<T>(lang: string | null, load: () => Promise<T>): Promise<T> {
  const html = document.documentElement;
  const own = html.getAttribute('lang');
  if (!lang || lang === own?.toLowerCase()) return load();
  html.setAttribute('lang', lang);
  try {
    return await load();
  } finally {
    if (own === null) html.removeAttribute('lang');
    else html.setAttribute('lang', own);
  }
}

export async function loadIndex(instance: ComponentInstance, lang: string | null): Promise<void> {
  await asLanguage(lang, () => instance.triggerLoad());
}

interface PagefindModule {
  createInstance(options: { basePath: string } & BundleOptions): SearchApi & { init(): Promise<void> };
}

/** One bundle on its own, in the chosen language (see shardOrder.ts). */
export async function loadBundle(bundlePath: string, lang: string | null, options: BundleOptions = {}): Promise<SearchApi> {
  // A URL held in a variable stays a runtime import: the bundle is the site's, not part of this script.
  const moduleUrl = '/pagefind/pagefind.js';
  const pagefind = (await import(moduleUrl)) as PagefindModule;
  return asLanguage(lang, async () => {
    const api = pagefind.createInstance({ ...options, basePath: bundlePath });
    await api.init();
    return api;
  });
}
