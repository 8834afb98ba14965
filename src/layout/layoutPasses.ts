/**
 * Lay out in passes: Eleventy keeps every page it renders in memory until
 * the run ends (about 60 KB a page here, measured: 1.7 GB for the 27,000
 * pages of a 10k archive), so a large archive is laid out by several Eleventy
 * runs, one after another, each given a slice of the paginated collections.
 * Memory is bounded by a pass, not by the archive. The first pass also lays
 * out the pages that are not paginated (feeds, sitemap, search, about, 404).
 * Templates paginate over `archive.pass.*`; everything else they read
 * (`archive.years` in the footer, say) is the whole archive in every pass.
 */
import type { SiteData } from './siteData.ts';

/** The collections templates paginate over, one page per item. */
export const PAGINATED = ['articlePages', 'homePages', 'days', 'months', 'years', 'taxonomies', 'termPages', 'quotePages'] as const;
export type Paginated = (typeof PAGINATED)[number];

export type LayoutPass = { [K in Paginated]: SiteData[K] } & {
  /** The first pass lays out the pages that are not paginated too. */
  first: boolean;
};

/** Templates that are not paginated: laid out by the first pass only. */
export const UNPAGINATED_TEMPLATES = ['404.njk', 'about.md', 'feed-atom.njk', 'feed-json.njk', 'search.njk', 'sitemap.njk', 'sitemap-part.njk'];

/**
 * Pages per pass. Each pass costs Eleventy's start-up (about 0.1 s of CPU after
 * the first, measured with bench/layoutStage.ts; the first loads Eleventy and the
 * templates, about 0.5 s); each page it holds costs memory. The build's peak, cold at 10k (measured, load 2–7):
 * 10,000 pages a pass 1.88 GB, 5,000 1.58 GB, 3,000 1.41 GB, 2,500 1.15 GB, for
 * 6 s more layout (28.9 → 35.1 s) at 2,500. Issue 11 asks ≤ 1.5 GB a process:
 * at 2,500 Node's own peak was 1,430 MiB in session 5's quiet run, and in session 6
 * a pass of 2,500 article pages took Node from 548 to 1,255 MiB (10k cold, load 25),
 * with the search index's worker beside it. At 1,500 a cold 10k build has 16 passes
 * instead of 10 (about 0.6 s more CPU) and a cold build's index starts sooner: the
 * first shards' pages are written by a smaller first pass (src/pipeline/layOut.ts).
 */
export const DEFAULT_PASS_PAGES = 1_500;

/** A pass with no paginated pages; `first` says whether it lays out the unpaginated ones. */
export function emptyPass(first: boolean): LayoutPass {
  return { first, articlePages: [], homePages: [], days: [], months: [], years: [], taxonomies: [], termPages: [], quotePages: [] };
}

/** Everything in one pass (the dev server, and any archive under `maxPages`). */
export function wholeArchivePass(data: SiteData): LayoutPass {
  const pass = emptyPass(true);
  for (const key of PAGINATED) (pass[key] as unknown[]) = data[key];
  return pass;
}

/** Fills passes of at most `maxPages` pages, collection after collection. */
export function planLayoutPasses(data: Pick<SiteData, Paginated>, maxPages: number = DEFAULT_PASS_PAGES): LayoutPass[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) {
    throw new Error(`Unexpected pages per layout pass ${maxPages}, expected a whole number above 0`);
  }
  const passes: LayoutPass[] = [emptyPass(true)];
  let room = maxPages;
  for (const key of PAGINATED) {
    const items: readonly unknown[] = data[key];
    let start = 0;
    while (start < items.length) {
      if (room === 0) {
        passes.push(emptyPass(false));
        room = maxPages;
      }
      const end = Math.min(items.length, start + room);
      const pass = passes.at(-1) as LayoutPass;
      (pass[key] as unknown[]) = (pass[key] as unknown[]).concat(items.slice(start, end));
      room -= end - start;
      start = end;
    }
  }
  return passes;
}

/** A pass too large for one run (the preview's after a template change), as runs of at most `maxPages`. */
export function splitPass(pass: LayoutPass, maxPages: number = DEFAULT_PASS_PAGES): LayoutPass[] {
  return planLayoutPasses(pass, maxPages).map((part, i) => ({ ...part, first: pass.first && i === 0 }));
}
