/**
 * Lay out: HTML written by TypeScript page functions (pages/*.ts), escaped
 * the way the Nunjucks templates' autoescape escapes it, so a page moved
 * from Nunjucks to TypeScript is the same bytes. Every value put into an
 * `html` template is escaped unless it is `Html` already (markup made by
 * `html` itself, or the sanitised body and serialised JSON marked `trusted`,
 * as `| safe` marked them): nothing from content reaches a page unescaped
 * by forgetting to escape it.
 */

/** Markup that is written as it is. Made by `html` and `trusted` only. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What may go into an `html` template: text (escaped), numbers, markup, nothing, lists of them. */
export type HtmlValue = Html | string | number | undefined | null | false | readonly HtmlValue[];

// Nunjucks' escape map (nunjucks/src/lib.js), backslash included.
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '\\': '&#92;' };
const TO_ESCAPE = /[&"'<>\\]/g;
const escapeChar = (char: string): string => ESCAPES[char]!;

/** Text as HTML text or an attribute value: `&`, `"`, `'`, `<`, `>` and `\` as Nunjucks' autoescape writes them. */
export function escapeHtml(text: string): string {
  TO_ESCAPE.lastIndex = 0;
  return TO_ESCAPE.test(text) ? text.replace(TO_ESCAPE, escapeChar) : text;
}

function append(value: HtmlValue): string {
  if (value instanceof Html) return value.text;
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (value === undefined || value === null || value === false) return '';
  let out = '';
  for (const item of value) out += append(item);
  return out;
}

/** A template literal of markup: each `${value}` escaped (text), written as it is (`Html`), or left out (nothing, `false`). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += append(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/**
 * Markup made elsewhere and made safe there: an article's body (sanitised by the render stage, rehype-sanitize)
 * and JSON for a script element (jsonForScript). The `| safe` of the Nunjucks templates; nothing else.
 */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * Nunjucks' `truncate(length)` (nunjucks/src/filters.js), to the letter: text longer than `length` is cut at the
 * last space at or before `length` (at `length` when there is none) and `...` is added.
 */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(' ', length);
  return `${text.substring(0, space === -1 ? length : space)}...`;
}
