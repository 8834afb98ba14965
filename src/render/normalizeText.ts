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

export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      if (text.length > 0) {
        text += ' ';
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    text += DOUBLE_QUOTES.test(ch) ? '"' : SINGLE_QUOTES.test(ch) ? "'" : DASHES.test(ch) ? '-' : ch;
    map.push(i);
  }
  return { text, map };
}

export function normalizeText(original: string): string {
  return normalizeWithMap(original).text;
}
