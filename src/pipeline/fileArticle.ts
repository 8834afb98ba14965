/**
 * A valid file and its rendered body made into the article the templates see, and the same stages for one
 * source text that is not (yet) in content/ (the importer and `npm run new` check what they wrote with it).
 */
import { VFile } from 'vfile';
import { parseFrontmatter } from '../load/parseFrontmatter.ts';
import { decodeSource } from '../load/readSource.ts';
import { directionOf, quoteId, type Article } from '../model/article.ts';
import { reportError } from '../model/diagnostics.ts';
import { renderBody, type RenderOutput } from '../render/renderBody.ts';
import { renderInput, validateArticle, type Validated } from './sourceStages.ts';

/** An unchanged file's article, by its frontmatter record (the build state keeps the same object while a file is unchanged). */
export type ArticleMemo = WeakMap<object, { address: object; rendered: RenderOutput; inputPath: string; article: Article }>;

type ArticleParts = Pick<Validated, 'file' | 'frontmatter' | 'address'>;

/**
 * The article the templates see; undefined when rendering found an error (reported on the file). With `memo`, an
 * unchanged file with the same body gives the same Article object as last time.
 */
export function toArticle(item: ArticleParts, rendered: RenderOutput, memo?: ArticleMemo): Article | undefined {
  const { file, frontmatter, address } = item;
  for (const problem of rendered.problems) reportError(file, problem);
  if (rendered.problems.length > 0) return undefined;
  const known = memo?.get(frontmatter);
  if (known && known.address === address && known.rendered === rendered && known.inputPath === file.path) return known.article;
  const article = newArticle(item, rendered);
  memo?.set(frontmatter, { address, rendered, inputPath: file.path, article });
  return article;
}

function newArticle({ file, frontmatter, address }: ArticleParts, rendered: RenderOutput): Article {
  const { quotes: _quotes, summary, ...rest } = frontmatter;
  return {
    ...rest,
    ...address,
    inputPath: file.path,
    dir: directionOf(frontmatter.lang),
    // Written out, not spread: a spread copy of each quote got a hidden class of its own (one per quote in a heap snapshot at
    // 20,000 articles, 50,000 of them).
    quotes: frontmatter.quotes.map((quote, index) => ({ text: quote.text, speaker: quote.speaker, role: quote.role, id: quoteId(index) })),
    summary: summary ?? rendered.firstParagraph,
    html: rendered.html,
  };
}

/**
 * The content stages for one source text that is not (yet) in content/: what
 * the importer and `npm run new` use to check what they wrote.
 */
export async function checkSource(displayPath: string, text: string): Promise<VFile> {
  const file = decodeSource(new VFile({ path: displayPath }), new TextEncoder().encode(text));
  const valid = validateArticle({ file, source: parseFrontmatter(file) });
  if (valid) toArticle(valid, await renderBody(renderInput(valid)));
  return file;
}
