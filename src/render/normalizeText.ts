/**
 * The comparison DESIGN.md prescribes for quotes: white space, typographic
 * quotes, apostrophes and dashes do not count. Keeps a map back to the
 * original offsets so a match can be marked where it stands.
 */

const DOUBLE_QUOTES = /["“”„‟″〝〞＂«»]/u;
const SINGLE_QUOTES = /['‘’‚‛′`´]/u;
const DASHES = /[-‐‑‒–—―−]/u;
const SPACE = /\s/u;

export interface NormalizedText {
  text: string;
  /** `map[i]` is the offset in the original of normalised character `i`. */
  map: number[];
}

/** What one character becomes: itself, a canonical quote or dash, or space. */
function canonical(ch: string, code: number): string {
  if (code < 128) {
    if (code <= 32) return ' ';
    if (code === 34) return '"';
    if (code === 39 || code === 96) return "'";
    return ch;
  }
  if (SPACE.test(ch)) return ' ';
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DASHES.test(ch)) return '-';
  return ch;
}

export function normalizeWithMap(original: string): NormalizedText {
  const parts: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    const out = canonical(ch, original.charCodeAt(i));
    if (out === ' ') {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (parts.length > 0) {
        parts.push(' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    parts.push(out);
    map.push(i);
  }
  return { text: parts.join(''), map };
}

export function normalizeText(original: string): string {
  return normalizeWithMap(original).text;
}
