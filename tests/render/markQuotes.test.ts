import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { longestVerbatimRun } from '../../src/render/rehypeMarkQuotes.ts';
import { renderMarkdown } from '../../src/render/renderMarkdown.ts';
import { normalizeText } from '../../src/text/normalizeText.ts';

/** Body text as editors paste it: words, typographic quotes and dashes, odd spaces. */
const piece = fc.constantFrom('word', 'Minsk', 'é', '2020', ' ', '  ', '\u00a0', '\nword', '“', '”', '"', "'", '’', '‘', '—', '–', '-', ',', '.', 'x');
const paragraph = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => `Start ${parts.join('')} end.`);

describe('marking quotes', () => {
  it('marks a quote typed with other quote marks, dashes and spaces than the body, wherever it stands', async () => {
    await fc.assert(
      fc.asyncProperty(paragraph, paragraph, fc.nat(), fc.nat(), async (first, second, a, b) => {
        // The quote is a passage of the second paragraph, typed plainly (as normalised).
        const plain = normalizeText(second);
        const from = a % plain.length;
        const to = from + 1 + (b % (plain.length - from));
        const quote = plain.slice(from, to).trim();
        fc.pre(quote.replace(/["'\- ]/g, '') !== '');
        const rendered = await renderMarkdown({ path: 'q.md', markdown: `${first}\n\n${second}`, quotes: [{ text: quote }] });
        assert.deepEqual(rendered.file.messages.map(String), [], `quote ${JSON.stringify(quote)} not marked`);
        assert.match(rendered.html, /id="quote-1"/);
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('tests a block by the longest run of a quote that normalising leaves as it is', () => {
    assert.equal(longestVerbatimRun('we will "not" go - ever'), 'will');
    assert.equal(longestVerbatimRun('"-"'), '');
  });
});
