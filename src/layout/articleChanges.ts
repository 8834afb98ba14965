/**
 * What an edit changed in the archive, as `npm start`'s kept site data sees it: the article objects that left
 * and joined since the last site data (an unchanged file keeps its object: src/loadArchive.ts). Kept counts
 * (term profiles, search languages) and speakers' quotes are updated by these, not made over the archive.
 */
import type { Article } from '../model/article.ts';

/** The articles that left and joined the archive (by identity) since the last site data: an edited file's old and new versions. */
export interface ArticleChanges {
  gone: readonly Article[];
  added: readonly Article[];
}

/**
 * The articles (by identity) that are not in the other list: those an edit removed and added. The lists are
 * the same but for the edit's stretch (an article changed in place, or moved, added or removed between two
 * places), so the same heads and tails are walked past and only the stretch between them is compared as sets.
 */
export function articleChanges(before: readonly Article[], now: readonly Article[]): ArticleChanges {
  let start = 0;
  while (start < before.length && start < now.length && before[start] === now[start]) start++;
  let endBefore = before.length;
  let endNow = now.length;
  while (endBefore > start && endNow > start && before[endBefore - 1] === now[endNow - 1]) {
    endBefore--;
    endNow--;
  }
  const was = before.slice(start, endBefore);
  const is = now.slice(start, endNow);
  const current = new Set(is);
  const previous = new Set(was);
  return { gone: was.filter((article) => !current.has(article)), added: is.filter((article) => !previous.has(article)) };
}
