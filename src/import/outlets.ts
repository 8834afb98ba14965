/**
 * Who published a copy, when its text does not say: `--outlet NAME`, or the
 * host of `--url` looked up in outlets.json (a table the editor extends).
 * An outlet that is also the copy's wire agency (an AP story on apnews.com)
 * is the outlet alone.
 */
import { readFileSync } from 'node:fs';
import { AGENCY_LIST, canonicalAgency } from './credit.ts';
import { nameStartingLabel } from './labelStartName.ts';
import { inLexicon } from './tags.ts';
import { foldLetters } from '../text/normalizeText.ts';

/** outlets.json's hosts, and the agencies' own sites (agencies.json): a copy on bssnews.net is published by BSS. */
const TABLE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(AGENCY_LIST.flatMap((agency) => agency.hosts.map((host) => [host, agency.short]))),
  ...Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(new URL('./outlets.json', import.meta.url), 'utf8')) as Record<string, string>).filter(
      ([host]) => !host.startsWith('_'),
    ),
  ),
};

/** The host of an http(s) URL, lower case, or undefined when it is not one. */
export function urlHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** `https://www.lusakatimes.com/page/5331/`, `…/?paged=12`: a page of a site's paginated listing, not an article's own page. */
export function isListingUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return /\/page\/\d+\/?$/.test(parsed.pathname) || /^\d+$/.test(parsed.searchParams.get('paged') ?? '');
  } catch {
    return false;
  }
}

/** The outlet of a host, from the host itself or its nearest listed parent (`m.rediff.com` → `rediff.com`). */
export function outletForHost(host: string, table: Readonly<Record<string, string>> = TABLE): string | undefined {
  const labels = host.replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const outlet = table[labels.slice(i).join('.')];
    if (outlet !== undefined) return outlet;
  }
  return undefined;
}

/**
 * True when the table lists sites for `outlet` and `host` is none of them: a paper credited in a dateline
 * (`LAO PDR (Vientiane Times) -`) on another site's page is the story's source there, not its publisher.
 */
export function publishedElsewhere(outlet: string, host: string, table: Readonly<Record<string, string>> = TABLE): boolean {
  const own = Object.entries(table).filter(([, name]) => sameOrganisation(name, outlet)).map(([site]) => site);
  return own.length > 0 && !own.some((site) => host === site || host.endsWith(`.${site}`));
}

/** True when two names are one organisation: `AP` and `The Associated Press`. */
export function sameOrganisation(a: string, b: string): boolean {
  const fold = (name: string) => (canonicalAgency(name) ?? name).toLowerCase().replace(/^the\s+/, '');
  return fold(a) === fold(b);
}

/**
 * Names too common to be an outlet's on a line of their own: section headings (`News` is no `The News`) and outlets
 * named by an everyday word (`Time`, `Mint`, `Stuff`); their hosts still name them.
 */
const SECTION_WORDS = new Set([
  'news', 'the news', 'world', 'politics', 'business', 'sport', 'sports', 'today', 'home', 'latest', 'nation', 'the nation',
  'time', 'mint', 'stuff', 'outlook', 'vanguard', 'tempo', 'público', 'abc', 'rt', 'expresso', 'the hill', 'the times', 'the age', 'the island', 'the wire',
  'i', 'metro', 'leadership', 'semana', 'the sun', 'daily post', 'proceso', 'mothership',
  'the point', 'the sentinel', 'the pioneer', 'sun online',
]);
const OUTLET_NAMES = new Map(Object.values(TABLE).filter((name) => !SECTION_WORDS.has(name.toLowerCase())).map((name) => [name.toLowerCase(), name]));
/** `Washington Post` for `The Washington Post`, as printed: `NEWS` is no outlet. */
const WITHOUT_ARTICLE = new Map(Object.values(TABLE).filter((n) => n.startsWith('The ') && !SECTION_WORDS.has(n.slice(4).toLowerCase())).map((name) => [name.slice(4), name]));

/** The outlet a line names when it is nothing but a listed outlet's name (`Washington Post`, `- The Guardian`). */
export function knownOutlet(line: string): string | undefined {
  // `Hindustan Times (Bathinda)`: the edition in parentheses after the paper's name.
  const text = line.trim().replace(/^[-–—•]\s*/, '').replace(/\s*\((?:\p{Lu}[\p{L}'’ -]{1,30})\)$/u, '');
  return OUTLET_NAMES.get(text.toLowerCase()) ?? WITHOUT_ARTICLE.get(text);
}

/** Second-level labels under a country's code (`gov.mw`, `co.uk`, `com.pk`): the site's own name is the label before them. */
const SECOND_LEVEL = new Set(['co', 'com', 'gov', 'org', 'net', 'ac', 'edu', 'or', 'ne', 'go', 'info', 'gob', 'nic', 'news']);
/** Words a masthead may close with that a host leaves out: `Rwanda Information Portal` on rwandinfo.com. */
const MASTHEAD_TAIL = new Set(['portal', 'news', 'online', 'network', 'media', 'group', 'agency', 'daily', 'times', 'post', 'newspaper', 'magazine', 'tv', 'radio', 'service']);

/** The site's own label of a host and its top-level domain: `english.pravda.ru` → pravda, ru; `manaonline.gov.mw` → manaonline, mw. */
export function siteLabel(host: string): { label: string; tld: string } | undefined {
  const labels = host.replace(/\.$/, '').toLowerCase().split('.');
  const tld = labels.pop();
  if (tld === undefined || labels.length === 0) return undefined;
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1) ?? '')) labels.pop();
  const label = labels.at(-1);
  return label === undefined ? undefined : { label: label.replace(/-/g, ''), tld };
}

/** True when `label` is made of the starts of `words` in order (two letters at least each), the first word's among them. */
function spellsFromStarts(label: string, words: readonly string[]): boolean {
  const starts = (rest: string, index: number): boolean => {
    if (rest === '') return words.slice(index).every((w) => MASTHEAD_TAIL.has(foldLetters(w)));
    const word = foldLetters(words[index] ?? '');
    if (word === '') return false;
    for (let n = Math.min(word.length, rest.length); n >= 2; n--) if (word.startsWith(rest.slice(0, n)) && rest.startsWith(word.slice(0, n)) && starts(rest.slice(n), index + 1)) return true;
    return false;
  };
  return words.length > 0 && starts(label, 0);
}

/**
 * The name a copy prints for the site it was taken from when that site's host
 * is not listed: `Pravda.Ru` on english.pravda.ru (`Author's name Pravda.Ru`),
 * `ZIUA` on ziua.ro (`ZIUA - ENGLISH - vineri, …`), `Al Bawaba` on albawaba.me
 * (`© 2004 Al Bawaba`), `MANAonline` on manaonline.gov.mw, and a masthead
 * spelled from its words' starts (`Rwanda Information Portal` on rwandinfo.com).
 * A host named by an everyday word (`news.am`) counts only with its domain
 * (`News.am`), and one word in title case (`Derechos` on derechos.org) too. Undefined when the copy prints no such name.
 */
export function outletPrintedFor(host: string, copy: string): string | undefined {
  const site = siteLabel(host);
  if (site === undefined || site.label.length < 3) return undefined;
  const everyday = inLexicon(site.label);
  const names = [site.label + site.tld, ...(everyday ? [] : [site.label])];
  const lines = copy.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (const line of lines) {
    const words = line.split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 4 && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        if (!run.every((w) => /^[\p{Lu}\d]/u.test(w))) break;
        const printed = run.join(' ').replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
        // `Derechos` on derechos.org, `Bahraini` on bahraini.me: one word in title case may be the text's own; a name needs
        // its domain (`Pravda.Ru`), capitals (`ZIUA`, `ACTMedia`) or two words (`Al Bawaba`).
        const titleWord = n === 1 && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(printed);
        if (foldLetters(printed) === names[0] || (names.includes(foldLetters(printed)) && !titleWord)) return printed;
      }
    }
  }
  // `Source: N1` on n1info.com, `As Kaniva News reported` on kanivatonga.co.nz: the name the host's label starts with.
  const started = nameStartingLabel(site.label, lines);
  if (started !== undefined) return started;
  // A masthead on a line of its own among the first lines: `Rwanda Information Portal`.
  for (const line of lines.slice(0, 6)) {
    const words = line.split(/\s+/);
    if (!everyday && words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w)) && spellsFromStarts(site.label, words)) return line;
  }
  return undefined;
}

/**
 * The outlet of a site the copy prints as its own among its first lines (`www.burmanet.org` under a mailing list's
 * masthead, kept on an archive's host): the listed name of that host, else the name the copy prints for it.
 */
export function outletOfPrintedHost(host: string, copy: string): string | undefined {
  const head = copy.split('\n').slice(0, 12).join('\n');
  for (const match of head.matchAll(/(?<![@\w.-])(?:www\.)?(?<site>[a-z0-9-]{3,40}\.(?:org|com|net|info|co\.[a-z]{2}|[a-z]{2}))(?![\w.@-])/giu)) {
    const printed = (match.groups?.['site'] ?? '').toLowerCase();
    if (printed === '' || urlHost(`http://${printed}`) === host) continue;
    const named = outletForHost(printed) ?? outletPrintedFor(printed, copy);
    if (named !== undefined) return named;
  }
  return undefined;
}
