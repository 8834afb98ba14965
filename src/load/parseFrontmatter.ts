/**
 * Load, step two: a VFile's text → frontmatter data and body. gray-matter
 * finds the fences; the `yaml` package parses between them so every value
 * keeps its position for error messages.
 */
import matter from 'gray-matter';
import YAML, { LineCounter, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { reportError } from '../model/diagnostics.ts';

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

/** Guards against "billion laughs": an alias may be expanded this often at most. */
const MAX_ALIAS_COUNT = 100;

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
        yaml = YAML.parseDocument(text, {
          lineCounter,
          prettyErrors: false,
          uniqueKeys: true,
          schema: 'core',
        });
        for (const error of yaml.errors) {
          failed = true;
          const at = openingOfUnclosedQuote(text, error.code, error.pos[0]) ?? lineCounter.linePos(error.pos[0]);
          reportError(file, {
            reason: `Unexpected YAML: ${firstLine(error.message)}`,
            rule: 'yaml',
            place: { line: at.line, column: at.col },
            hint: 'Fix the YAML syntax; quote values that contain `:` or `#`.',
          });
        }
        if (failed) return {};
        try {
          const value: unknown = yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
          data = value;
        } catch (error) {
          failed = true;
          reportError(file, {
            reason: `Unexpected YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`,
            rule: 'yaml',
            place: { line: 2, column: 1 },
            hint: 'Remove YAML aliases (`*name`) that expand too often.',
          });
        }
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

/**
 * YAML reports an unclosed quote where the file ends; the editor needs the
 * line where the quote was opened.
 */
function openingOfUnclosedQuote(
  text: string,
  code: string,
  errorOffset: number,
): { line: number; col: number } | undefined {
  if (code !== 'MISSING_CHAR') return undefined;
  const lines = text.slice(0, errorOffset).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\\./g, '');
    const doubles = (line.match(/"/g) ?? []).length;
    if (doubles % 2 === 1) return { line: i + 1, col: line.indexOf('"') + 1 };
  }
  return undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
