/**
 * The name a page prints for a site whose host outlets.json lacks, read from
 * how the host spells it: the host's label made of the name's words, whole or
 * by their starts, with the name's connectors (`of`, `du`), a masthead's tail
 * word (`Online`, `News`) and the country its top-level domain codes left out.
 * `Tigray Herald` on tigrayherald.com (`2023(Tigray Herald)`), `Journal du
 * Niger` on journalduniger.com, `YokweOnline` on yokwe.com, `(ANP)` on anp.ne,
 * `Gibraltar Chronicle` on chronicle.gi, `Times Of Swaziland` on times.co.sz,
 * `The Malta Independent` on independent.com.mt, `Ricochet News` alone on a
 * line on rnews.co.za.
 */
import { isKnownCountry } from './gazetteer.ts';
import { siteLabel } from './outlets.ts';
import { foldLetters } from '../text/normalizeText.ts';

/** Words inside a name that a host leaves out: `Times of Swaziland`, `Journal du Niger`, `The Malta Independent`. */
const CONNECTORS = new Set(['the', 'of', 'du', 'de', 'des', 'la', 'le', 'el', 'al', 'di', 'do', 'da', 'and']);
/** Words a name may close with that a host leaves out: `YokweOnline` on yokwe.com. */
const TAILS = new Set(['online', 'news', 'portal', 'network', 'media', 'tv', 'radio', 'daily', 'web', 'info', 'newspaper', 'magazine']);
/** First words of a section's heading (`Top News`, `Local News`), never a masthead's name. */
const SECTION_FIRST = new Set(['top', 'latest', 'local', 'world', 'national', 'international', 'breaking', 'business', 'regional', 'foreign', 'political', 'sports', 'sport', 'more', 'other', 'related', 'recent', 'main']);
/** Generic top-level domains: no country to leave out. */
const GENERIC_TLDS = new Set(['com', 'org', 'net', 'info', 'biz', 'news', 'tv', 'me', 'io']);

/** `YokweOnline` → `Yokwe`, `Online`: a name printed in camel case is its words. */
function parts(word: string): string[] {
  return word.split(/(?<=\p{Ll})(?=\p{Lu})/u).map(foldLetters).filter((p) => p !== '');
}

/** `swaziland` for `sz`, `gibraltar` for `gi`, `malta` for `mt`: a country whose name starts with the code's letters in order. */
function countryOfCode(word: string, tld: string): boolean {
  if (tld.length !== 2 || GENERIC_TLDS.has(tld) || !isKnownCountry(word)) return false;
  return word.startsWith(tld[0] ?? '') && word.indexOf(tld[1] ?? '', 1) > 0;
}

interface Spelling {
  readonly label: string;
  readonly tld: string;
  /** A name alone on its line may give a word by its initial only (`R` of `Ricochet` in rnews). */
  readonly initials: boolean;
}

/** True when `rest` of the label is spelled by `words` from `index` on, every word used or left out by the rules above. */
function spells(rest: string, words: readonly string[], index: number, spelling: Spelling, droppedCountry: boolean): boolean {
  if (index === words.length) return rest === '';
  const word = words[index] ?? '';
  if (rest === '' && TAILS.has(word)) return spells('', words, index + 1, spelling, droppedCountry);
  if (CONNECTORS.has(word) && spells(rest, words, index + 1, spelling, droppedCountry)) return true;
  if (!droppedCountry && countryOfCode(word, spelling.tld) && spells(rest, words, index + 1, spelling, true)) return true;
  const least = spelling.initials ? 1 : 2;
  for (let n = Math.min(word.length, rest.length); n >= least; n--) {
    if (word.slice(0, n) === rest.slice(0, n) && spells(rest.slice(n), words, index + 1, spelling, droppedCountry)) return true;
  }
  return false;
}

/** A line's tokens: parentheses, colons and bars end a word (`2023(Tigray Herald)`, `Times Of Swaziland:`). */
function tokens(line: string): string[] {
  return line.split(/[\s()[\]{}:|,;/]+|(?<=\d)(?=\p{L})/u).map((t) => t.replace(/^[^\p{L}\d]+|[^\p{L}\d.]+$|\.+$/gu, '')).filter((t) => t !== '');
}

/** The run of a line's tokens from `start` of `n` words that names the site, printed, or undefined. */
function nameAt(run: readonly string[], site: { label: string; tld: string }, alone: boolean): string | undefined {
  const first = run[0] ?? '';
  const last = run.at(-1) ?? '';
  if (!/^\p{Lu}/u.test(first) || CONNECTORS.has(foldLetters(last))) return undefined;
  const words = run.flatMap(parts);
  const whole = words.join('');
  // `Journal du niger`: lower-case words only where the name is the label letter for letter, and a long one.
  const lowerInside = run.some((w) => !/^[\p{Lu}\d]/u.test(w) && !CONNECTORS.has(foldLetters(w)));
  if (lowerInside && !(whole === site.label && site.label.length >= 10)) return undefined;
  // One word: a name in capitals or camel case (`ANP`, `YokweOnline`), never a word in title case the text may use.
  const meaningful = run.filter((w) => !CONNECTORS.has(foldLetters(w)));
  if (meaningful.length === 1 && !/^\p{Lu}{3,}$/u.test(meaningful[0] ?? '') && parts(meaningful[0] ?? '').length < 2) return undefined;
  if (words.length === 1 && whole !== site.label) return undefined;
  // `Top News`, `Latest News` alone on a line are a section's heading: an initial is a masthead's only after a name.
  const initials = alone && run.length >= 2 && site.label.length >= 4 && !SECTION_FIRST.has(words[0] ?? '');
  return spells(site.label, words, 0, { ...site, initials }, false) ? run.join(' ') : undefined;
}

/** The printed name of the site on `host`, from the copy's lines in order; undefined when no run of words spells it. */
export function mastheadSpelling(host: string, copy: string): string | undefined {
  const site = siteLabel(host);
  if (site === undefined || site.label.length < 3) return undefined;
  for (const line of copy.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    const words = tokens(line);
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(5, words.length - i); n >= 1; n--) {
        const name = nameAt(words.slice(i, i + n), site, n === words.length);
        if (name !== undefined) return name;
      }
    }
  }
  return undefined;
}
