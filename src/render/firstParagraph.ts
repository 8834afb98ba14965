/**
 * Render, the summary alone: an article without a frontmatter summary is
 * summarised by its body's first paragraph, which only rendering tells. A
 * part of a split build (src/pipeline/parts.ts) shows summaries of articles
 * it does not render; it renders only the body's first blocks, up to the
 * first paragraph, through the same pipeline (renderMarkdown.ts `safeTree`).
 *
 * The same text as the whole render's because CommonMark reads blocks in
 * order: a top-level paragraph followed by a blank line is final (a setext
 * underline or a table's delimiter row must follow it directly), so what
 * comes after the cut cannot change it. Two things can reach back: link
 * reference and footnote definitions (anywhere in the body), and raw HTML
 * (parse5 can nest what follows an open tag). A body with either, or one
 * whose first paragraph is not among its first blocks, gets `undefined`:
 * render it whole.
 */
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { paragraphText, safeTree } from './renderMarkdown.ts';

const REACHES_BACK = /<[A-Za-z/!?]|^ {0,3}\[[^\]\n]*\]:/m;
/** Blocks tried before the whole render is cheaper. */
const MOST_CUTS = 6;

export async function firstParagraphOf(markdown: string): Promise<string | undefined> {
  if (REACHES_BACK.test(markdown)) return undefined;
  const lines = markdown.split('\n');
  let seen = false;
  let cuts = 0;
  for (let end = 0; end <= lines.length; end++) {
    const blank = end === lines.length || lines[end]!.trim() === '';
    if (!blank) {
      seen = true;
      continue;
    }
    if (!seen) continue;
    if (++cuts > MOST_CUTS) return undefined;
    const prefix = lines.slice(0, end).join('\n');
    try {
      const file = new VFile({ value: prefix });
      const tree = (await safeTree.run(safeTree.parse(file), file)) as Root;
      const first = tree.children.find((node) => node.type === 'element' && node.tagName === 'p');
      if (first) return paragraphText(first);
    } catch {
      // Nested too deep, or any failure: the whole render reports it.
      return undefined;
    }
    seen = false;
  }
  return '';
}
