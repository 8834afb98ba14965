/** The pieces of a dateline's place that every dateline style shares: a place's words, two cities joined by a slash, words in capitals, and the labels in capitals that are never a place. */
import { particlePattern, PLACE_NAME_PARTICLES } from '../text/nameParticles.ts';

export const PARTICLE = particlePattern(PLACE_NAME_PARTICLES);
export const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*";
export const ONE_PLACE = `${PLACE_WORD}(?: (?:${PLACE_WORD}|${PARTICLE})){0,4}`;
/** `SEOUL/WASHINGTON`: a story filed from two cities. */
export const PLACE = `${ONE_PLACE}(?:/${ONE_PLACE})?`;
export const CAPS_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’\\-]+";
/** Words in capitals before a colon that label a caption or a section, not a place. */
export const LABELS = new Set(['FILE', 'PHOTO', 'PHOTOS', 'VIDEO', 'WATCH', 'UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'COMMENT', 'NOTE', 'READ', 'ALSO', 'LIVE', 'SOURCE', 'SOURCES', 'CORRECTION', 'HEADLINE', 'HEADLINES', 'SUMMARY', 'CONTENTS', 'SUBJECT', 'TOPIC', 'TOPICS', 'REUTERS', 'AP', 'AFP']);
