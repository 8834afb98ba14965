/**
 * Writes drafted frontmatter and body as an article file: YAML between
 * `---` lines (the style of the curated articles: quoted title, printed
 * dateline and quote texts; flow lists for tags and people), then the body.
 */
import { Document, Scalar, isScalar, isSeq, visit } from 'yaml';
import { isPlaceholder, type DraftFrontmatter } from './types.ts';

/** Keys whose values are printed in double quotes (text copied from the article). */
const QUOTED_KEYS = new Set(['title', 'printed', 'text', 'byline']);

export function toMarkdownFile(frontmatter: DraftFrontmatter, body: string[], comment?: string): string {
  const doc = new Document(withoutUndefined(frontmatter));
  visit(doc, {
    Pair(_key, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (isScalar(pair.value) && typeof pair.value.value === 'string') {
        if (QUOTED_KEYS.has(key) || isPlaceholder(String(pair.value.value))) pair.value.type = Scalar.QUOTE_DOUBLE;
      }
      if ((key === 'tags' || key === 'people') && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  if (comment !== undefined) doc.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
  const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${yaml}---\n\n${body.map(escapeBlockStart).join('\n\n')}\n`;
}

/** Plain text that Markdown would read as a heading, list or quote block keeps its meaning as text. */
export function escapeBlockStart(paragraph: string): string {
  // An ordered item's marker is escaped at its `.` or `)`: a backslash before a digit is no escape, and would show.
  const ordered = /^(\d{1,9})([.)]\s)/.exec(paragraph);
  if (ordered) return `${ordered[1]}\\${paragraph.slice(ordered[1]!.length)}`;
  return paragraph.replace(/^(#{1,6}\s|>|[-+*]\s)/, (marker) => `\\${marker}`);
}

function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
