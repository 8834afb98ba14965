/**
 * Whether two lists hold the same items in the same order, by identity: what `npm start` keeps between
 * updates is taken again only while it is made of the same objects (an article is never changed in place
 * once loaded: src/loadArchive.ts), so this is the comparison every kept page and profile rests on; the
 * near-duplicate check compares a file's sample with it (src/validate/nearDuplicateMemo.ts, nearDuplicatesSince.ts).
 */
export function sameItems<T>(a: ArrayLike<T> | undefined, b: ArrayLike<T>): boolean {
  if (a === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
