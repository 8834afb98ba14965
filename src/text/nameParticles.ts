/**
 * The small lower-case words inside names, one list for people and one for
 * places, shared by every part that reads names (the importer's people and
 * datelines, place-name casing). A word added here is recognised everywhere.
 */

/** Inside a person's name: `Ursula von der Leyen`, `Mohammed bin Salman`, `Inzamam ul Haq`. */
export const PERSON_NAME_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn',
  'al', 'el', 'la', 'le', 'dos', 'das', 'ul', 'ud', 'y',
];

/** Inside a place's name: `Rio de Janeiro`, `Frankfurt am Main`, `Sharm el-Sheikh`, `Stratford upon Avon`. */
export const PLACE_NAME_PARTICLES: readonly string[] = [
  'of', 'the', 'and', 'on', 'upon', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'du',
  'des', 'la', 'le', 'les', 'es', 'am', 'an', 'der', 'au', 'aux', 'sur', 'en', 'y', 'al', 'el',
];

/** `(?:de|da|…)`: the particles as one regular-expression group. */
export function particlePattern(particles: readonly string[]): string {
  return `(?:${particles.join('|')})`;
}
