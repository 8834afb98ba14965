/**
 * Search page: one result as a researcher reads it. An article shows its
 * headline, dateline place, date, source (and agency) and the highlighted
 * excerpt; a quote shows the words said, the speaker and the article it is
 * from, and links to the quote's anchor. One link per result, so the
 * arrow keys move result by result (resultList.ts).
 */
import { readableDate } from '../../model/dates.ts';
import type { ResultData } from './pagefindApi.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

/** Pagefind's excerpt is HTML; keep its text and `<mark>`s, nothing else. */
export function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes: Node[] = [];
  for (const child of Array.from(template.content.childNodes)) {
    if (child instanceof HTMLElement && child.tagName === 'MARK') nodes.push(element('mark', '', child.textContent ?? ''));
    else nodes.push(document.createTextNode(child.textContent ?? ''));
  }
  return nodes;
}

function first(data: ResultData, filter: string): string | undefined {
  return data.filters?.[filter]?.[0];
}

function metaLine(data: ResultData): HTMLElement {
  const parts: (Node | string)[] = [];
  const place = first(data, 'place');
  if (place) parts.push(element('span', 'result__place', place));
  const date = data.meta.date ?? first(data, 'date');
  if (date) {
    const time = element('time', 'result__date', readableDate(date));
    time.dateTime = date;
    parts.push(time);
  }
  const source = first(data, 'source');
  if (source) {
    const agency = first(data, 'agency');
    parts.push(element('span', 'result__source', agency ? `${source}, from ${agency}` : source));
  }
  const line = element('p', 'result__meta');
  parts.forEach((part, index) => {
    if (index > 0) line.append(' · ');
    line.append(part);
  });
  return line;
}

function link(url: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const anchor = element('a', 'result__link', ...children);
  anchor.href = url;
  return anchor;
}

function articleResult(data: ResultData): HTMLLIElement {
  const item = element('li', 'result result--article');
  item.append(element('h3', 'result__title', link(data.url, data.meta.title ?? data.url)), metaLine(data));
  if (data.excerpt) item.append(element('p', 'result__excerpt', ...excerptNodes(data.excerpt)));
  return item;
}

function quoteResult(data: ResultData): HTMLLIElement {
  const item = element('li', 'result result--quote');
  const words = data.excerpt ? excerptNodes(data.excerpt) : [data.meta.title ?? ''];
  const speaker = data.meta.speaker ?? 'Speaker not recorded';
  const said = element('p', 'result__speaker', element('span', 'result__speaker-name', speaker));
  const role = first(data, 'role');
  if (role) said.append(`, ${role}`);
  item.append(
    element('p', 'result__kind', 'Quote'),
    element('blockquote', 'result__quote', element('p', '', link(data.url, '“', ...words, '”'))),
    said,
    metaLine(data),
  );
  return item;
}

/** One result's list item; `lang` is the index's language when it is not the page's. */
export function renderResult(data: ResultData, lang: string | null): HTMLLIElement {
  const item = data.filters?.type?.includes('Quote') ? quoteResult(data) : articleResult(data);
  if (lang) {
    // The words come from the index's language; the labels around them do not.
    for (const words of item.querySelectorAll<HTMLElement>('.result__title, .result__excerpt, .result__quote, cite')) {
      words.lang = lang;
    }
  }
  return item;
}
