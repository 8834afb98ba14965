/**
 * Normalises the case of a dateline place: `YEREVAN` → `Yerevan`,
 * `RIO DE JANEIRO` → `Rio de Janeiro`, `NUR-SULTAN` → `Nur-Sultan`,
 * `ST. PETERSBURG` → `St. Petersburg`. Places printed in mixed case stay
 * as printed.
 */

import { PLACE_NAME_PARTICLES } from '../text/nameParticles.ts';

/** Particles that stay lower case inside a place name. */
const PARTICLES = new Set(PLACE_NAME_PARTICLES);

export function normalisePlace(printed: string): string {
  const trimmed = printed.trim().replace(/\s+/g, ' ');
  if (trimmed.includes('/')) return trimmed.split('/').map(normalisePlace).join('/');
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed
    .split(' ')
    .map((word, index) => normaliseWord(word, index === 0))
    .join(' ');
}

function normaliseWord(word: string, first: boolean): string {
  // Abbreviations with dots (D.C., U.S.) keep their capitals.
  if (/^(?:\p{Lu}\.){2,}$/u.test(word)) return word;
  return word
    .split('-')
    .map((part, index) => {
      const lower = part.toLowerCase();
      if ((!first || index > 0) && PARTICLES.has(lower)) return lower;
      return capitalise(lower);
    })
    .join('-');
}

function capitalise(word: string): string {
  // O'HARE → O'Hare, MCALLEN stays Mcallen (no dictionary to do better); SANA'A → Sana'a: one letter after the mark is a vowel's glottal stop, not a name.
  return word.replace(/(^|['’])(\p{Ll})(?!$)/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}
