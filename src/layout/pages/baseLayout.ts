/**
 * Lay out: what every page has around its content — the head's links (canonical, icon, fonts, stylesheets,
 * feeds), the site header and the site footer — written by TypeScript, once, for every page: the pages laid
 * out by TypeScript (the article page, articlePage.ts) call `basePage`, and the Nunjucks base layout
 * (templates/_includes/layouts/base.njk) calls the same functions as the shortcodes `headLinks`,
 * `siteHeader` and `siteFooter`. Markup only: what it shows is the data Eleventy hands each page.
 */
import { siteUrl, type SiteSettings } from '../../site.ts';
import type { EleventyConfig } from '../eleventyConfig.ts';
import type { FontsData } from '../fonts.ts';
import { html, type Html, type HtmlValue } from '../html.ts';
import { ariaCurrent, type NavItem } from '../navigation.ts';

/** The data of a page that the base layout reads (global data, and the page's own `page` and `headerSearch`). */
export interface LayoutData {
  site: SiteSettings & { contentSecurityPolicy: string };
  fonts: FontsData;
  navigation: readonly NavItem[];
  archive: { years: readonly { year: string; url: string }[] };
  page: { url: string | false };
  /** `false` leaves the header's search box out (the search page has its own). */
  headerSearch?: boolean;
}

/** `<link rel="canonical">` to the feeds' `<link rel="alternate">`: the head after the title and description. */
export function headLinks(data: LayoutData): Html {
  const { site, fonts, page } = data;
  return html`<meta name="color-scheme" content="light dark">
  <link rel="canonical" href="${siteUrl(site, page.url || '')}">
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">${fonts.preload.map(
    (font) => html`
  <link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin>`,
  )}
  <link rel="stylesheet" href="${fonts.css}">
  <link rel="stylesheet" href="/css/site.css">
  <link rel="alternate" type="application/atom+xml" title="${site.title} (Atom)" href="/feed.xml">
  <link rel="alternate" type="application/feed+json" title="${site.title} (JSON Feed)" href="/feed.json">`;
}

export function siteHeader(data: LayoutData): Html {
  const { site, page } = data;
  const search =
    data.headerSearch === false
      ? ''
      : html`
    <form class="site-search" role="search" aria-label="Site search" action="/search/" method="get">
      <label for="site-search-q" class="visually-hidden">Search the archive</label>
      <input id="site-search-q" type="search" name="q" placeholder="Search the archive" autocomplete="off">
      <button type="submit">Search</button>
    </form>`;
  const items = data.navigation.map((item) => {
    const current = ariaCurrent(page.url, item.url);
    return html`
        <li><a href="${item.url}"${current ? html` aria-current="${current}"` : ''}>${item.label}</a></li>`;
  });
  return html`<header class="site-header" lang="${site.lang}" dir="ltr">
  <div class="site-header__inner">
    <a class="site-title" href="/"${page.url === '/' ? html` aria-current="page"` : ''}>${site.logo ? html`<img class="site-title__logo" src="${site.logo}" alt="" height="32"> ` : ''}${site.title}</a>${search}
    <nav class="site-nav" aria-label="Main">
      <ul class="site-nav__list">${items}
      </ul>
    </nav>
  </div>
</header>
`;
}

export function siteFooter(data: LayoutData): Html {
  const { site, page, archive } = data;
  const years =
    archive.years.length > 0
      ? html`
    <nav class="site-footer__years" aria-label="Archive by year">
      <h2 class="site-footer__heading">By year</h2>
      <ul class="inline-list">${archive.years.map(
        (year) => html`
        <li><a href="${year.url}"${page.url === year.url ? html` aria-current="page"` : ''}>${year.year}</a></li>`,
      )}
      </ul>
    </nav>
    `
      : '';
  return html`<footer class="site-footer" lang="${site.lang}" dir="ltr">
  <div class="site-footer__inner">
    <p class="site-footer__about">${site.title} — ${site.description}</p>
    ${years}
    <ul class="inline-list site-footer__links">
      <li><a href="/feed.xml">Atom feed</a></li>
      <li><a href="/feed.json">JSON Feed</a></li>${site.url ? html`
      <li><a href="/sitemap.xml">Sitemap</a></li>` : ''}
    </ul>
  </div>
</footer>
`;
}

/** What a page puts into the base layout: the blocks of templates/_includes/layouts/base.njk. */
export interface PageParts {
  /** The page's language and direction (the site's and `ltr` when not given). */
  lang?: string;
  dir?: string;
  title: HtmlValue;
  description: HtmlValue;
  head?: HtmlValue;
  content: HtmlValue;
  scripts?: HtmlValue;
}

/** A whole page in the base layout, as templates/_includes/layouts/base.njk lays out a Nunjucks page. */
export function basePage(data: LayoutData, parts: PageParts): string {
  const { site } = data;
  return html`<!DOCTYPE html>
<html lang="${parts.lang || site.lang}" dir="${parts.dir || 'ltr'}">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${site.contentSecurityPolicy}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${parts.title}</title>
  <meta name="description" content="${parts.description}">
  ${headLinks(data)}
  ${parts.head}
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  ${siteHeader(data)}
  <main id="main" tabindex="-1">
    ${parts.content}
  </main>
  ${siteFooter(data)}
  <script src="/js/site.js" type="module"></script>
  ${parts.scripts}
</body>
</html>
`.text;
}

/** The shortcodes of the Nunjucks base layout: `{% headLinks %}`, `{% siteHeader %}`, `{% siteFooter %}`, reading the page's data. */
export default function baseLayoutPlugin(eleventyConfig: EleventyConfig): void {
  const shortcode = (write: (data: LayoutData) => Html) =>
    function (this: { ctx: LayoutData }): string {
      return write(this.ctx).text;
    };
  eleventyConfig.addShortcode('headLinks', shortcode(headLinks));
  eleventyConfig.addShortcode('siteHeader', shortcode(siteHeader));
  eleventyConfig.addShortcode('siteFooter', shortcode(siteFooter));
}
