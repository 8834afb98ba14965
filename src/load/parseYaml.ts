/**
 * Load: YAML text → plain data and the document that maps every value to its
 * line and column. Frontmatter (parseFrontmatter.ts) and the site settings
 * (site.yaml) are read the same way, with the same messages.
 */
import YAML, { type Document, type LineCounter } from 'yaml';
import type { VFile } from 'vfile';
import { reportError } from '../model/diagnostics.ts';

/** Guards against "billion laughs": an alias may be expanded this often at most. */
const MAX_ALIAS_COUNT = 100;

/** How every YAML text of the project is parsed (core schema: dates stay strings; duplicate keys are errors). */
export function yamlDocument(text: string, lineCounter: LineCounter): Document {
  return YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
}

export interface ParsedYaml {
  /** The plain data, or undefined when the YAML could not be read. */
  data: unknown;
  yaml: Document;
  failed: boolean;
}

/**
 * Parses `text`, reporting each syntax error on `file` at its position;
 * `lineCounter` maps offsets in `text` to lines (the caller lines them up with the file's).
 */
export function parseYaml(file: VFile, text: string, lineCounter: LineCounter): ParsedYaml {
  const yaml = yamlDocument(text, lineCounter);
  for (const error of yaml.errors) {
    const at = openingOfUnclosedQuote(text, error.code, error.pos[0]) ?? lineCounter.linePos(error.pos[0]);
    reportError(file, {
      reason: `Unexpected YAML: ${firstLine(error.message)}`,
      rule: 'yaml',
      place: { line: at.line, column: at.col },
      hint: 'Fix the YAML syntax; quote values that contain `:` or `#`.',
    });
  }
  if (yaml.errors.length > 0) return { data: undefined, yaml, failed: true };
  try {
    return { data: yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, yaml, failed: false };
  } catch (error) {
    reportError(file, {
      reason: `Unexpected YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`,
      rule: 'yaml',
      place: { line: 2, column: 1 },
      hint: 'Remove YAML aliases (`*name`) that expand too often.',
    });
    return { data: undefined, yaml, failed: true };
  }
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
