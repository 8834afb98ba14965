/**
 * Render: a tree nested deeper than MAX_TREE_DEPTH is refused before the
 * recursive tree walkers after it (mdast → hast, sanitising, stringifying)
 * overflow the stack. Block quotes and lists are refused earlier, by line
 * (src/validate/nesting.ts); this catches the rest — emphasis or raw HTML
 * elements nested thousands deep. Walked with an explicit stack, never by
 * recursion.
 */
import type { Node, Parent } from 'unist';

/** Nodes from the root to the deepest leaf; legitimate articles stay under 20. */
export const MAX_TREE_DEPTH = 128;

/** Thrown by the depth check; renderMarkdown() reports it as the file's error at `line`. */
export class TooDeepError extends Error {
  constructor(
    readonly what: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
  ) {
    super(`${what} nested more than ${MAX_TREE_DEPTH} levels deep`);
    this.name = 'TooDeepError';
  }
}

function isParent(node: Node): node is Parent {
  return Array.isArray((node as Partial<Parent>).children);
}

/**
 * A unified plugin that refuses a tree deeper than MAX_TREE_DEPTH; `what`
 * names the tree in the message. One function per use: unified runs a plugin
 * used twice only once.
 */
function limitTreeDepth(what: string) {
  return () => (tree: Node): void => {
    const stack: Array<{ node: Node; depth: number; at: Node['position'] }> = [{ node: tree, depth: 0, at: tree.position }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const at = item.node.position ?? item.at;
      if (item.depth > MAX_TREE_DEPTH) throw new TooDeepError(what, at?.start.line, at?.start.column);
      if (isParent(item.node)) for (const child of item.node.children) stack.push({ node: child, depth: item.depth + 1, at });
    }
  };
}

/** After parsing Markdown: emphasis, links, quotes and lists. */
export const remarkLimitDepth = limitTreeDepth('Markdown (emphasis, links, quotes, lists)');
/** After raw HTML is parsed into the tree: nested elements. */
export const rehypeLimitDepth = limitTreeDepth('HTML elements');

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/**
 * Raw HTML is one flat string per chunk until it is parsed, and the parser
 * (hast-util-raw) itself recurses: its nesting is counted from the tags, in
 * document order, before it runs.
 */
export function checkRawHtmlDepth(chunks: ReadonlyArray<{ value: string; position?: Node['position'] }>): void {
  let depth = 0;
  for (const chunk of chunks) {
    for (const match of chunk.value.matchAll(TAG)) {
      const [, closing, name, selfClosing] = match;
      if (VOID_ELEMENTS.has(name!.toLowerCase()) || selfClosing) continue;
      depth = closing ? Math.max(0, depth - 1) : depth + 1;
      if (depth > MAX_TREE_DEPTH) {
        const start = chunk.position?.start;
        throw new TooDeepError('HTML elements', start?.line, start ? start.column + (match.index ?? 0) : undefined);
      }
    }
  }
}
