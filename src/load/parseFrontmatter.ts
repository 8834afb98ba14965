/**
 * Load, step two: a VFile's text → frontmatter data and body. gray-matter
 * finds the fences; between them the fast reader (fastYaml.ts) takes the
 * common forms, and the `yaml` package parses the rest, so every value keeps
 * its position for error messages. After the fast reader the YAML document is
 * parsed only when something asks where a field is — a message, which most
 * files never have: the same document, so the same positions.
 */
import matter from 'gray-matter';
import { LineCounter, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { reportError, type Place } from '../model/diagnostics.ts';
import { readFastYaml, type FastYaml } from './fastYaml.ts';
import { parseYaml, yamlDocument } from './parseYaml.ts';

export interface ParsedSource {
  /** The frontmatter as plain data, or undefined when it could not be read. */
  data: unknown;
  /** The YAML document, for mapping a field to its line and column (parsed on first use after the fast reader). */
  readonly yaml: Document | undefined;
  /** Maps offsets in the frontmatter to lines of the file (same numbering). */
  readonly lineCounter: LineCounter;
  /** Where each scalar value starts, when the fast reader read the frontmatter (fastYaml.fieldKey paths). */
  starts?: ReadonlyMap<string, Place> | undefined;
  body: string;
  /** Line of the file on which the body starts (1-based). */
  bodyLine: number;
}

/** A source the fast reader read: its YAML document waits until a position is asked for. */
class FastSource implements ParsedSource {
  #document: Document | undefined;
  #lineCounter: LineCounter | undefined;

  constructor(
    readonly data: unknown,
    readonly starts: ReadonlyMap<string, Place>,
    readonly body: string,
    readonly bodyLine: number,
    private readonly frontmatter: string,
  ) {}

  get yaml(): Document {
    if (!this.#document) {
      this.#lineCounter = new LineCounter();
      this.#document = yamlDocument(this.frontmatter, this.#lineCounter);
    }
    return this.#document;
  }

  get lineCounter(): LineCounter {
    if (!this.#lineCounter) void this.yaml;
    return this.#lineCounter!;
  }
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

export interface ParseOptions {
  /** Try the fast reader first (default); false parses with `yaml` only, as the tests compare. */
  fast?: boolean;
}

export function parseFrontmatter(file: VFile, options: ParseOptions = {}): ParsedSource {
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

  // What the fast reader made of the text between the fences, if it could read it.
  const read: { text?: string; fast?: FastYaml } = {};
  const parsed = matter(source, {
    // Passing options also keeps gray-matter from caching every file it reads.
    engines: {
      yaml: (text: string): object => {
        read.text = text;
        const fast = options.fast === false ? undefined : readFastYaml(text);
        if (fast) read.fast = fast;
        else ({ yaml, data, failed } = parseYaml(file, text, lineCounter));
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
  if (read.fast && read.text !== undefined) return new FastSource(read.fast.data, read.fast.starts, parsed.content, bodyLine, read.text);
  return { data: failed ? undefined : (data ?? {}), yaml, lineCounter, body: parsed.content, bodyLine };
}
