/**
 * Maps a field of the frontmatter (a path such as `quotes.1.text`) to the
 * line and column where an editor will find it.
 */
import { isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { fieldKey } from '../load/fastYaml.ts';
import type { ParsedSource } from '../load/parseFrontmatter.ts';
import type { Place } from '../model/diagnostics.ts';

export type FieldPath = readonly PropertyKey[];

interface Located {
  node: Node | undefined;
  /** The deepest node found along the path. */
  nearest: Node | undefined;
  found: boolean;
}

function locate(doc: Document, path: FieldPath): Located {
  let current: unknown = doc.contents;
  let nearest: Node | undefined = isNode(current) ? current : undefined;
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return { node: undefined, nearest, found: false };
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = current.items[segment];
    } else {
      return { node: undefined, nearest, found: false };
    }
    if (isNode(current)) nearest = current;
    else return { node: undefined, nearest, found: false };
  }
  return { node: nearest, nearest, found: true };
}

function placeAt(offset: number | undefined, lineCounter: LineCounter): Place {
  if (offset === undefined) return { line: 2, column: 1 };
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Where the value at `path` starts; the nearest existing parent when it is missing. */
export function placeOfValue(doc: Document | undefined, lineCounter: LineCounter, path: FieldPath): Place {
  if (!doc) return { line: 1, column: 1 };
  const { nearest } = locate(doc, path);
  return placeAt(nearest?.range?.[0], lineCounter);
}

/** Where the key `key` of the map at `path` is written (for unknown keys). */
export function placeOfKey(
  doc: Document | undefined,
  lineCounter: LineCounter,
  path: FieldPath,
  key: string,
): Place {
  if (!doc) return { line: 1, column: 1 };
  const { node } = locate(doc, path);
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === key);
    if (pair && isScalar(pair.key)) return placeAt(pair.key.range?.[0], lineCounter);
  }
  return placeOfValue(doc, lineCounter, path);
}

/**
 * Where the value at `path` of a parsed source starts: from the fast reader's
 * positions when it read the file and the value is a scalar there, so a
 * valid file's quotes and date are placed without parsing its YAML document;
 * else as placeOfValue (the same place, tests/load/fastYaml.test.ts).
 */
export function placeOfField(source: Pick<ParsedSource, 'yaml' | 'lineCounter' | 'starts'>, path: FieldPath): Place {
  return source.starts?.get(fieldKey(path)) ?? placeOfValue(source.yaml, source.lineCounter, path);
}
