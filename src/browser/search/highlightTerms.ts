/**
 * Every page: after following a search result (`?highlight=term`), mark the
 * searched words in the article with Pagefind's own highlighter. Loaded only
 * when the parameter is there, so other visits fetch nothing.
 * https://pagefind.app/docs/highlighting/
 */

export const HIGHLIGHT_PARAM = 'highlight';

interface HighlighterModule {
  default: new (options: { highlightParam: string; markContext?: string | null; addStyles?: boolean }) => unknown;
}

export async function highlightSearchTerms(location: Location): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  // Beside this script's folder (/js/ → /pagefind/), so a site served under a base path finds it too.
  // A variable keeps the bundler from resolving the file: it exists only in the built site.
  const url: string = new URL('../pagefind/pagefind-highlight.js', import.meta.url).href;
  const module = (await import(url)) as HighlighterModule;
  // addStyles would inject a <style> element, which the site's CSP refuses;
  // a plain <mark> is already highlighted by the browser and the site's CSS.
  new module.default({ highlightParam: HIGHLIGHT_PARAM, markContext: '[data-pagefind-body]', addStyles: false });
  if (!location.hash) document.querySelector('[data-pagefind-body] mark')?.scrollIntoView({ block: 'center' });
}
