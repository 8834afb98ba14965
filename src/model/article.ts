/**
 * An article as the templates see it: validated frontmatter, its permanent
 * URL, and the rendered, sanitised body.
 */
import type { ArticleUrl } from '../validate/articleUrl.ts';
import type { Frontmatter, Quote } from '../validate/schema.ts';

export interface ArticleQuote extends Quote {
  /** Anchor of the quote in the article body. */
  id: string;
}

export interface Article extends Omit<Frontmatter, 'quotes' | 'summary'>, ArticleUrl {
  /** Path of the source file, relative to the project (for messages). */
  inputPath: string;
  /** Writing direction of `lang`. */
  dir: 'ltr' | 'rtl';
  quotes: ArticleQuote[];
  /** The summary from frontmatter, or the first paragraph. */
  summary: string;
  /** Sanitised HTML of the body. */
  html: string;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku-arab', 'pa-arab', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The anchor of an article's quote in its body (`#quote-1`, …): render marks it, layout links to it. */
export function quoteId(index: number): string {
  return `quote-${index + 1}`;
}

/**
 * The search index an article's page and its quote records go to: Pagefind
 * splits its index by language, keyed by the page's `<html lang>` lowercased.
 */
export function indexLanguage(article: Pick<Article, 'lang'>): string {
  return (article.lang ?? 'en').toLowerCase();
}

export function directionOf(lang: string): 'ltr' | 'rtl' {
  const lower = lang.toLowerCase();
  const primary = lower.split('-')[0] ?? lower;
  return RTL_LANGUAGES.has(primary) || RTL_LANGUAGES.has(lower) || /-arab\b/.test(lower) ? 'rtl' : 'ltr';
}

/** Newest first; ties by URL, so the order is stable across builds. */
export function byDateDescending(a: Article, b: Article): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}
