/**
 * A body's sample for the near-duplicate check (nearDuplicates.ts): its 6-word shingles, hashed, about one in
 * eight kept — the same ones in every article, so two copies of a story keep the same sample.
 */
import { normalizeText } from '../text/normalizeText.ts';
import type { WarnableArticle } from './editorWarnings.ts';

const SHINGLE = 6;

/** A body's sampled shingles; small enough to keep for every article (the build state keeps them too). */
export function bodySample(source: WarnableArticle['source']): Uint32Array {
  return sampleShingles(source.body);
}

/** FNV-1a, 32 bits: a fast, stable hash for words (not for security). */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The sample of a body's text (the body worker samples the Markdown it renders). */
export function sampleShingles(body: string): Uint32Array {
  const words = normalizeText(body).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(hashWord);
  const sample = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let hash = 0;
    for (let j = i; j < i + SHINGLE; j++) hash = (Math.imul(hash, 0x01000193) ^ words[j]!) >>> 0;
    // Keep about one shingle in eight: the same ones in every article (about 100 of a 5 KB body).
    // The kept ones end in three zero bits; without them they fit V8's small integers, which Maps
    // hold without boxing.
    if ((hash & 7) === 0) sample.add(hash >>> 3);
  }
  // A typed array, not the Set: 4 bytes a shingle for as long as the archive is checked.
  return Uint32Array.from(sample);
}
