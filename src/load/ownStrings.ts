/**
 * Values copied out of the text they were parsed from. A string V8 cuts out of a longer one (a frontmatter
 * field out of its file's source) is a slice that keeps the whole source alive: ten fields of every article
 * held every file's text (5 KB each) for the whole build, about 470 MB of a 100,000-article build's heap
 * (a heap snapshot at 20,000 articles: 93 MB of source texts, each held only by the slices of its fields).
 */

/** The same string, held in a copy of its own (a short string is copied already: V8 slices from 13 characters). */
export function ownString(text: string): string {
  // Joining flattens into a new string; the slice then holds that copy only, one character longer.
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** A copy of a JSON-like value (strings, numbers, booleans, arrays, plain objects) whose strings are their own. */
export function ownStrings<T>(value: T): T {
  if (typeof value === 'string') return ownString(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => ownStrings(item)) as T;
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = ownStrings(item);
  return copy as T;
}
