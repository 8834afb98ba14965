/**
 * Lay out: the pieces several pages share — breadcrumbs, the compact list of headlines, an article's
 * summary, the pager, a list of quotes, a ranking — written by TypeScript once: the article page
 * (articlePage.ts) calls them, and the Nunjucks pages call the same functions as shortcodes
 * (`{% breadcrumbs crumbs, currentLabel %}`, `{% articleList items, listDate %}`, `{% articleSummary item, level %}`,
 * `{% pager page, label %}`, `{% quoteList quoteRefs %}`, `{% ranking rows, id, title, unit %}`).
 * Every value from content is escaped by `html` (html.ts), as the Nunjucks partials' autoescape did.
 */
import type { Article } from '../../model/article.ts';
import type { Link } from '../dateArchive.ts';
import type { EleventyConfig } from '../eleventyConfig.ts';
import type { LayoutFilters } from '../filters.ts';
import { html, truncate, type Html } from '../html.ts';
import type { Page } from '../paginate.ts';
import type { Ranked } from '../profiles.ts';
import type { QuoteRef } from '../quotes.ts';

export interface Breadcrumbs {
  /** The pages above this one, from Home. */
  crumbs: readonly Link[];
  /** The page itself. */
  current: string | number;
  /** The current label's language and direction, when it is content (an article's headline). */
  lang?: string | undefined;
  dir?: string | undefined;
  /** A modifier class (`breadcrumbs--article`). */
  className?: string | undefined;
}

export function breadcrumbs(trail: Breadcrumbs, siteLang: string): Html {
  return html`<nav class="breadcrumbs${trail.className ? html` ${trail.className}` : ''}" aria-label="Breadcrumb" lang="${siteLang}" dir="ltr">
  <ol>${trail.crumbs.map(
    (crumb) => html`
    <li><a href="${crumb.url}">${crumb.label}</a></li>`,
  )}
    <li><span aria-current="page"${trail.lang ? html` lang="${trail.lang}" dir="${trail.dir}"` : ''}>${trail.current}</span></li>
  </ol>
</nav>
`;
}

type ListedArticle = Pick<Article, 'url' | 'lang' | 'dir' | 'title' | 'date' | 'dateline' | 'source'>;
type SummarisedArticle = ListedArticle & Pick<Article, 'summary'>;

/** A compact list of headlines with date, place and outlet; `showDate: false` leaves the date out (a month's days). */
export function articleList(items: readonly ListedArticle[], filters: Pick<LayoutFilters, 'readableDate'>, showDate = true): Html {
  return html`<ul class="compact-list">${items.map(
    (item) => html`
  <li class="compact-list__item">
    <a href="${item.url}" lang="${item.lang}" dir="${item.dir}">${item.title}</a>
    <span class="compact-list__meta">${
      showDate ? html`<time datetime="${item.date}">${filters.readableDate(item.date)}</time>${item.dateline ? ' · ' : ''}` : ''
    }${item.dateline?.place} · ${item.source.outlet}</span>
  </li>`,
  )}
</ul>
`;
}

/** An article's headline, meta line (place, date, source) and teaser; `level` is the heading's (2). */
export function articleSummary(item: SummarisedArticle, filters: Pick<LayoutFilters, 'readableDate' | 'teaser'>, siteLang: string, level = 2): Html {
  const { source } = item;
  return html`<article class="summary" lang="${item.lang}" dir="${item.dir}">
  <h${level} class="summary__title"><a href="${item.url}">${item.title}</a></h${level}>
  <p class="summary__meta" lang="${siteLang}" dir="ltr">${item.dateline ? html`<span class="summary__place">${item.dateline.place}</span> · ` : ''}<time datetime="${item.date}">${filters.readableDate(item.date)}</time>
    · <span class="summary__source">${source.outlet}${source.agency && source.agency !== source.outlet ? html` / ${source.agency}` : ''}</span>
  </p>
  <p class="summary__text">${truncate(filters.teaser(item), 280)}</p>
</article>
`;
}

export interface PagerText {
  /** What is paged, for the navigation's label. */
  label: string;
  /** The links' texts: `Newer` and `Older` when not given. */
  back?: string | undefined;
  on?: string | undefined;
}

/** Links to the page before and after, and which page of how many; nothing on a list of one page. */
export function pager(page: Pick<Page<unknown>, 'count' | 'number' | 'previousUrl' | 'nextUrl'>, text: PagerText): Html {
  if (page.count <= 1) return html`
`;
  return html`
<nav class="pager" aria-label="${text.label}">
  ${page.previousUrl ? html`<a class="pager__link" rel="prev" href="${page.previousUrl}">← ${text.back || 'Newer'}</a>` : ''}
  <span class="pager__status">Page ${page.number} of ${page.count}</span>
  ${page.nextUrl ? html`<a class="pager__link" rel="next" href="${page.nextUrl}">${text.on || 'Older'} →</a>` : ''}
</nav>

`;
}

/** Quotes, each with its role, article and date (a person's page, the quote pages). */
export function quoteList(refs: readonly QuoteRef[], filters: Pick<LayoutFilters, 'readableDate' | 'absoluteUrl'>): Html {
  return html`<ul class="quote-list">${refs.map(
    (ref) => html`
  <li class="quote-list__item">
    <blockquote class="quote-list__text" lang="${ref.article.lang}" dir="${ref.article.dir}" cite="${filters.absoluteUrl(ref.href)}"><p>${ref.text}</p></blockquote>
    <p class="quote-list__where">${ref.role ? html`${ref.role}, ` : ''}in <a href="${ref.href}" lang="${ref.article.lang}" dir="${ref.article.dir}">${ref.article.title}</a>, <time datetime="${ref.article.date}">${filters.readableDate(ref.article.date)}</time></p>
  </li>`,
  )}
</ul>
`;
}

/** A term profile's ranking (most quoted, topics, places) under its heading; the figure counts `unit`s. */
export function ranking(rows: readonly Ranked[], heading: { id: string; title: string; unit: string }): Html {
  if (rows.length === 0) return html`
`;
  return html`
<h3 class="profile__heading" id="${heading.id}">${heading.title}</h3>
<ol class="ranking">${rows.map(
    (row) => html`
  <li><a href="${row.url}">${row.name}</a> <span class="ranking__count">${row.count}<span class="visually-hidden"> ${heading.unit}${row.count !== 1 ? 's' : ''}</span></span></li>`,
  )}
</ol>

`;
}

/** The shortcodes for the Nunjucks pages, with the filters of this run (one memo of formatted dates). */
export default function partialsPlugin(eleventyConfig: EleventyConfig, options: { filters: LayoutFilters; siteLang: string }): void {
  const { filters } = options;
  eleventyConfig.addShortcode('breadcrumbs', (crumbs: readonly Link[], current: string | number) => breadcrumbs({ crumbs, current }, options.siteLang).text);
  eleventyConfig.addShortcode('articleList', (items: readonly ListedArticle[], listDate?: boolean) => articleList(items, filters, listDate !== false).text);
  eleventyConfig.addShortcode('articleSummary', (item: SummarisedArticle, level?: number) => articleSummary(item, filters, options.siteLang, level || 2).text);
  eleventyConfig.addShortcode('pager', (page: Page<unknown>, label: string, back?: string, on?: string) => pager(page, { label, back, on }).text);
  eleventyConfig.addShortcode('quoteList', (refs: readonly QuoteRef[]) => quoteList(refs, filters).text);
  eleventyConfig.addShortcode('ranking', (rows: readonly Ranked[], id: string, title: string, unit: string) => ranking(rows, { id, title, unit }).text);
}
