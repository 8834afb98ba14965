/**
 * The importer: a plain-text copy of a published article in, a Markdown
 * article file out (drafted frontmatter + the text, once, as paragraphs).
 */
import { draftFrontmatter, placeholders } from './draft.ts';
import type { DraftOptions } from './draft.ts';
import { articleFileName } from './fileName.ts';
import { articleUrlFor } from '../model/urls.ts';
import { readHeader } from './header.ts';
import { isListingUrl, outletForHost, urlHost } from './outlets.ts';
import { mastheadSpelling } from './mastheadSpelling.ts';
import { unflattenPage } from './flattenedPage.ts';
import { toMarkdownFile } from './markdownFile.ts';
import { extractQuotes } from './quotes.ts';
import type { DraftFrontmatter } from './types.ts';

export interface ImportedArticle {
  frontmatter: DraftFrontmatter;
  body: string[];
  /** `2020-11-28-some-headline.md` (`YYYY-MM-DD-some-headline.md` while the date is a placeholder). */
  fileName: string;
  url: string | undefined;
  /** Paths of the fields left as `TODO:` placeholders. */
  placeholders: string[];
  /** The whole file: frontmatter and body. */
  markdown: string;
}

export function importCopy(pasted: string, options: DraftOptions & { sourceName?: string } = {}): ImportedArticle {
  // A page flattened to one line gets its line breaks back (`HEADLINE ==== Name on DATE TIME TOWN - …`).
  const text = unflattenPage(pasted);
  const host = options.url === undefined ? undefined : urlHost(options.url);
  // A host outlets.json lacks: the name the page prints for it marks its masthead line (`Tonga Courier Logo`).
  const masthead = host === undefined || options.outlet !== undefined || outletForHost(host) !== undefined ? undefined : mastheadSpelling(host, text);
  const header = readHeader(text, { listing: options.url !== undefined && isListingUrl(options.url), masthead });
  const quotes = extractQuotes(header.body.join('\n\n'));
  const frontmatter = draftFrontmatter(header, quotes, options, text);
  const fileName = articleFileName(frontmatter.date, frontmatter.title);
  const todo = placeholders(frontmatter);
  const comment = [
    `Imported${options.sourceName ? ` from ${options.sourceName}` : ''} by npm run import. Check every fact against the copy.`,
    ...(todo.length > 0 ? ['Fill in each "TODO:" value, then delete `draft: true`. npm run check lists what is left.'] : []),
    'Topics (tags) are left for the editor to choose.',
  ].join('\n');
  return {
    frontmatter,
    body: header.body,
    fileName,
    url: articleUrlFor(frontmatter.date, fileName),
    placeholders: todo,
    markdown: toMarkdownFile(frontmatter, header.body, comment),
  };
}

export { EmptyCopyError } from './header.ts';
export type { DraftFrontmatter, DraftQuote } from './types.ts';
