/**
 * Render: marks each frontmatter quote where it stands in the body, as
 * `<span class="quoted" id="quote-N">`, so the quotes list can link to it.
 * A quote that is not in the body is an error on the quote's frontmatter line.
 *
 * The quotes come in `file.data.quotes`, so one frozen processor serves every
 * article.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { quoteId } from '../model/article.ts';
import { reportError, type Place } from '../model/diagnostics.ts';
import { normalizeText, normalizeWithMap, type NormalizedText } from '../text/normalizeText.ts';

export interface QuoteToMark {
  text: string;
  /** Where the quote's text is written in the frontmatter. */
  place?: Place | undefined;
}

declare module 'vfile' {
  interface DataMap {
    quotes: QuoteToMark[];
    /** Indexes (into `quotes`) of the quotes found in the body. */
    quotesFound: number[];
  }
}

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'pre']);

interface Segment {
  node: Text;
  parent: Element | Root;
  start: number;
}

interface Block {
  segments: Segment[];
  text: string;
}

interface Mark {
  quote: number;
  start: number;
  end: number;
}

export default function rehypeMarkQuotes() {
  return (tree: Root, file: VFile): void => {
    const quotes = file.data.quotes ?? [];
    file.data.quotesFound = [];
    if (quotes.length === 0) return;
    const blocks = collectBlocks(tree);
    // Normalised (with the offset map) only where a quote may stand: most blocks hold no quote.
    const normalized = new Array<NormalizedText | undefined>(blocks.length);
    const normalizedAt = (b: number): NormalizedText => (normalized[b] ??= normalizeWithMap(blocks[b]!.text));
    const marks = new Map<Block, Mark[]>();

    quotes.forEach((quote, index) => {
      const wanted = normalizeText(quote.text).replace(/^"|"$/g, '');
      if (wanted === '') return;
      const anchor = longestVerbatimRun(wanted);
      for (let b = 0; b < blocks.length; b++) {
        if (!blocks[b]!.text.includes(anchor)) continue;
        const { text, map } = normalizedAt(b);
        let from = text.indexOf(wanted);
        const taken = marks.get(blocks[b]!) ?? [];
        while (from >= 0) {
          const start = map[from]!;
          const end = map[from + wanted.length - 1]! + 1;
          if (!taken.some((m) => start < m.end && m.start < end)) {
            taken.push({ quote: index, start, end });
            marks.set(blocks[b]!, taken);
            file.data.quotesFound!.push(index);
            return;
          }
          from = text.indexOf(wanted, from + 1);
        }
      }
      reportMissing(file, quote, blocks.map((_, b) => normalizedAt(b).text));
    });

    for (const [block, blockMarks] of marks) wrap(block, blockMarks);
  };
}

/**
 * The longest run of `normalized` (normalizeText's output) without space,
 * quote mark or dash: normalising leaves every other character as it is and
 * removes nothing inside such a run, so a block whose normalised text holds
 * the quote holds this run verbatim. A cheap test before normalising a block.
 */
export function longestVerbatimRun(normalized: string): string {
  let longest = '';
  for (const run of normalized.split(/[ "'-]/)) if (run.length > longest.length) longest = run;
  return longest;
}

function reportMissing(file: VFile, quote: QuoteToMark, blockTexts: string[]): void {
  const wanted = normalizeText(quote.text);
  const lower = wanted.toLowerCase();
  const caseOnly = blockTexts.find((text) => text.toLowerCase().includes(lower));
  const nearest = caseOnly ? undefined : nearestPassage(wanted, blockTexts);
  reportError(file, {
    reason: `Unexpected quote “${shorten(wanted)}”, expected words found verbatim in the body`,
    rule: 'quote-not-in-body',
    place: quote.place,
    hint: caseOnly
      ? 'The body has these words in a different case: copy the quote exactly as printed.'
      : `Copy the quote exactly as it is printed in the text (spacing, curly quotes and dashes may differ; words may not).${
          nearest ? ` The nearest passage of the body: “${shorten(nearest)}”.` : ''
        }`,
  });
}

function shorten(text: string, max = 100): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The run of the body's words, as long as the quote, that shares most words
 * with it (at least half): what the editor most likely meant to copy.
 */
export function nearestPassage(quote: string, blockTexts: readonly string[]): string | undefined {
  const wanted = new Set(wordsOf(quote));
  const length = wordsOf(quote).length;
  if (length === 0) return undefined;
  let best: { score: number; text: string } | undefined;
  for (const text of blockTexts) {
    // Words with where they stand, so the passage is shown as written.
    const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
    const hits = words.map((w) => (wanted.has(w.word) ? 1 : 0));
    let score = 0;
    for (let i = 0; i < words.length; i++) {
      score += hits[i]!;
      if (i >= length) score -= hits[i - length]!;
      const first = Math.max(0, i - length + 1);
      if (i >= Math.min(length, words.length) - 1 && (!best || score > best.score)) {
        best = { score, text: text.slice(words[first]!.start, words[i]!.end) };
      }
    }
  }
  return best && best.score * 2 >= wanted.size ? best.text : undefined;
}

function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (node: Element | Root, block: Block | undefined): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        const target = block ?? newBlock(blocks);
        target.segments.push({ node: child, parent: node, start: target.text.length });
        target.text += child.value;
      } else if (child.type === 'element') {
        walk(child, BLOCKS.has(child.tagName) ? newBlock(blocks) : block);
      }
    }
  };
  walk(tree, undefined);
  return blocks.filter((block) => block.text.trim() !== '');
}

function newBlock(blocks: Block[]): Block {
  const block: Block = { segments: [], text: '' };
  blocks.push(block);
  return block;
}

function wrap(block: Block, marks: Mark[]): void {
  const started = new Set<number>();
  for (const segment of block.segments) {
    const segStart = segment.start;
    const segEnd = segStart + segment.node.value.length;
    const inside = marks
      .filter((m) => m.start < segEnd && segStart < m.end)
      .sort((a, b) => a.start - b.start);
    if (inside.length === 0) continue;
    const replacement: ElementContent[] = [];
    let cursor = segStart;
    for (const mark of inside) {
      const from = Math.max(mark.start, segStart);
      const to = Math.min(mark.end, segEnd);
      if (from > cursor) replacement.push(textNode(segment, cursor, from));
      const properties: Record<string, string | string[]> = { className: ['quoted'] };
      if (!started.has(mark.quote)) {
        properties.id = quoteId(mark.quote);
        started.add(mark.quote);
      }
      replacement.push({
        type: 'element',
        tagName: 'span',
        properties,
        children: [textNode(segment, from, to)],
      });
      cursor = to;
    }
    if (cursor < segEnd) replacement.push(textNode(segment, cursor, segEnd));
    const children = segment.parent.children as ElementContent[];
    const at = children.indexOf(segment.node);
    children.splice(at, 1, ...replacement);
  }
}

function textNode(segment: Segment, from: number, to: number): Text {
  return { type: 'text', value: segment.node.value.slice(from - segment.start, to - segment.start) };
}
