/**
 * Lay out: the data of every article's page — its neighbours by date, its
 * related articles, more from the same outlet and its breadcrumbs. Computed
 * for src/layout/siteData.ts; the markup is src/layout/pages/articlePage.ts.
 */
import type { Article } from '../model/article.ts';
import { MONTH_NAMES } from '../model/dates.ts';
import { dayUrl, monthUrl, yearUrl } from '../model/urls.ts';
import { nearestInList, relatedArticles, type RelatedMemo } from '../taxonomy/related.ts';
import { termSlug, type Term } from '../taxonomy/terms.ts';
import { sameItems } from '../util/sameItems.ts';
import type { Link } from './dateArchive.ts';

export interface ArticlePage {
  article: Article;
  /** Older, by date. */
  previous?: Article;
  /** Newer, by date. */
  next?: Article;
  related: Article[];
  source: Link;
  moreFromSource: Article[];
  /** Home › year › month › day (the article itself is the current page). */
  breadcrumbs: Link[];
}

/** An article's page as the last site data made it, with the outlet term its source and "more from" were made of (siteData.ts `KeptPages`). */
export interface KeptArticlePage {
  page: ArticlePage;
  outlet: Term;
}

/** How many articles "more from the source" lists. */
const MORE_FROM_SOURCE = 5;

export interface ArticlePagesInput {
  /** The terms of the sources taxonomy: every article's outlet is one. */
  outlets: readonly Term[];
  related: RelatedMemo;
  /** The last site data's article pages, by URL; `next` receives this one's. */
  kept: ReadonlyMap<string, KeptArticlePage>;
  next: Map<string, KeptArticlePage>;
}

/** One page per article (given newest first), in their order; the kept page where the article, its neighbours, outlet and related articles are the same. */
export function articlePages(articles: readonly Article[], input: ArticlePagesInput): ArticlePage[] {
  const { kept, next } = input;
  const related = relatedArticles(articles, {}, input.related);
  const outlets = new Map(input.outlets.map((term) => [term.slug, term]));
  // Where each article stands in its outlet's list, made for the outlets whose pages are made again only.
  const positions = new Map<Term, Map<Article, number>>();
  const positionIn = (term: Term, article: Article): number => {
    let position = positions.get(term);
    if (!position) positions.set(term, (position = new Map(term.articles.map((entry, index) => [entry, index]))));
    return position.get(article) ?? 0;
  };
  return articles.map((article, index): ArticlePage => {
    const outlet = outlets.get(termSlug(article.source.outlet))!;
    const previous = articles[index + 1];
    const newer = articles[index - 1];
    const relatedList = related[index] ?? [];
    const before = kept.get(article.url);
    // Its breadcrumbs are made of the article alone; "more from the source" of its place in the same outlet list (the same term object).
    if (
      before &&
      before.page.article === article &&
      before.page.previous === previous &&
      before.page.next === newer &&
      before.outlet === outlet &&
      sameItems(before.page.related, relatedList)
    ) {
      next.set(article.url, before);
      return before.page;
    }
    const moreFromSource = nearestInList(outlet.articles, positionIn(outlet, article), MORE_FROM_SOURCE);
    const page: ArticlePage = {
      article,
      ...(previous ? { previous } : {}),
      ...(newer ? { next: newer } : {}),
      related: relatedList,
      source: { label: outlet.name, url: outlet.url },
      moreFromSource,
      breadcrumbs: [
        { label: 'Home', url: '/' },
        { label: article.year, url: yearUrl(article.year) },
        { label: MONTH_NAMES[Number(article.month) - 1] ?? article.month, url: monthUrl(article.year, article.month) },
        { label: String(Number(article.day)), url: dayUrl(article.year, article.month, article.day) },
      ],
    };
    next.set(article.url, { page, outlet });
    return page;
  });
}
