/**
 * Who published a copy, when its text does not say: `--outlet NAME`, or the
 * host of `--url` looked up in outlets.json (a table the editor extends).
 * An outlet that is also the copy's wire agency (an AP story on apnews.com)
 * is the outlet alone.
 */
import { readFileSync } from 'node:fs';
import { AGENCY_LIST, canonicalAgency } from './credit.ts';

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
]);
const OUTLET_NAMES = new Map(Object.values(TABLE).filter((name) => !SECTION_WORDS.has(name.toLowerCase())).map((name) => [name.toLowerCase(), name]));
/** `Washington Post` for `The Washington Post`, as printed: `NEWS` is no outlet. */
const WITHOUT_ARTICLE = new Map(Object.values(TABLE).filter((n) => n.startsWith('The ') && !SECTION_WORDS.has(n.slice(4).toLowerCase())).map((name) => [name.slice(4), name]));

/** The outlet a line names when it is nothing but a listed outlet's name (`Washington Post`, `- The Guardian`). */
export function knownOutlet(line: string): string | undefined {
  const text = line.trim().replace(/^[-–—•]\s*/, '');
  return OUTLET_NAMES.get(text.toLowerCase()) ?? WITHOUT_ARTICLE.get(text);
}
