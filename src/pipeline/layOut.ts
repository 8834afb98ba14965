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
import type { Article } from '../model/article.ts';
import type { PagesWritten } from '../searchIndex/searchIndex.ts';
import { PassGarbage } from './passGarbage.ts';
import { counted } from '../text/counted.ts';

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

/**
 * Which pass writes each article page, and when each pass has written its pages: what an index made while the
 * layout runs waits for (a cold build's: searchIndex.ts). A pass's pages are all on disk when its Eleventy run's
 * `write()` resolves. An article no pass lays out is taken to be on disk already (turn -1).
 */
export class LayoutTurns implements PagesWritten {
  private readonly passOf = new Map<string, number>();
  private readonly written: Array<{ promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void }>;
  /** Resolved once the index has sent the shards of each pass's pages (or needs none, or stopped). */
  private readonly shardsSent: Array<{ promise: Promise<void>; resolve: () => void }>;

  constructor(passes: readonly LayoutPass[]) {
    passes.forEach((pass, index) => {
      for (const page of pass.articlePages) this.passOf.set(page.article.url, index);
    });
    this.written = passes.map(() => {
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
      // A failed layout is the layout's error; an index that waits is told too, and must not make it unhandled.
      promise.catch(() => undefined);
      return { promise, resolve, reject };
    });
    this.shardsSent = passes.map(() => {
      let resolve!: () => void;
      const promise = new Promise<void>((yes) => (resolve = yes));
      return { promise, resolve };
    });
  }

  sent(turn: number): void {
    this.shardsSent.forEach((pass, index) => index <= turn && pass.resolve());
  }

  /**
   * Once the index has sent Pagefind the shards pass `index` completed: the next pass waits for it, as Eleventy would
   * otherwise hold the event loop (its rendering is a long run of promise jobs) and the shards would wait for a turn.
   * The index says `sent(Infinity)` when it stops, however it stops.
   */
  sentAfter(index: number): Promise<void> {
    return this.shardsSent[index]?.promise ?? Promise.resolve();
  }

  turn(articles: readonly Article[]): number {
    return articles.reduce((last, article) => Math.max(last, this.passOf.get(article.url) ?? -1), -1);
  }

  after(turn: number): Promise<void> {
    return this.written[turn]?.promise ?? Promise.resolve();
  }

  /** Pass `index` has written its pages. */
  passWritten(index: number): void {
    this.written[index]?.resolve();
  }

  /** The layout stopped: every pass not yet written never will be. */
  failed(error: unknown): void {
    for (const pass of this.written) pass.reject(error);
  }
}

/** What the layout tells as it runs: `hooks` around each Eleventy run, `turns` as each pass is written. */
export interface LayoutWatchers {
  hooks?: PassHooks;
  turns?: LayoutTurns;
}

/** Runs the plan's passes into `outputDir`, with progress by page. */
export async function layOut(
  context: BuildContext,
  data: SiteData,
  passes: readonly LayoutPass[],
  outputDir: string,
  { hooks, turns }: LayoutWatchers = {},
): Promise<number> {
  const total = passes.reduce((sum, pass) => sum + pageCount(pass), 0);
  const progress = context.reporter.stage('layout', total);
  let done = 0;
  // A finished pass's pages are garbage: collected once they outweigh the allowance and half what is alive (passGarbage.ts).
  const garbage = new PassGarbage(context.collectGarbage);
  try {
    for (const [index, pass] of passes.entries()) {
      await hooks?.before(pass);
      await runEleventy({ outputDir, site: context.site, data, configPath: context.options.configPath }, [pass]);
      hooks?.after(pass);
      turns?.passWritten(index);
      await turns?.sentAfter(index);
      // After the pass's shards are sent: Pagefind starts on them while this thread collects. Between passes only:
      // after the last nothing more is laid out, and a full collection of npm start's heap was 0.2-0.3 s of each edit.
      if (index < passes.length - 1) garbage.afterPass();
      progress.tick((done += pageCount(pass)));
    }
  } catch (error) {
    turns?.failed(error);
    throw error;
  }
  progress.end(`${counted(total, 'page')} in ${counted(passes.length, 'Eleventy run')}`);
  return total;
}
