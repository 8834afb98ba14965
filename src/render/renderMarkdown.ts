/**
 * Render: Markdown body → sanitised HTML, with quotes marked. One frozen
 * processor serves every article; per-article input travels in `file.data`.
 *
 * remark-parse (plain prose by fastMarkdown.ts, the rest by micromark) → remark-gfm → remark-rehype → rehype-raw (when there is raw HTML) → rehype-sanitize →
 * rehype-mark-quotes → rehype-stringify. Sanitising comes before our own
 * marking, so the ids we add are ours and content can never forge them
 * (content ids get the `user-content-` prefix).
 */
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Raw } from 'mdast-util-to-hast';
import { toString } from 'hast-util-to-string';
import { raw } from 'hast-util-raw';
import { visit } from 'unist-util-visit';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Plugin, Processor } from 'unified';
import { VFile } from 'vfile';
import { fastMdast } from './fastMarkdown.ts';
import { reportError } from '../model/diagnostics.ts';
import rehypeMarkQuotes, { type QuoteToMark } from './rehypeMarkQuotes.ts';
import { checkRawHtmlDepth, MAX_TREE_DEPTH, rehypeLimitDepth, remarkLimitDepth, TooDeepError } from './treeDepth.ts';

declare module 'vfile' {
  interface DataMap {
    /** Text of the first paragraph: the default summary. */
    firstParagraph: string;
  }
}

/** Bump when the pipeline's output changes, so cached renders are dropped. */
export const PIPELINE_VERSION = '1';

/**
 * rehype-raw, run only when the Markdown had raw HTML: re-parsing every tree
 * through parse5 costs more than the rest of the pipeline for plain text.
 */
function rehypeRawWhenNeeded() {
  return (tree: Root, file: VFile): Root => {
    const chunks: Raw[] = [];
    visit(tree, 'raw', (node) => {
      chunks.push(node);
    });
    if (chunks.length === 0) return tree;
    checkRawHtmlDepth(chunks);
    return raw(tree, { file }) as Root;
  };
}

/**
 * remark-parse's parser, with the fast path in front: a body of plain prose
 * is read without micromark (same tree, fastMarkdown.ts); any other goes to
 * micromark with remark-gfm's extensions, as before.
 */
const remarkFastPath: Plugin<[], string, MdastRoot> = function (this: Processor) {
  const micromark = this.parser;
  if (!micromark) throw new Error('remarkFastPath needs remark-parse before it');
  this.parser = (document, file) => fastMdast(document) ?? micromark(document, file);
};

function rehypeFirstParagraph() {
  return (tree: Root, file: VFile): void => {
    const first = tree.children.find((node) => node.type === 'element' && node.tagName === 'p');
    file.data.firstParagraph = first ? paragraphText(first) : '';
  };
}

/** Markdown to the sanitised tree: the render's first half, shared with the summary alone (firstParagraph.ts). */
export const safeTree = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFastPath)
  .use(remarkLimitDepth)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRawWhenNeeded)
  .use(rehypeLimitDepth)
  .use(rehypeSanitize)
  .freeze();

/** The first paragraph's text as the summary shows it. */
export function paragraphText(paragraph: Root['children'][number]): string {
  return toString(paragraph).replace(/\s+/g, ' ').trim();
}

const processor = safeTree()
  .use(rehypeFirstParagraph)
  .use(rehypeMarkQuotes)
  .use(rehypeStringify)
  .freeze();

export interface RenderInput {
  path: string;
  markdown: string;
  quotes: QuoteToMark[];
  /** Line of the file the body starts on, for messages about the body; default 1. */
  bodyLine?: number;
}

export interface Rendered {
  html: string;
  firstParagraph: string;
  /** The render's messages (e.g. a quote not in the body). */
  file: VFile;
}

/**
 * One body, rendered. A body that breaks the pipeline (nested too deep, or
 * any failure) is that file's error, never the build's: the rest of the
 * archive is still checked.
 */
export async function renderMarkdown(input: RenderInput): Promise<Rendered> {
  const file = new VFile({ path: input.path, value: input.markdown, data: { quotes: input.quotes } });
  try {
    const result = await processor.process(file);
    return { html: String(result.value), firstParagraph: result.data.firstParagraph ?? '', file: result };
  } catch (error) {
    const failed = new VFile({ path: input.path });
    const offset = (input.bodyLine ?? 1) - 1;
    if (error instanceof TooDeepError) {
      reportError(failed, {
        reason: `Unexpected ${error.what} nested more than ${MAX_TREE_DEPTH} levels deep, expected at most ${MAX_TREE_DEPTH}`,
        rule: 'nesting-depth',
        place: error.line === undefined ? { line: offset + 1, column: 1 } : { line: offset + error.line, column: error.column ?? 1 },
        hint: 'Remove the repeated markers or tags on this line: nothing this deep can be shown to a reader.',
      });
    } else {
      reportError(failed, {
        reason: `Unexpected failure rendering this file (${error instanceof Error ? error.message : String(error)}), expected Markdown the renderer can read`,
        rule: 'render-failure',
        place: { line: offset + 1, column: 1 },
        hint: 'Look for unusual structure in the text (very deep nesting, huge tables); simplify it and check again.',
      });
    }
    return { html: '', firstParagraph: '', file: failed };
  }
}
