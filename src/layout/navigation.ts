/**
 * Lay out: the site's main navigation, and which item is current. A page
 * inside a section (a topic page under Topics) marks its section with
 * `aria-current="true"`; the section's own page with `aria-current="page"`
 * (the site header, src/layout/pages/baseLayout.ts).
 */
import type { EleventyConfig } from './eleventyConfig.ts';

export interface NavItem {
  label: string;
  url: string;
}

export const NAVIGATION: readonly NavItem[] = [
  { label: 'Latest', url: '/' },
  { label: 'Sources', url: '/sources/' },
  { label: 'Places', url: '/places/' },
  { label: 'People', url: '/people/' },
  { label: 'Topics', url: '/topics/' },
  { label: 'Quotes', url: '/quotes/' },
  { label: 'Search', url: '/search/' },
  { label: 'About', url: '/about/' },
];

/** `'page'`, `'true'` or `''` (no attribute) for the item at `itemUrl` on the page at `pageUrl`. */
export function ariaCurrent(pageUrl: string | false | undefined, itemUrl: string): '' | 'page' | 'true' {
  if (typeof pageUrl !== 'string') return '';
  if (pageUrl === itemUrl) return 'page';
  if (itemUrl === '/') return /^\/page\/\d+\/$/.test(pageUrl) ? 'true' : '';
  return pageUrl.startsWith(itemUrl) ? 'true' : '';
}

export default function navigationPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData('navigation', NAVIGATION);
}
