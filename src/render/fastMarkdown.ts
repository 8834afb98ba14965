/**
 * Render, the parse's fast path: the plain prose most article bodies are —
 * paragraphs, `## headings`, `- ` lists of one-line items, `**strong**` and
 * `[text](https://…)` links — read straight into the mdast tree that
 * remark-parse with remark-gfm (micromark) gives for it, at a tenth of the
 * cost (micromark was about 90 % of a render: docs/PERFORMANCE.md, session 5).
 *
 * It only ever answers for text it understands completely: anything else —
 * a character with any other Markdown meaning (`` ` `` `_` `~` `<` `>`
 * `|` `@`, tabs, carriage returns; a backslash but before punctuation), a character reference (`&amp;`; a bare `&`,
 * as in AT&T, is text), indentation, trailing spaces, a
 * single `*`, brackets that are not a plain link, what GFM would turn into a
 * link (`www`, `http:`), any other block — gives `undefined`, and the body
 * goes through micromark as before. Everything after the parse (mdast →
 * hast, sanitising, quote marking, stringifying) is unchanged, so the page
 * is the same and sanitising still sees every tree.
 * tests/render/fastMarkdown.test.ts compares the two parsers' trees on
 * generated archives and on random text made of Markdown's markers.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

/** A backslash escape: the punctuation after it is text (the importer escapes `#`, `>`, `-` starting a paragraph). */
const ESCAPE = /\\[!-/:-@[-`{-~]/g;
/** Characters or sequences that always send a body to micromark (escapes taken out first). */
const OUTSIDE_SUBSET = /[\\`_~<>|\t\r\0@]|\]:|\]\[|\[\^|!\[|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
/** What GFM's autolink literals start from, anywhere in text. */
const AUTOLINK_LIKE = /www|https?:|mailto:|xmpp:/i;
/** Where a link's destination may go: one plain URL, no spaces, parentheses, quotes or entities. */
const PLAIN_DESTINATION = /^[A-Za-z0-9\-._~:/?#%+=,;$]+$/;
const ATX_HEADING = /^(#{1,6}) (.*)$/;
const ORDERED_ITEM = /^\d{1,9}[.)]( |$)/;
const ASCII_WORD = /[A-Za-z0-9]/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

type Kind = 'space' | 'punctuation' | 'word';

/** A character's class for emphasis (CommonMark's flanking rules); undefined: not one this path is sure of. */
function kindOf(ch: string | undefined): Kind | undefined {
  if (ch === undefined || ch === ' ' || ch === '\n') return 'space';
  if (ch.charCodeAt(0) < 128) return ASCII_WORD.test(ch) ? 'word' : ASCII_PUNCTUATION.test(ch) ? 'punctuation' : undefined;
  return LETTER_OR_NUMBER.test(ch) ? 'word' : undefined;
}

/** Can the `**` at `at` only open (true) or only close (false) a strong span? undefined: neither, or both. */
function strongRole(text: string, at: number): boolean | undefined {
  const before = kindOf(text[at - 1]);
  const after = kindOf(text[at + 2]);
  if (before === undefined || after === undefined) return undefined;
  const leftFlanking = after !== 'space' && (after !== 'punctuation' || before !== 'word');
  const rightFlanking = before !== 'space' && (before !== 'punctuation' || after !== 'word');
  if (leftFlanking === rightFlanking) return undefined;
  return leftFlanking;
}

/** Inline content: text, `**strong**` (not nested, no brackets inside) and `[text](url)` (plain text inside). */
function phrasing(text: string): PhrasingContent[] | undefined {
  const out: PhrasingContent[] = [];
  let target = out;
  let pending = '';
  const flush = (): boolean => {
    if (pending === '') return true;
    if (AUTOLINK_LIKE.test(pending)) return false;
    const last = target[target.length - 1];
    if (last?.type === 'text') last.value += pending;
    else target.push({ type: 'text', value: pending });
    pending = '';
    return true;
  };
  let strong: PhrasingContent[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined || !ASCII_PUNCTUATION.test(next)) return undefined;
      pending += next;
      i++;
    } else if (ch === '*') {
      if (text[i + 1] !== '*' || text[i + 2] === '*') return undefined;
      const opens = strongRole(text, i);
      if (opens === undefined || opens !== (strong === undefined)) return undefined;
      if (!flush()) return undefined;
      if (opens) {
        strong = [];
        target = strong;
      } else {
        if (strong!.length === 0) return undefined;
        out.push({ type: 'strong', children: strong! });
        strong = undefined;
        target = out;
      }
      i++;
    } else if (ch === '[') {
      if (strong) return undefined;
      const close = text.indexOf(']', i + 1);
      if (close < 0) return undefined;
      const label = text.slice(i + 1, close);
      if (label === '' || /[[*\\]/.test(label)) return undefined;
      if (text[close + 1] !== '(') {
        // No definitions in the body (`]:` leaves this path): brackets are text.
        pending += text.slice(i, close + 1);
        i = close;
        continue;
      }
      const end = text.indexOf(')', close + 2);
      if (end < 0) return undefined;
      const url = text.slice(close + 2, end);
      if (!PLAIN_DESTINATION.test(url)) return undefined;
      if (!flush() || AUTOLINK_LIKE.test(label)) return undefined;
      out.push({ type: 'link', url, title: null, children: [{ type: 'text', value: label }] });
      i = end;
    } else {
      pending += ch;
    }
  }
  if (strong || !flush()) return undefined;
  return out;
}

/** Could this line's text start a paragraph (or a list item's) and nothing else? */
function startsProse(line: string): boolean {
  const first = line[0];
  if (first === ' ' || first === '#' || first === '-' || first === '+' || first === '=' || first === '[' && /^\[[ xX]\]/.test(line)) return false;
  if (first === '*') return line[1] === '*' && line[2] !== undefined && line[2] !== ' ' && line[2] !== '*';
  return !ORDERED_ITEM.test(line);
}

type Line = { kind: 'blank' } | { kind: 'heading'; depth: number; text: string } | { kind: 'item'; text: string } | { kind: 'prose'; text: string };

function classify(line: string): Line | undefined {
  if (line === '') return { kind: 'blank' };
  if (line.startsWith(' ') || line.endsWith(' ')) return undefined;
  const heading = ATX_HEADING.exec(line);
  if (heading) {
    const text = heading[2]!;
    if (text === '' || text.startsWith(' ') || text.endsWith('#')) return undefined;
    return { kind: 'heading', depth: heading[1]!.length, text };
  }
  if (line.startsWith('- ')) {
    const text = line.slice(2);
    return text !== '' && startsProse(text) ? { kind: 'item', text } : undefined;
  }
  return startsProse(line) ? { kind: 'prose', text: line } : undefined;
}

/** The mdast tree micromark would give `markdown`, without positions; undefined when the body needs micromark. */
export function fastMdast(markdown: string): Root | undefined {
  if (OUTSIDE_SUBSET.test(markdown.replace(ESCAPE, 'a'))) return undefined;
  const lines: Line[] = [];
  for (const raw of markdown.split('\n')) {
    const line = classify(raw);
    if (!line) return undefined;
    lines.push(line);
  }
  const children: RootContent[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (line.kind === 'blank') {
      i++;
    } else if (line.kind === 'heading') {
      const content = phrasing(line.text);
      if (!content) return undefined;
      children.push({ type: 'heading', depth: line.depth as Heading['depth'], children: content });
      i++;
    } else if (line.kind === 'prose') {
      const texts: string[] = [];
      for (; lines[i]?.kind === 'prose'; i++) texts.push((lines[i] as { text: string }).text);
      const content = phrasing(texts.join('\n'));
      if (!content) return undefined;
      children.push({ type: 'paragraph', children: content } satisfies Paragraph);
    } else {
      const items: ListItem[] = [];
      let spread = false;
      for (;;) {
        const content = phrasing((lines[i] as { text: string }).text);
        if (!content) return undefined;
        items.push({ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: content }] });
        i++;
        // A line of text right after an item continues it (lazily): micromark's.
        if (lines[i]?.kind === 'prose') return undefined;
        let next = i;
        while (lines[next]?.kind === 'blank') next++;
        if (lines[next]?.kind !== 'item') break;
        // Items apart by a blank line are one loose list.
        if (next > i) spread = true;
        i = next;
      }
      children.push({ type: 'list', ordered: false, start: null, spread, children: items } satisfies List);
    }
  }
  return { type: 'root', children };
}
