/**
 * Load: a fast reader for the frontmatter most articles have — block maps of
 * `key: value` lines, block lists (`- item`, `- key: value`), one-line flow
 * lists (`[a, "b"]`), plain and quoted one-line scalars, comments — that
 * gives the values the `yaml` package gives (core schema) and where each
 * value starts, in a tenth of its time. Anything else (anchors, tags,
 * multi-line or block scalars, flow maps, tabs, duplicate keys, numbers,
 * nulls, an odd escape…) makes it give up (undefined), and the caller parses
 * with `yaml` as before; so does every message, which needs the YAML document
 * (parseFrontmatter.ts). tests/load/fastYaml.test.ts compares the two readers
 * on every fixture, generated archives and random texts.
 */
import type { Place } from '../model/diagnostics.ts';

export interface FastYaml {
  data: Record<string, unknown>;
  /**
   * Where each value starts, by its path's key (fieldKey): a scalar's first character (a quoted one's
   * quote), a map's first key, a list's first `-` or its `[` — where yaml's nodes start.
   */
  starts: Map<string, Place>;
}

/** The key of a field path in FastYaml.starts: `quotes.0.text` is `quotes\u00000\u0000text`. */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('\0');
}

interface Line {
  /** 0-based index in the text: line numbers are index + 1, as yaml's LineCounter counts. */
  index: number;
  text: string;
  /** Column where the content starts (after the indentation, or after `- ` for an item's map). */
  indent: number;
}

/** Core-schema plain scalars that are not strings (yaml/dist/schema/core, common/null). */
const NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
const BOOLEAN = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** A key this reader takes: a plain word (no number, boolean, null or `__proto__`). */
const KEY = /^([A-Za-z][A-Za-z0-9_-]*):(?: +|$)/;
/** What may follow a value on its line: nothing, or a comment after a space. */
const LINE_END = /^(?: *| +#.*)$/;
/** Characters a plain scalar may not start with (YAML indicators), for this reader. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

function giveUp(): never {
  throw GIVE_UP;
}

/** The frontmatter's values and scalar positions, or undefined when `yaml` must read it. */
export function readFastYaml(text: string): FastYaml | undefined {
  // Tabs, carriage returns, control characters, a BOM inside or Unicode line breaks: the full parser decides.
  if (/[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/.test(text)) return undefined;
  const lines: Line[] = [];
  const raw = text.split('\n');
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index]!;
    const indent = /^ */.exec(line)![0].length;
    if (indent === line.length) continue;
    // A comment line, at any indentation (a scalar's next line cannot start with `#`).
    if (line[indent] === '#') continue;
    // Document markers and directives.
    if (indent === 0 && (line.startsWith('---') || line.startsWith('...') || line.startsWith('%'))) return undefined;
    lines.push({ index, text: line, indent });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  const reader = new Reader(lines);
  try {
    const data = reader.map(0, []);
    if (reader.at < lines.length) return undefined;
    return { data, starts: reader.starts };
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

class Reader {
  at = 0;
  readonly starts = new Map<string, Place>();

  constructor(private readonly lines: Line[]) {}

  /** A block map whose keys start at column `indent`, from the current line. */
  map(indent: number, path: PropertyKey[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.startAt(path, this.lines[this.at]!, indent);
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent) giveUp();
      const rest = line.text.slice(indent);
      const key = KEY.exec(rest);
      if (!key) giveUp();
      const name = key[1]!;
      if (name.length > 1000 || BOOLEAN.test(name) || NOT_A_STRING[0]!.test(name) || Object.prototype.hasOwnProperty.call(out, name)) giveUp();
      const valueColumn = indent + key[0].length;
      const childPath = [...path, name];
      this.at++;
      const after = line.text.slice(valueColumn);
      // Nothing after `key:` but perhaps a comment (KEY took the spaces before it): the value is the block below.
      if (after === '' || after[0] === '#') {
        out[name] = this.nested(indent, childPath);
      } else {
        out[name] = this.inline(line, valueColumn, childPath);
        this.noDeeper(indent);
      }
    }
    return out;
  }

  /** The block under a key with nothing after its `:`: a map indented deeper, or a list. */
  private nested(indent: number, path: PropertyKey[]): unknown {
    const next = this.lines[this.at];
    if (!next) giveUp();
    const rest = next.text.slice(next.indent);
    const isItem = rest === '-' || rest.startsWith('- ');
    // A list may stand at its key's own indentation; a map must be deeper.
    if (isItem && next.indent >= indent) return this.list(next.indent, path);
    if (!isItem && next.indent > indent) return this.map(next.indent, path);
    return giveUp(); // an empty value: null
  }

  /** A block list whose `-` stand at column `indent`. */
  private list(indent: number, path: PropertyKey[]): unknown[] {
    const out: unknown[] = [];
    this.startAt(path, this.lines[this.at]!, indent);
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent !== indent) {
        if (line.indent > indent) giveUp();
        break;
      }
      if (!line.text.startsWith('- ', indent)) break;
      const itemPath = [...path, out.length];
      let column = indent + 2;
      while (line.text[column] === ' ') column++;
      if (column >= line.text.length) giveUp();
      const rest = line.text.slice(column);
      if (KEY.test(rest)) {
        // `- key: value`: a map whose keys line up with this one.
        this.lines[this.at] = { ...line, indent: column };
        out.push(this.map(column, itemPath));
      } else {
        this.at++;
        out.push(this.inline(line, column, itemPath));
        this.noDeeper(indent);
      }
    }
    return out;
  }

  /** After a one-line value: a deeper line would continue it (a multi-line scalar). */
  private noDeeper(indent: number): void {
    const next = this.lines[this.at];
    if (next && next.indent > indent) giveUp();
  }

  /** A value on the rest of a line from `column`: a one-line flow list or a scalar. */
  private inline(line: Line, column: number, path: PropertyKey[]): unknown {
    const text = line.text;
    if (text[column] === '[') return this.flowList(line, column, path);
    const [value, end] = this.scalar(line, column, path, false);
    if (!LINE_END.test(text.slice(end))) giveUp();
    return value;
  }

  private flowList(line: Line, column: number, path: PropertyKey[]): unknown[] {
    const text = line.text;
    const out: unknown[] = [];
    this.startAt(path, line, column);
    let at = skipSpaces(text, column + 1);
    if (text[at] === ']') {
      if (!LINE_END.test(text.slice(at + 1))) giveUp();
      return out;
    }
    for (;;) {
      const [value, end] = this.scalar(line, at, [...path, out.length], true);
      out.push(value);
      at = skipSpaces(text, end);
      if (text[at] === ',') {
        at = skipSpaces(text, at + 1);
        if (text[at] === ']') giveUp(); // a trailing comma: let yaml judge
        continue;
      }
      if (text[at] === ']') break;
      giveUp();
    }
    if (!LINE_END.test(text.slice(at + 1))) giveUp();
    return out;
  }

  /** A scalar from `column`; its value and the column after it. */
  private scalar(line: Line, column: number, path: PropertyKey[], inFlow: boolean): [unknown, number] {
    const text = line.text;
    const first = text[column];
    let value: unknown;
    let end: number;
    if (first === '"') [value, end] = doubleQuoted(text, column);
    else if (first === "'") [value, end] = singleQuoted(text, column);
    else [value, end] = plain(text, column, inFlow);
    this.startAt(path, line, column);
    return [value, end];
  }

  private startAt(path: PropertyKey[], line: Line, column: number): void {
    this.starts.set(fieldKey(path), { line: line.index + 1, column: column + 1 });
  }
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ') at++;
  return at;
}

function plain(text: string, column: number, inFlow: boolean): [unknown, number] {
  if (INDICATOR.test(text.slice(column, column + 1))) giveUp();
  let end = column;
  for (; end < text.length; end++) {
    const char = text[end]!;
    if (char === '#' && text[end - 1] === ' ') break;
    if (char === ':' && (end + 1 === text.length || text[end + 1] === ' ' || inFlow)) giveUp();
    if (inFlow && (char === ',' || char === ']' || char === '[' || char === '{' || char === '}')) break;
  }
  const value = text.slice(column, end).replace(/ +$/, '');
  const valueEnd = column + value.length;
  if (BOOLEAN.test(value)) return [value[0] === 't' || value[0] === 'T', valueEnd];
  for (const pattern of NOT_A_STRING) if (pattern.test(value)) giveUp();
  return [value, valueEnd];
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

function doubleQuoted(text: string, column: number): [string, number] {
  let out = '';
  let from = column + 1;
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === '"') return [out + text.slice(from, at), at + 1];
    if (char !== '\\') continue;
    out += text.slice(from, at);
    const escape = text[at + 1] ?? '';
    if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
      out += String.fromCodePoint(parseInt(text.slice(at + 2, at + 6), 16));
      at += 5;
    } else if (escape in ESCAPES) {
      out += ESCAPES[escape];
      at += 1;
    } else giveUp();
    from = at + 1;
  }
  return giveUp(); // closed on a later line: a multi-line scalar
}

function singleQuoted(text: string, column: number): [string, number] {
  let out = '';
  let from = column + 1;
  for (let at = from; at < text.length; at++) {
    if (text[at] !== "'") continue;
    if (text[at + 1] === "'") {
      out += text.slice(from, at + 1);
      from = at + 2;
      at++;
      continue;
    }
    return [out + text.slice(from, at), at + 1];
  }
  return giveUp();
}
