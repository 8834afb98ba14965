/**
 * A site's name printed as the start of its host's label, the label's rest a generic word or a country:
 * `N1` on n1info.com (`Source: N1`), `Kaniva News` on kanivatonga.co.nz (`As Kaniva News reported …`),
 * `Vanguard Online` on vanguardnews.com. The name's other words are a masthead's own (`News`, `Online`, `TV`).
 */
import { isKnownCountry } from './gazetteer.ts';
import { foldLetters } from '../text/normalizeText.ts';

/** What a host's label may add after the name it starts with, besides a country (`tonga`). */
const LABEL_TAILS = new Set(['info', 'news', 'online', 'web', 'net', 'live', 'today', 'press', 'media', 'tv', 'radio', 'daily', 'portal', 'post', 'times']);
/** Words a masthead may print after its name: the same kinds. */
const NAME_TAILS = new Set(['news', 'online', 'tv', 'radio', 'media', 'daily', 'portal', 'info', 'today', 'live', 'press']);

/** The printed name, or undefined. `lines` are the copy's non-empty lines, trimmed. */
export function nameStartingLabel(label: string, lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const words = line.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const first = (words[i] ?? '').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
      const head = foldLetters(first);
      // `News` on newsonline.com, `TV` on tvnet.lv: a generic word is no name.
      if (head.length < 2 || !/^[\p{Lu}\d]/u.test(first) || !label.startsWith(head) || head === label || LABEL_TAILS.has(head) || NAME_TAILS.has(head)) continue;
      const tail = label.slice(head.length);
      if (!LABEL_TAILS.has(tail) && !isKnownCountry(tail)) continue;
      const after = (words[i + 1] ?? '').replace(/[^\p{L}\d]+$/gu, '');
      const named = NAME_TAILS.has(foldLetters(after)) && /^\p{Lu}/u.test(after);
      // `Kaniva News`: a masthead's word after the name; `N1`, `RTK` alone: a digit or three capitals, never a word in title case.
      if (named) return `${first} ${after}`;
      if (/^[\p{Lu}\d]+$/u.test(first) && /\d|^\p{Lu}{3,}$/u.test(first)) return first;
    }
  }
  return undefined;
}
