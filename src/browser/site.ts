/**
 * Every page: `/` moves focus to the search box (unless the reader is typing
 * somewhere already), and words searched for are highlighted on the page a
 * result led to. Everything else on a page works without JavaScript.
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

highlightSearchTerms(window.location).catch((error: unknown) => {
  console.error('Could not highlight the searched words:', error);
});
