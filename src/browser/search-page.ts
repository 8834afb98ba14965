/**
 * Search page: `?q=` pre-fills Pagefind's input (the header's search box and
 * the 404 page submit here without JavaScript), and the query typed is kept
 * in the URL so a search can be shared.
 */

const PARAM = 'q';

async function findInput(): Promise<HTMLInputElement | null> {
  await customElements.whenDefined('pagefind-input');
  for (let attempt = 0; attempt < 50; attempt++) {
    const input = document.querySelector<HTMLInputElement>('pagefind-input input');
    if (input) return input;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

async function main(): Promise<void> {
  const input = await findInput();
  if (!input) return;
  const query = new URLSearchParams(window.location.search).get(PARAM);
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  input.addEventListener('input', () => {
    const url = new URL(window.location.href);
    if (input.value.trim()) url.searchParams.set(PARAM, input.value);
    else url.searchParams.delete(PARAM);
    window.history.replaceState(null, '', url);
  });
}

void main();
