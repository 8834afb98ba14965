/**
 * Render: Markdown body → sanitised HTML, with quotes marked. One frozen
 * processor serves every article; per-article input travels in `file.data`.
 *
 * remark-parse → remark-gfm → remark-rehype → rehype-raw (when there is raw HTML) → rehype-sanitize →
 * rehype-mark-quotes → rehype-stringify. Sanitising comes before our own
 * marking, so the ids we add are ours and content can never forge them
 * (content ids get the `user-content-` prefix).
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { raw } from 'hast-util-raw';
import { visit, EXIT } from 'unist-util-visit';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeMarkQuotes, { type QuoteToMark } from './rehypeMarkQuotes.ts';

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
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
      return EXIT;
    });
    return hasRaw ? (raw(tree, { file }) as Root) : tree;
  };
}

function rehypeFirstParagraph() {
  return (tree: Root, file: VFile): void => {
    const first = tree.children.find((node) => node.type === 'element' && node.tagName === 'p');
    file.data.firstParagraph = first ? toString(first).replace(/\s+/g, ' ').trim() : '';
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRawWhenNeeded)
  .use(rehypeSanitize)
  .use(rehypeFirstParagraph)
  .use(rehypeMarkQuotes)
  .use(rehypeStringify)
  .freeze();

export interface RenderInput {
  path: string;
  markdown: string;
  quotes: QuoteToMark[];
}

export interface Rendered {
  html: string;
  firstParagraph: string;
  /** The render's messages (e.g. a quote not in the body). */
  file: VFile;
}

export async function renderMarkdown(input: RenderInput): Promise<Rendered> {
  const file = new VFile({ path: input.path, value: input.markdown, data: { quotes: input.quotes } });
  const result = await processor.process(file);
  return { html: String(result.value), firstParagraph: result.data.firstParagraph ?? '', file: result };
}
