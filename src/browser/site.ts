/**
 * Every page: `/` moves focus to the search box (unless the reader is typing
 * somewhere already), words searched for are highlighted on the page a
 * result led to, and on a phone, where the sections scroll sideways, the
 * current one is scrolled into sight. Everything else on a page works
 * without JavaScript.
 */
import { highlightSearchTerms } from './search/highlightTerms.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const box =
    document.querySelector<HTMLInputElement>('#search-q') ??
    document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
});

/** The header's sections scroll sideways on a phone: bring the current one into sight. */
function showCurrentSection(): void {
  const nav = document.querySelector<HTMLElement>('.site-nav');
  const current = nav?.querySelector<HTMLElement>('a[aria-current]');
  if (!nav || !current) return;
  const overflow = current.offsetLeft + current.offsetWidth - (nav.scrollLeft + nav.clientWidth);
  if (overflow > 0) nav.scrollLeft += overflow + 24;
}
showCurrentSection();

highlightSearchTerms(window.location).catch((error: unknown) => {
  console.error('Could not highlight the searched words:', error);
});
