/**
 * Validate: block quotes and lists nested deeper than an article ever needs.
 * Markdown's parser takes time quadratic in the depth and the tree walkers
 * after it recurse, so a body nested thousands deep (by accident or on
 * purpose) stopped the whole build with "Maximum call stack size exceeded".
 * This reads the container markers line by line, before anything parses the
 * body, and names the line where the nesting passes the limit.
 */

/** Levels of block quotes and lists together; a real article uses three or four. */
export const MAX_NESTING = 32;

export interface TooDeep {
  /** 1-based, in the body. */
  line: number;
  column: number;
  depth: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE_MARKER = /^ {0,3}>/;
const LIST_MARKER = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?: +|$)/;

/**
 * Every character that could open a level: each `>`, and each list marker (`-`, `+`, `*`, or a digit and
 * `.` or `)`) followed by a space, a tab or a line end. A level is opened by one of these, so a body with
 * no more of them than the limit cannot nest past it: most bodies are cleared by this one scan.
 */
const POSSIBLE_MARKER = />|[-+*](?=[ \t\n]|$)|[0-9][.)](?=[ \t\n]|$)/g;

function fewMarkers(body: string, max: number): boolean {
  POSSIBLE_MARKER.lastIndex = 0;
  let count = 0;
  while (POSSIBLE_MARKER.exec(body)) if (++count > max) return false;
  return true;
}

/** Where the body's block quotes and lists first nest deeper than `max`; undefined when they never do. */
export function tooDeepNesting(body: string, max = MAX_NESTING): TooDeep | undefined {
  if (fewMarkers(body, max)) return undefined;
  // Content columns of the open list items, per depth of leading `>` (lists nest by indentation inside quotes too).
  const openItems = new Map<number, number[]>();
  let fence: string | undefined;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.replace(/\t/g, '    ');
    const fenceMatch = FENCE.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      continue;
    }
    if (line.trim() === '' || THEMATIC_BREAK.test(line)) continue;

    let position = 0;
    let depth = 0;
    let quotes = 0;
    const markerAt = (): TooDeep | undefined => (depth > max ? { line: index + 1, column: position + 1, depth } : undefined);
    for (let match = QUOTE_MARKER.exec(line); match; match = QUOTE_MARKER.exec(line.slice(position))) {
      position += match[0].length;
      if (line[position] === ' ') position++;
      quotes++;
      depth++;
      const found = markerAt();
      if (found) return found;
    }
    const rest = line.slice(position);
    const indent = position + (rest.length - rest.trimStart().length);
    let items = openItems.get(quotes);
    if (!items) openItems.set(quotes, (items = []));
    while (items.length > 0 && items.at(-1)! > indent) items.pop();
    depth += items.length;
    let found = markerAt();
    if (found) return found;
    // Four columns past where the enclosing content starts is an indented code block, not nesting.
    if (indent - (items.at(-1) ?? position) >= 4) continue;
    position = indent;
    // Markers that open on this line: `- - - item`, `1. > - item`.
    for (;;) {
      const tail = line.slice(position);
      const list = LIST_MARKER.exec(tail);
      const quote = list ? undefined : QUOTE_MARKER.exec(tail);
      const marker = list ?? quote;
      if (!marker) break;
      const markerColumn = position + (marker[0].length - marker[0].trimStart().length);
      position += marker[0].length;
      if (quote && line[position] === ' ') position++;
      depth++;
      if (list) items.push(position);
      found = markerAt() && { line: index + 1, column: markerColumn + 1, depth };
      if (found) return found;
    }
  }
  return undefined;
}
