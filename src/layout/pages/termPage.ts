/**
 * Lay out: a term's page (a source, place, person or topic, 20 articles a page, with the term's profile and a
 * person's quotes on its first page), written by TypeScript instead of Nunjucks (a 10k archive has thousands),
 * laid out by Eleventy as a JavaScript template (templates/term.11ty.ts). Markup only, a function of the page's
 * data as src/layout/taxonomyPages.ts and profiles.ts computed it.
 */
import type { LayoutFilters } from '../filters.ts';
import { html, type Html } from '../html.ts';
import type { TermProfile } from '../profiles.ts';
import type { TermPage } from '../taxonomyPages.ts';
import { basePage, type LayoutData } from './baseLayout.ts';
import { articleSummary, breadcrumbs, pager, quoteList, ranking } from './partials.ts';
import { counted } from '../../text/counted.ts';

export interface TermPageData extends LayoutData {
  termPage: TermPage;
}

/** A comma-separated list of names as text (`also written …`). */
const joined = (names: readonly string[], separator: string): string => names.join(separator);

function profileAside(profile: TermProfile, isPerson: boolean, filters: LayoutFilters): Html {
  const dated = (article: TermProfile['first']) =>
    html`<a href="${article.url}"><time datetime="${article.date}">${filters.readableDate(article.date)}</time></a>`;
  return html`

<aside class="profile" aria-labelledby="profile-heading">
  <h2 id="profile-heading" class="section-heading">In the archive</h2>
  <dl class="profile__facts">
    <div><dt>Articles</dt><dd>${profile.articleCount}</dd></div>
    <div><dt>${isPerson ? 'Quoted' : 'Quotes in them'}</dt><dd>${profile.quoteCount}${isPerson ? ` time${profile.quoteCount !== 1 ? 's' : ''}` : ''}</dd></div>
    <div><dt>First appearance</dt><dd>${dated(profile.first)}</dd></div>
    <div><dt>Latest</dt><dd>${dated(profile.latest)}</dd></div>${
      profile.roles.length
        ? html`
    <div><dt>Quoted as</dt><dd>${joined(profile.roles, '; ')}</dd></div>`
        : ''
    }
  </dl>
  
  ${ranking(profile.mostQuoted, { id: 'ranking-quoted', title: isPerson ? 'Also quoted' : 'Most quoted', unit: 'quote' })}
  
  ${ranking(profile.topics, { id: 'ranking-topics', title: 'Topics', unit: 'article' })}
  
  ${ranking(profile.places, { id: 'ranking-places', title: 'Places', unit: 'article' })}
</aside>
`;
}

export function termPage(data: TermPageData, filters: LayoutFilters): string {
  const { termPage: page, site } = data;
  const { term, taxonomy, profile } = page;
  const numbered = page.number > 1;
  const quotes = page.quotes.length
    ? html`
<section class="term-quotes" aria-labelledby="term-quotes-heading">
  <h2 id="term-quotes-heading" class="section-heading">Quotes</h2>
  ${quoteList(page.quotes, filters)}
</section>
`
    : '';
  const headed = page.quotes.length > 0 || profile !== undefined;
  const content = html`

${breadcrumbs({ crumbs: [{ label: 'Home', url: '/' }, { label: taxonomy.title, url: taxonomy.url }], current: term.name }, site.lang)}
<h1 class="page-title"><span class="page-title__kicker">${taxonomy.singular}</span> ${term.name}${numbered ? html`<span class="page-title__page">, page ${page.number}</span>` : ''}</h1>
<p class="page-lede">${term.count} article${term.count !== 1 ? 's' : ''}${term.variants.length ? html`; also written ${joined(term.variants, ', ')}` : ''}.</p>

<div class="term${profile ? ' term--profile' : ''}">

${profile ? profileAside(profile, taxonomy.key === 'people', filters) : ''}

<div class="term__main">
${quotes}
${headed ? html`
<h2 class="section-heading">Articles</h2>

` : ''}
<div class="summaries">
${page.items.map(
  (item) => html`
  ${articleSummary(item, filters, site.lang, headed ? 3 : 2)}
`,
)}
</div>

${pager(page, { label: `Pages of ${term.name}` })}
</div>
</div>
`;
  return `\n${basePage(data, {
    title: html`${term.name}${numbered ? `, page ${page.number}` : ''} — ${taxonomy.title} — ${site.title}`,
    description: html`${counted(term.count, 'article')}: ${taxonomy.singular.toLowerCase()} ${term.name}.`,
    content,
  })}\n`;
}
