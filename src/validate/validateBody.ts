/**
 * Validate, the body: what must not be published or cannot be rendered —
 * a `TODO` placeholder anywhere in the text, and block quotes or lists nested
 * deeper than MAX_NESTING (refused before the Markdown parser sees them).
 */
import type { VFile } from 'vfile';
import { reportError } from '../model/diagnostics.ts';
import { placeholdersInBody } from '../model/placeholder.ts';
import type { ParsedSource } from '../load/parseFrontmatter.ts';
import { MAX_NESTING, tooDeepNesting } from './nesting.ts';

/** Whether the body may be rendered and published; each problem is an error at its line. */
export function validateBody(file: VFile, source: Pick<ParsedSource, 'body' | 'bodyLine'>): boolean {
  const placeholders = placeholdersInBody(source.body, source.bodyLine);
  for (const place of placeholders) {
    reportError(file, {
      reason: 'Unexpected placeholder `TODO` in the text, expected the article as published',
      rule: 'placeholder',
      place,
      hint: 'Replace the TODO with the text of the copy (npm run new and the importer leave it where text is missing).',
    });
  }
  const deep = tooDeepNesting(source.body);
  if (deep) {
    reportError(file, {
      reason: `Unexpected block quotes and lists nested ${deep.depth} levels deep, expected at most ${MAX_NESTING}`,
      rule: 'nesting-depth',
      place: { line: source.bodyLine + deep.line - 1, column: deep.column },
      hint: `Articles are refused past ${MAX_NESTING} levels of \`>\` and list markers: check this line for repeated \`>\`, \`-\` or \`*\` (a paste gone wrong?).`,
    });
  }
  return placeholders.length === 0 && !deep;
}
