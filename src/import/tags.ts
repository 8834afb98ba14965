/**
 * compromise's reading of a short phrase (`#Person`, `#Place`, …), memoised:
 * the importer asks about the same words many times per article.
 */
import nlp from 'compromise';

const memo = new Map<string, ReadonlySet<string>>();

const ASKED = ['#Person', '#Place', '#Organization', '#Country', '#Demonym'] as const;
export type Tag = (typeof ASKED)[number];

export function hasTag(phrase: string, tag: Tag): boolean {
  let tags = memo.get(phrase);
  if (!tags) {
    const doc = nlp(phrase);
    tags = new Set(ASKED.filter((t) => doc.has(t)));
    if (memo.size > 5000) memo.clear();
    memo.set(phrase, tags);
  }
  return tags.has(tag);
}

/** compromise's word list: true when `word` (any case) is a dictionary word or a name it knows. */
const LEXICON: Readonly<Record<string, unknown>> = (
  nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }
).world().model.one.lexicon;

export function inLexicon(word: string): boolean {
  return LEXICON[word.toLowerCase()] !== undefined;
}

/** compromise's word list has `word` (any case) as a plural noun only (`initiatives`). */
export function isPluralNoun(word: string): boolean {
  return LEXICON[word.toLowerCase()] === 'Plural';
}

/** What compromise's word list tags `word` as (`['MaleName']`, `['Abbreviation', 'Honorific']`), or none. */
export function lexiconTags(word: string): readonly string[] {
  const entry = LEXICON[word.toLowerCase()];
  return typeof entry === 'string' ? [entry] : Array.isArray(entry) ? entry.filter((t): t is string => typeof t === 'string') : [];
}
