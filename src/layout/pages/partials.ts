/**
 * Lay out: the pieces several pages share — breadcrumbs and the compact list of headlines — written by
 * TypeScript once: the article page (articlePage.ts) calls them, and the Nunjucks pages call the same
 * functions as the shortcodes `{% breadcrumbs crumbs, currentLabel %}` and `{% articleList items, listDate %}`.
 */
import type { Article } from '../../model/article.ts';
import type { Link } from '../dateArchive.ts';
import type { EleventyConfig } from '../eleventyConfig.ts';
import type { LayoutFilters } from '../filters.ts';
import { html, type Html } from '../html.ts';

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

/** The shortcodes for the Nunjucks pages, with the filters of this run (one memo of formatted dates). */
export default function partialsPlugin(eleventyConfig: EleventyConfig, options: { filters: LayoutFilters; siteLang: string }): void {
  const { filters } = options;
  eleventyConfig.addShortcode('breadcrumbs', (crumbs: readonly Link[], current: string | number) => breadcrumbs({ crumbs, current }, options.siteLang).text);
  eleventyConfig.addShortcode('articleList', (items: readonly ListedArticle[], listDate?: boolean) => articleList(items, filters, listDate !== false).text);
}
