/**
 * Whether two lists hold the same items in the same order, by identity: what `npm start` keeps between
 * updates is taken again only while it is made of the same objects (an article is never changed in place
 * once loaded: src/loadArchive.ts), so this is the comparison every kept page and profile rests on.
 */
export function sameItems<T>(a: readonly T[] | undefined, b: readonly T[]): boolean {
  if (a === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
