/**
 * Bodies read when a page needs them. A build of one changed article lays out a few dozen pages, but what the
 * site data and the page fingerprints need of every other article is its first paragraph (the summary), its
 * render problems (an article with one is not published) and a digest of its HTML (its page's fingerprint):
 * the source state keeps these three per file (sourceState.ts), so an unchanged article's body stays in the
 * render cache until its own page or a feed shows it. At 100,000 articles that is 100,000 cache files not
 * read and about 500 MB of HTML not held by every build. A body rendered by this build is let go too (it is in
 * the cache): a cold build reads each one back for the layout pass that writes its page, and lets it go after.
 */
import { mapConcurrent } from '../util/mapConcurrent.ts';
import type { Article } from '../model/article.ts';
import type { RenderOutput, RenderProblem } from '../render/renderBody.ts';
import { renderBody } from '../render/renderBody.ts';
import type { RenderCache } from '../render/renderCache.ts';
import { processFile } from './sourceStages.ts';
import { articleDigest, htmlDigest } from './bodyDigests.ts';

/** What the build state keeps of a file's rendered body, and of the article made of it. */
export interface StoredBody {
  firstParagraph: string;
  problems: RenderProblem[];
  /** htmlDigest() of the HTML. */
  digest: string;
  /** articleDigest() of the article, when it is published (no render problems). */
  article?: string;
}

export function storedBody(output: RenderOutput, article: Article | undefined): StoredBody {
  return { firstParagraph: output.firstParagraph, problems: output.problems, digest: htmlDigest(output.html), ...(article ? { article: articleDigest(article) } : {}) };
}

/** A body's stand-in until it is loaded: no HTML yet. */
export function unloadedOutput(stored: StoredBody): RenderOutput {
  return { html: '', firstParagraph: stored.firstParagraph, problems: stored.problems };
}

interface Unloaded {
  renderKey: string;
  /** The source file, and its path in messages: rendered again should the cache have lost the body. */
  filePath: string;
  displayPath: string;
}

/** Cache reads in flight at once (as the render stage's). */
const IO_CONCURRENCY = 64;

/** The archive's bodies: each one's digest, and where each article's HTML is while it is not in memory. */
export class ArchiveBodies {
  /** Article → htmlDigest() of its body, for the page fingerprints (changedPages.ts). */
  readonly digests = new WeakMap<object, string>();
  /** Article → articleDigest(), likewise. */
  readonly articleDigests = new WeakMap<object, string>();
  private readonly stored = new Map<Article, Unloaded>();
  private readonly loaded = new Set<Article>();
  /** Bodies read from the render cache (or rendered again) so far. */
  reads = 0;

  constructor(
    private readonly cache: RenderCache,
    private readonly today: Date,
  ) {}

  /** An article whose `html` is empty until load(); its body is in the render cache under `unloaded.renderKey`. */
  add(article: Article, stored: StoredBody, unloaded: Unloaded): void {
    this.digests.set(article, stored.digest);
    this.articleDigests.set(article, stored.article ?? articleDigest(article));
    this.stored.set(article, unloaded);
    article.html = '';
  }

  /** How many articles have no HTML in memory. */
  get pending(): number {
    return this.stored.size - this.loaded.size;
  }

  /** Fills in the `html` of those of `articles` that have none in memory; returns how many were read. */
  async load(articles: Iterable<Article>): Promise<number> {
    const wanted = [...new Set(articles)].filter((article) => this.stored.has(article) && !this.loaded.has(article));
    await mapConcurrent(wanted, IO_CONCURRENCY, async (article) => {
      const unloaded = this.stored.get(article)!;
      const output = (await this.cache.get(unloaded.renderKey)) ?? (await this.renderAgain(unloaded));
      article.html = output.html;
      this.loaded.add(article);
    });
    this.reads += wanted.length;
    return wanted.length;
  }

  /** Lets the HTML of `articles` go again (once their pages are written): a cold build holds one layout pass's bodies, not the archive's. */
  unload(articles: Iterable<Article>): void {
    for (const article of articles) {
      if (!this.loaded.delete(article)) continue;
      article.html = '';
    }
  }

  /** A body the cache lost since loading: the file is read and rendered again (and cached). */
  private async renderAgain({ filePath, displayPath, renderKey }: Unloaded): Promise<RenderOutput> {
    const again = await processFile(filePath, displayPath, { today: this.today, cache: this.cache, state: undefined, timings: { validate: 0 } }, false);
    const input = again.kept?.input;
    if (!input || this.cache.keyOf(input) !== renderKey) {
      throw new Error(
        `${displayPath}:1:1: Unexpected change to this file during the build, expected it as it was loaded (run the build again)`,
      );
    }
    const output = await renderBody(input);
    await this.cache.set(renderKey, output);
    return output;
  }
}
