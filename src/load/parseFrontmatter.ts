/**
 * Load, step two: a VFile's text → frontmatter data and body. gray-matter
 * finds the fences; the `yaml` package parses between them so every value
 * keeps its position for error messages.
 */
import matter from 'gray-matter';
import { LineCounter, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { reportError } from '../model/diagnostics.ts';
import { parseYaml } from './parseYaml.ts';

export interface ParsedSource {
  /** The frontmatter as plain data, or undefined when it could not be read. */
  data: unknown;
  /** The YAML document, for mapping a field to its line and column. */
  yaml: Document | undefined;
  /** Maps offsets in the frontmatter to lines of the file (same numbering). */
  lineCounter: LineCounter;
  body: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
}

const EMPTY_FILE = {
  reason: 'Unexpected empty file, expected frontmatter and the article text',
  rule: 'empty-file',
  hint: 'Fill the file (`npm run new -- "Headline"` writes one with every field), or delete it.',
};

const NO_OPENING_FENCE = {
  reason: 'Unexpected text at the start of the file, expected frontmatter opening with `---`',
  rule: 'frontmatter',
  hint: 'Start the file with a line `---`, the YAML fields, and another line `---` before the text (see `npm run new`).',
};

export function parseFrontmatter(file: VFile): ParsedSource {
  const source = String(file.value);
  const lineCounter = new LineCounter();
  let yaml: Document | undefined;
  let data: unknown;
  let failed = false;

  // Not read (too large, not UTF-8): that message says it all, there is no text to look for fences in.
  if (file.messages.some((message) => message.fatal === true)) {
    return { data: undefined, yaml, lineCounter, body: '', bodyLine: 1 };
  }
  const opening = source.trim() === '' ? EMPTY_FILE : /^---[ \t]*\n/.test(source) ? undefined : NO_OPENING_FENCE;
  if (opening) {
    reportError(file, { ...opening, place: { line: 1, column: 1 } });
    return { data: undefined, yaml, lineCounter, body: source, bodyLine: 1 };
  }

  const parsed = matter(source, {
    // Passing options also keeps gray-matter from caching every file it reads.
    engines: {
      yaml: (text: string): object => {
        const result = parseYaml(file, text, lineCounter);
        ({ yaml, data, failed } = result);
        return {};
      },
    },
  });

  if (!/\n---[ \t]*(\n|$)/.test(source.slice(3))) {
    reportError(file, {
      reason: 'Unexpected end of file, expected frontmatter closing with `---`',
      rule: 'frontmatter',
      place: { line: 1, column: 1 },
      hint: 'Close the frontmatter with a line `---` before the article text.',
    });
    return { data: undefined, yaml, lineCounter, body: '', bodyLine: 1 };
  }

  const head = source.slice(0, source.length - parsed.content.length);
  const bodyLine = head.split('\n').length;
  return { data: failed ? undefined : (data ?? {}), yaml, lineCounter, body: parsed.content, bodyLine };
}
