/**
 * Lay out: a day's page (`/2020/11/28/`: the articles of one day), written by TypeScript instead of Nunjucks
 * (a 10k archive has thousands of them), laid out by Eleventy as a JavaScript template (templates/day.11ty.ts).
 * Markup only, a function of the page's data as src/layout/dateArchive.ts computed it.
 */
import type { DayPage } from '../dateArchive.ts';
import type { LayoutFilters } from '../filters.ts';
import { html } from '../html.ts';
import { basePage, type LayoutData } from './baseLayout.ts';
import { articleSummary, breadcrumbs } from './partials.ts';

export interface DayPageData extends LayoutData {
  dayPage: DayPage;
}

export function dayPage(data: DayPageData, filters: LayoutFilters): string {
  const { dayPage: day, site } = data;
  const label = filters.readableDate(day.date);
  const articles = `article${day.count !== 1 ? 's' : ''}`;
  const crumbs = [
    { label: 'Home', url: '/' },
    { label: day.year, url: day.yearUrl },
    { label: day.monthName, url: day.monthUrl },
  ];
  const content = html`

${breadcrumbs({ crumbs, current: Number.parseInt(day.day, 10) }, site.lang)}
<h1 class="page-title"><time datetime="${day.date}">${label}</time></h1>
<p class="page-lede">${day.count} ${articles}.</p>
<div class="summaries summaries--grid">
${day.articles.map(
  (item) => html`
  ${articleSummary(item, filters, site.lang)}
`,
)}
</div>
<nav class="pager" aria-label="Other days">
  ${day.next ? html`<a class="pager__link" href="${day.next.url}">← ${filters.readableDate(day.next.label)}</a>` : ''}
  <a class="pager__link" href="${day.monthUrl}">All of ${day.monthName} ${day.year}</a>
  ${day.previous ? html`<a class="pager__link" href="${day.previous.url}">${filters.readableDate(day.previous.label)} →</a>` : ''}
</nav>
`;
  return `\n${basePage(data, {
    title: html`Articles of ${label} — ${site.title}`,
    description: html`${day.count} ${articles} from ${label}.`,
    content,
  })}\n`;
}
