/**
 * Index: the part of an article page Pagefind reads, which keys the shard's
 * cached bundle. A page with a `data-pagefind-body` element is indexed from
 * that element only (its text, and the `data-pagefind-*` filters, meta and
 * sort values inside it), in the language of `<html lang>`: the related
 * articles, the navigation and the footer around it are not. Keying a shard
 * on whole pages re-indexed every shard a changed headline was linked from
 * (measured at 10k: one edited title re-indexed 4 of 6 shards, 109 s).
 * Where anything outside the element could count (`data-pagefind-` anywhere
 * else, or no such element), the whole page is the key: never trusted wrongly.
 */
const BODY_START = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i;
const HEAD = /<html\b[^>]*>[\s\S]*?<\/head>/i;

export function indexedContent(html: string): string {
  const start = BODY_START.exec(html);
  const head = HEAD.exec(html);
  if (!start || !head || head.index + head[0].length > start.index) return html;
  const tag = start[1]!;
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = start.index;
  let depth = 0;
  let end = -1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) {
      end = match.index + match[0].length;
      break;
    }
  }
  if (end < 0) return html;
  const outside = html.slice(0, head.index) + html.slice(head.index + head[0].length, start.index) + html.slice(end);
  if (outside.includes('data-pagefind-')) return html;
  return `${head[0]}\0${html.slice(start.index, end)}`;
}
