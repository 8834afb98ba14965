/**
 * The `TODO:` placeholder, in one home: what the importer and `npm run new`
 * write where they cannot tell a fact, and what validation refuses to
 * publish — a frontmatter value that starts with it, or the word anywhere in
 * the body.
 */
import type { Place } from './diagnostics.ts';

/** What a placeholder starts with. */
export const PLACEHOLDER_PREFIX = 'TODO:';

/** A placeholder saying what is missing: `TODO: outlet that published this copy`. */
export function placeholder(what: string): string {
  return `${PLACEHOLDER_PREFIX} ${what}`;
}

/** A frontmatter value still holding a placeholder (`TODO`, `TODO: …`, ` TODO …`). */
export function isPlaceholder(value: string): boolean {
  return /^\s*TODO\b/.test(value);
}

/** The upper-case word TODO, wherever it stands (a body's placeholder). */
const TODO_WORD = /\bTODO\b/g;

/**
 * Where the body still holds `TODO`: one place per line that has it, in file
 * coordinates (`bodyLine` is the file line the body starts on).
 */
export function placeholdersInBody(body: string, bodyLine: number): Place[] {
  const places: Place[] = [];
  body.split('\n').forEach((line, index) => {
    TODO_WORD.lastIndex = 0;
    const found = TODO_WORD.exec(line);
    if (found) places.push({ line: bodyLine + index, column: found.index + 1 });
  });
  return places;
}
