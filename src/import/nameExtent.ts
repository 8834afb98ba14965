/**
 * What a run of capitalised words leaves out of a person's name, read from
 * the words around it: initials printed without full stops before it
 * (`Union Minister SP Baghel`), a given name before a nickname in quotes
 * (`Ferdinand “Bongbong” R. Marcos, Jr.`) and a generational suffix after it.
 */

import { isKnownCountry, isKnownRegion } from './gazetteer.ts';
import { isHonorific } from './honorifics.ts';

/** A run of capitalised words as found in the body: `text` starts at `index` and ends at `end`. */
export interface NameRun {
  text: string;
  index: number;
  end: number;
}

/** Two capitals that are an organisation or an office, never a person's initials. */
const NOT_INITIALS = new Set(['US', 'UK', 'UN', 'EU', 'PM', 'CM', 'MP', 'TV', 'AI', 'ID', 'OK', 'DG', 'IG', 'AU', 'UAE', 'GM', 'VP', 'PR', 'HQ', 'IT', 'AD', 'BC']);

/**
 * Widens a run to the name it is part of. `isNameWord` says whether a word
 * could belong to a name (from nameWords.ts).
 */
export function widenNameRun(body: string, run: NameRun, isNameWord: (word: string) => boolean): NameRun {
  let { text, index, end } = run;
  const before = body.slice(Math.max(0, index - 60), index);
  // `Ferdinand “Bongbong” R. Marcos`: the nickname in quotes is dropped, the given name before it kept.
  // `Juan Miguel "Migz" Zubiri`: so are the given names before it, up to the title (`Senate President`).
  const nickname = /(?:^|\s)(?<given>\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,2})\s+[“"‘']\p{Lu}[\p{L}\p{M}-]+[”"’']\s+$/u.exec(before);
  const givenWords = nickname?.groups?.['given']?.split(/\s+/) ?? [];
  const firstGiven = givenWords.findIndex((_, i) => givenWords.slice(i).every((w) => isNameWord(w)));
  const given = firstGiven >= 0 ? givenWords.slice(firstGiven).join(' ') : undefined;
  if (nickname && given !== undefined) {
    text = `${given} ${text}`;
    index = index - before.length + nickname.index + nickname[0].lastIndexOf(given);
  } else {
    // `Union Minister SP Baghel`: two capitals before a name are its initials, unless they follow a name word
    // themselves (`Gwalior SP Amit Sanghi`, the district's superintendent of police).
    const initials = /(?:^|\s)(?:(?<previous>\S+)\s+)?(?<letters>\p{Lu}{2})\s+$/u.exec(before);
    const letters = initials?.groups?.['letters'];
    const previous = initials?.groups?.['previous'];
    const afterName = previous !== undefined && /^\p{Lu}/u.test(previous) && isNameWord(previous.replace(/[,.;:]$/, '')) && !/[,.;:]$/.test(previous);
    if (initials && letters !== undefined && !NOT_INITIALS.has(letters) && !afterName) {
      text = `${letters} ${text}`;
      index -= letters.length + (before.length - before.trimEnd().length);
    }
  }
  // `Prime Minister Tuilaepa Dr. Sa'ilele Malielegaoi`: a name word before an honorific inside the name (a Samoan
  // matai title, a given name the copy prints before `Dr.`) is the name's, the honorific not; a capitalised word
  // before that name word (`Tan Sri Dr. Noor`) makes it a style, and the name starts after the honorific.
  const inner = /(?:^|[^\p{L}\p{M}'’.-])(?<previous>[\p{L}\p{M}'’.-]+\s+)?(?<given>\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(?<honorific>\p{Lu}[\p{L}.]*)\s+$/u.exec(body.slice(Math.max(0, index - 60), index));
  const innerGiven = inner?.groups?.['given'];
  const innerPrevious = inner?.groups?.['previous']?.trim();
  if (inner && innerGiven !== undefined && text === run.text && isHonorific(inner.groups?.['honorific'] ?? '') && !isHonorific(innerGiven) && isNameWord(innerGiven) &&
    !(innerPrevious !== undefined && /^\p{Lu}/u.test(innerPrevious) && isNameWord(innerPrevious) && !isHonorific(innerPrevious))) {
    text = `${innerGiven} ${text}`;
    index = index - Math.min(60, index) + inner.index + inner[0].indexOf(innerGiven, inner.groups?.['previous']?.length ?? 0);
  }
  // `Communications Minister in Trinidad & Tobago Maxi Cuffie`: the words that end a country's name are no part of
  // the name after it.
  const place = /(?<place>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})\s+(?:&|and)\s+$/u.exec(body.slice(Math.max(0, index - 40), index))?.groups?.['place'];
  const words = text.split(/\s+/);
  if (place !== undefined) {
    for (let take = Math.min(2, words.length - 2); take >= 1; take--) {
      const tail = place.split(/\s+/);
      const joined = (from: number): string => `${tail.slice(from).join(' ')} and ${words.slice(0, take).join(' ')}`;
      if (tail.some((_, from) => isKnownCountry(joined(from)) || isKnownRegion(joined(from)))) {
        const dropped = words.slice(0, take).join(' ');
        const rest = text.slice(dropped.length).trimStart();
        index += text.length - rest.length;
        text = rest;
        break;
      }
    }
  }
  // `Ferdinand R. Marcos, Jr.`: the suffix is part of the name.
  const suffix = /^,?\s+(?:Jr|Sr)\.?(?=[\s,;:]|$)/u.exec(body.slice(end, end + 6));
  if (suffix) {
    text = `${text} ${suffix[0].replace(/^,?\s+/, '').replace(/\.?$/, '.')}`;
    end += suffix[0].length;
  }
  return { text, index, end };
}
