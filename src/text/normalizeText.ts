/**
 * Text for comparisons, the one home of the folding DESIGN.md prescribes for
 * quotes: white space, typographic quotes, apostrophes and dashes do not
 * count. Validation (quotes found in the body, near-duplicates), rendering
 * (marking a quote where it stands, through the offset map) and the importer
 * (same headline, same body) all compare through this module, never for
 * output: nothing here rewords what a page shows.
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

/**
 * For equality of two texts regardless of typography and case: compatibility
 * forms folded (NFKC: ligatures, full-width letters), then `normalizeText`,
 * then lower case. The importer uses it to see that a paragraph repeats the
 * headline or that a copy is already in the archive.
 */
export function comparable(text: string): string {
  return normalizeText(text.normalize('NFKC')).toLowerCase();
}

/** `comparable` without trailing punctuation: a standfirst often drops the full stop. */
export function comparableStem(text: string): string {
  return comparable(text).replace(/[\s.,;:!?…-]+$/u, '');
}

/** `Times-Of Swazíland` → `timesofswaziland`: a name's letters and digits alone, without case or accents (a host's label spelled by a printed name). */
export function foldLetters(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\d]/gu, '');
}

/** `Zürich` → `zurich`: what is left of a name without case and accents (name collisions, the importer's gazetteer). */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
