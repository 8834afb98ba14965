/**
 * Lay out, for both drivers: which pages a build must lay out — every page
 * without a previous fingerprint, else those whose data changed
 * (changedPages.ts) — as Eleventy runs of bounded size, and running them.
 */
import { planLayoutPasses, splitPass, type LayoutPass } from '../layout/layoutPasses.ts';
import { runEleventy } from '../layout/runEleventy.ts';
import type { SiteData } from '../layout/siteData.ts';
import { changedPages, everyPage, fingerprint, pageCount, type FingerprintMemo, type LayoutFingerprint, type PageChanges } from './changedPages.ts';
import type { BuildContext } from './context.ts';

export interface LayoutPlan {
  /** The fingerprint of the data laid out, for the next build. */
  fingerprint: LayoutFingerprint;
  changes: PageChanges;
  /** Eleventy runs, none when nothing changed. */
  passes: LayoutPass[];
}

/** `memo`: what the previous fingerprint kept (the preview's, between updates), so unchanged pages are compared, not hashed. */
export function planLayout(data: SiteData, previous: LayoutFingerprint | undefined, maxPages?: number, memo?: FingerprintMemo): LayoutPlan {
  const next = fingerprint(data, memo);
  const changes = previous ? changedPages(previous, next, data) : everyPage(data);
  const passes = changes.whole
    ? planLayoutPasses(data, maxPages)
    : changes.pages > 0 || changes.pass.first
      ? splitPass(changes.pass, maxPages)
      : [];
  return { fingerprint: next, changes, passes };
}

/** What a driver does around each Eleventy run (a build reads the pass's bodies before and lets them go after: src/pipeline/storedBodies.ts). */
export interface PassHooks {
  before(pass: LayoutPass): Promise<void>;
  after(pass: LayoutPass): void;
}

/** Runs the plan's passes into `outputDir`, with progress by page. */
export async function layOut(context: BuildContext, data: SiteData, passes: readonly LayoutPass[], outputDir: string, hooks?: PassHooks): Promise<number> {
  const total = passes.reduce((sum, pass) => sum + pageCount(pass), 0);
  const progress = context.reporter.stage('layout', total);
  let done = 0;
  for (const pass of passes) {
    await hooks?.before(pass);
    await runEleventy({ outputDir, site: context.site, data, configPath: context.options.configPath }, [pass]);
    hooks?.after(pass);
    progress.tick((done += pageCount(pass)));
  }
  progress.end(`${total.toLocaleString('en-US')} pages in ${passes.length} Eleventy run${passes.length === 1 ? '' : 's'}`);
  return total;
}
