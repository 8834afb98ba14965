/**
 * Lay out: an article's page, written by TypeScript instead of Nunjucks (the article pages are 10,000 of a 10k
 * archive's 23,732 pages, and Nunjucks' runtime was most of their layout time), laid out by Eleventy as a
 * JavaScript template (templates/article.11ty.ts). Markup only, a function of the page's data as siteData.ts
 * computed it; every value from content is escaped by `html` (html.ts) exactly as the Nunjucks template's
 * autoescape escaped it, so the page is the same bytes as before.
 */
import type { Article } from '../../model/article.ts';
import type { LayoutFilters } from '../filters.ts';
import { html, trusted, truncate, type Html } from '../html.ts';
import type { ArticlePage } from '../articlePages.ts';
import { basePage, type LayoutData } from './baseLayout.ts';
import { articleList, breadcrumbs } from './partials.ts';

export interface ArticlePageData extends LayoutData {
  entry: ArticlePage;
}

function head(data: ArticlePageData, filters: LayoutFilters, url: string): Html {
  const { article } = data.entry;
  const { site } = data;
  return html`
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${site.title}">
  <meta property="og:title" content="${article.title}">
  <meta property="og:description" content="${truncate(article.summary, 300)}">
  <meta property="og:url" content="${url}">
  <meta property="article:published_time" content="${filters.w3cDate(article.date)}">
  <meta property="article:modified_time" content="${filters.w3cDate(article.updated || article.date)}">${article.tags.map(
    (tag) => html`
  <meta property="article:tag" content="${tag}">`,
  )}
  <meta name="twitter:card" content="summary">
  <meta name="twitter:title" content="${article.title}">
  <meta name="twitter:description" content="${truncate(article.summary, 200)}">
  <script type="application/ld+json">${trusted(filters.jsonForScript(filters.newsArticleJsonLd(article)))}</script>
`;
}

/** The line under the headline: place, date, updated, year (a search filter). */
function meta(article: Article, filters: LayoutFilters, siteLang: string): Html {
  const place = article.dateline
    ? html`<a class="article__place" href="${filters.termUrl(article.dateline.place, 'places')}" data-pagefind-filter="place">${article.dateline.place}</a> · `
    : '';
  const updated = article.updated
    ? html` · Updated <time datetime="${article.updated}">${filters.readableDate(article.updated)}</time>`
    : '';
  return html`<p class="article__meta" lang="${siteLang}" dir="ltr" data-pagefind-ignore>${place}<time datetime="${article.date}" data-pagefind-meta="date:${article.date}" data-pagefind-sort="date:${article.date}">${filters.readableDate(article.date)}</time>${updated}
      <span hidden data-pagefind-filter="year">${article.year}</span>
    </p>`;
}

function source(entry: ArticlePage, filters: LayoutFilters, siteLang: string): Html {
  const { source } = entry.article;
  return html`<p class="article__source" lang="${siteLang}" dir="ltr" data-pagefind-ignore>
      Source: <a href="${entry.source.url}" data-pagefind-filter="source">${source.outlet}</a>${
        source.agency
          ? html`, from <a href="${filters.termUrl(source.agency, 'sources')}" data-pagefind-filter="agency">${source.agency}</a>`
          : ''
      }${source.byline ? html` · By <span class="article__byline">${source.byline}</span>` : ''}${
        source.url ? html` · <a class="article__original" href="${source.url}" rel="nofollow noopener">Original article</a>` : ''
      }
    </p>`;
}

function corrections(article: Article, filters: LayoutFilters, siteLang: string): Html | '' {
  if (article.corrections.length === 0) return '';
  return html`
  <section class="article__corrections" aria-labelledby="corrections-heading" lang="${siteLang}" dir="ltr" data-pagefind-ignore>
    <h2 id="corrections-heading">Corrections</h2>
    <ul>
    ${article.corrections.map(
      (correction) => html`
      <li><time datetime="${correction.date}">${filters.readableDate(correction.date)}</time>: ${correction.note}</li>
    `,
    )}
    </ul>
  </section>
  `;
}

function quotes(article: Article, filters: LayoutFilters, siteLang: string): Html | '' {
  if (article.quotes.length === 0) return '';
  return html`
  <section class="article__quotes" aria-labelledby="quotes-heading" data-pagefind-ignore>
    <h2 id="quotes-heading" lang="${siteLang}" dir="ltr">Quotes in this article</h2>
    <ul class="quotes">
    ${article.quotes.map(
      (quote) => html`
      <li class="quotes__item">
        <blockquote class="quotes__text"><p><a href="#${quote.id}">${quote.text}</a></p></blockquote>
        <p class="quotes__speaker">— ${
          quote.speaker
            ? html`<a href="${filters.termUrl(quote.speaker, 'people')}" data-pagefind-filter="person">${quote.speaker}</a>`
            : html`<span lang="${siteLang}">speaker not recorded</span>`
        }${quote.role ? html`, <span class="quotes__role">${quote.role}</span>` : ''}</p>
      </li>
    `,
    )}
    </ul>
  </section>
  `;
}

/** Links to term pages, comma-separated: the footer's topics and people. */
function termLinks(names: readonly string[], link: (name: string) => Html): Html[] {
  return names.map((name, i) => (i === names.length - 1 ? link(name) : html`${link(name)}, `));
}

function footer(article: Article, filters: LayoutFilters, siteLang: string): Html | '' {
  if (article.tags.length === 0 && article.people.length === 0) return '';
  const topics = article.tags.length
    ? html`
    <p class="article__topics">Topics:
      ${termLinks(article.tags, (tag) => html`<a class="tag" href="${filters.termUrl(tag, 'topics')}" data-pagefind-filter="topic">${tag}</a>`)}
    </p>
    `
    : '';
  const people = article.people.length
    ? html`
    <p class="article__people">People:
      ${termLinks(article.people, (person) => html`<a href="${filters.termUrl(person, 'people')}" data-pagefind-filter="person">${person}</a>`)}
    </p>
    `
    : '';
  return html`
  <footer class="article__footer" lang="${siteLang}" dir="ltr">
    ${topics}
    ${people}
  </footer>
  `;
}

function neighbour(article: Article | undefined, side: 'previous' | 'next'): Html | '' {
  if (!article) return '';
  const [rel, label] = side === 'previous' ? ['prev', 'Previous article'] : ['next', 'Next article'];
  return html`
    <a class="article-nav__link article-nav__link--${side}" rel="${rel}" href="${article.url}">
      <span class="article-nav__label">${label}</span>
      <span class="article-nav__title" lang="${article.lang}" dir="${article.dir}">${article.title}</span>
    </a>
    `;
}

function afterArticle(entry: ArticlePage, filters: LayoutFilters, siteLang: string): Html {
  const nav =
    entry.previous || entry.next
      ? html`
  <nav class="article-nav" aria-label="Previous and next articles">
    ${neighbour(entry.previous, 'previous')}
    ${neighbour(entry.next, 'next')}
  </nav>
  `
      : '';
  const related = entry.related.length
    ? html`
  <section class="more" aria-labelledby="related-heading">
    <h2 id="related-heading" class="more__heading">Related articles</h2>
    ${articleList(entry.related, filters)}
  </section>
  `
    : '';
  const more = entry.moreFromSource.length
    ? html`
  <section class="more" aria-labelledby="source-heading">
    <h2 id="source-heading" class="more__heading">More from ${entry.source.label}</h2>
    ${articleList(entry.moreFromSource, filters)}
    <p class="more__all"><a href="${entry.source.url}">All articles from ${entry.source.label}</a></p>
  </section>
  `
    : '';
  return html`<div class="after-article" lang="${siteLang}" dir="ltr">
  ${nav}

  ${related}

  ${more}
</div>`;
}

/** The whole page of `data.entry`, in the base layout. */
export function articlePage(data: ArticlePageData, filters: LayoutFilters): string {
  const { entry, site } = data;
  const { article } = entry;
  const url = filters.absoluteUrl(article.url);
  const content = html`

<div class="article-page">
${breadcrumbs({ crumbs: entry.breadcrumbs, current: truncate(article.title, 70), lang: article.lang, dir: article.dir, className: 'breadcrumbs--article' }, site.lang)}
<article class="article" data-url="${url}" data-pagefind-body>
  <header class="article__header">
    <h1 class="article__title">${article.title}</h1>
    ${meta(article, filters, site.lang)}
    ${source(entry, filters, site.lang)}
    ${
      article.dateline?.printed
        ? html`
    <p hidden data-pagefind-ignore data-pagefind-meta="dateline">${article.dateline.printed}</p>
    `
        : ''
    }
    <span hidden data-pagefind-ignore data-pagefind-filter="type">Article</span>
  </header>

  <div class="article__body">
    ${trusted(article.html)}
  </div>

  ${corrections(article, filters, site.lang)}

  ${quotes(article, filters, site.lang)}

  ${footer(article, filters, site.lang)}
</article>

${afterArticle(entry, filters, site.lang)}
</div>
`;
  return `\n${basePage(data, {
    lang: article.lang,
    dir: article.dir,
    title: html`${article.title} — ${site.title}`,
    description: truncate(article.summary, 300),
    head: head(data, filters, url),
    content,
  })}\n`;
}
