/**
 * A part of a split build (parts.ts) shows, on its listing pages, the
 * summaries of articles another part renders: an article's frontmatter
 * summary, or its first paragraph from the body's first blocks alone
 * (src/render/firstParagraph.ts). Undefined: the body must be rendered whole.
 */
import path from 'node:path';
import { parseFrontmatter } from '../load/parseFrontmatter.ts';
import { readSource } from '../load/readSource.ts';
import type { RenderOutput } from '../render/renderBody.ts';
import { firstParagraphOf } from '../render/firstParagraph.ts';
import type { Kept } from './sourceStages.ts';

/** What a part keeps of a body it does not render: no HTML, and the summary its listings show. */
export async function summaryOnly(item: Kept, root: string): Promise<RenderOutput | undefined> {
  if (item.frontmatter.summary !== undefined) return { html: '', firstParagraph: '', problems: [] };
  // A file unchanged since the build state recorded it was not read this time.
  const markdown = item.input?.markdown ?? parseFrontmatter(await readSource(path.resolve(root, item.file.path), item.file.path)).body;
  const text = await firstParagraphOf(markdown);
  return text === undefined ? undefined : { html: '', firstParagraph: text, problems: [] };
}
