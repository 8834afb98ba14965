/**
 * Index: the facet values and their counts, computed at build time from the
 * articles (the build knows every one), so the search page never has to ask
 * Pagefind for them: Pagefind's `filters()` fetches every filter chunk of
 * every bundle, which at 100,000 articles is megabytes before the first
 * result. Written per index language and per facet, as small JSON files the
 * search page loads only when a reader opens that facet:
 *
 *   pagefind/facets/<lang>/<facet>.json      the most frequent values
 *   pagefind/facets/<lang>/<facet>.all.json  every value (only when there are more)
 *
 * A count is of search records — articles and quotes alike, as the results
 * list them — and values are sorted by count, then by name.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../model/article.ts';
import { indexLanguage } from '../model/article.ts';
import { articleFilters, quoteRecords, UNLISTED_FILTERS } from './quoteRecords.ts';

/** Values in a facet's first file; the rest are in its `.all.json`. */
export const TOP_FACET_VALUES = 30;
export const FACETS_DIR = 'facets';

export interface FacetFile {
  facet: string;
  /** Values in the whole index language, here or not. */
  total: number;
  /** `[value, records]`, most records first. */
  values: Array<[string, number]>;
  /** Set when `values` is the head of a longer list. */
  all?: string;
}

type Counts = Map<string, Map<string, Map<string, number>>>;

function add(counts: Counts, lang: string, filters: Record<string, string[]>): void {
  let facets = counts.get(lang);
  if (!facets) counts.set(lang, (facets = new Map()));
  for (const [facet, values] of Object.entries(filters)) {
    if (UNLISTED_FILTERS.includes(facet)) continue;
    let byValue = facets.get(facet);
    if (!byValue) facets.set(facet, (byValue = new Map()));
    for (const value of new Set(values)) byValue.set(value, (byValue.get(value) ?? 0) + 1);
  }
}

/** Counts per language, facet and value, of the records the index holds (added to `counts`, if given). */
export function facetCounts(articles: readonly Article[], counts: Counts = new Map()): Counts {
  for (const article of articles) {
    const lang = indexLanguage(article);
    add(counts, lang, articleFilters(article));
    for (const record of quoteRecords(article)) add(counts, lang, record.filters ?? {});
  }
  return counts;
}

export function sortedValues(byValue: ReadonlyMap<string, number>): Array<[string, number]> {
  return [...byValue].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Articles counted between two turns of the event loop (about 30 ms at 10k; searchIndex.ts counts while Pagefind runs). */
const COUNTED_AT_ONCE = 1_000;

/** Writes the facet files into `bundleDir` (the primary bundle); returns the facets per language. */
export async function writeFacetFiles(bundleDir: string, articles: readonly Article[]): Promise<Record<string, string[]>> {
  const written: Record<string, string[]> = {};
  const counts: Counts = new Map();
  for (let start = 0; start < articles.length; start += COUNTED_AT_ONCE) {
    facetCounts(articles.slice(start, start + COUNTED_AT_ONCE), counts);
    await new Promise((resolve) => setImmediate(resolve));
  }
  for (const [lang, facets] of counts) {
    const dir = path.join(bundleDir, FACETS_DIR, lang);
    await mkdir(dir, { recursive: true });
    written[lang] = [...facets.keys()].sort();
    for (const [facet, byValue] of facets) {
      const values = sortedValues(byValue);
      const head: FacetFile = { facet, total: values.length, values: values.slice(0, TOP_FACET_VALUES) };
      if (values.length > TOP_FACET_VALUES) {
        head.all = `${facet}.all.json`;
        const all: FacetFile = { facet, total: values.length, values };
        await writeFile(path.join(dir, head.all), JSON.stringify(all));
      }
      await writeFile(path.join(dir, `${facet}.json`), JSON.stringify(head));
    }
  }
  return written;
}
