/**
 * Every page: `/` moves focus to the header's search box (unless the reader
 * is typing somewhere already). Everything else on a page works without
 * JavaScript.
 */

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const box =
    document.querySelector<HTMLInputElement>('pagefind-input input') ??
    document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
});
