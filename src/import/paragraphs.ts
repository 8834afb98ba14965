/**
 * Splits a plain-text copy into paragraphs (text for comparisons is
 * src/text/normalizeText.ts, shared with validation and rendering).
 */

const SENTENCE_END = /[.!?:;"”’)\]]$/;

/**
 * Paragraphs are separated by blank lines. Inside a block, a line break is a
 * hard wrap (joined with a space) only when the sentence visibly runs on:
 * the line does not end a sentence and the next starts in lower case.
 * Otherwise each line is its own paragraph (copies pasted without blank lines).
 */
export function splitParagraphs(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, '').replace(/^[ \t]+/g, ''));
  const wrapped = wrappedLines(lines);
  const paragraphs: string[] = [];
  let current: string | undefined;
  lines.forEach((line, index) => {
    if (line === '') {
      if (current !== undefined) paragraphs.push(current);
      current = undefined;
      return;
    }
    // In a block hard-wrapped at a fixed width, a full line runs on whatever its last character.
    // `(ATTN: UPDATES with …)` is a line of its own, wrapped block or not.
    const aside = /^\(.*\)$/.test(line) || /^\(.*\)$/.test(lines[index - 1] ?? '');
    if (current !== undefined && (runsOn(current, line) || (wrapped.has(index - 1) && !aside))) {
      current = `${current} ${line}`;
    } else {
      if (current !== undefined) paragraphs.push(current);
      current = line;
    }
  });
  if (current !== undefined) paragraphs.push(current);
  return paragraphs.map((p) => p.replace(/[ \t]{2,}/g, ' '));
}

function runsOn(previous: string, next: string): boolean {
  // `…security of the region,''` / `Lieutenant-General Khin Nyunt said.`: a quote closed after a comma goes on to
  // its attribution, which no paragraph break separates from it.
  if (/,\s*(?:''|["”’])$/.test(previous) && /^\p{L}/u.test(next)) return true;
  if (SENTENCE_END.test(previous)) return false;
  // `"It is a real probability, given the structure of our` / `Constitution as it now stands," he said.`: a line
  // that stops mid-sentence inside an open quote is wrapped, whatever case the next line opens with.
  return /^[\p{Ll}\d]/u.test(next) || leavesQuoteOpen(previous);
}

/** An odd number of straight marks, or more typographic openers than closers. */
function leavesQuoteOpen(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  // TeX-style marks of old wire archives: two backquotes open, two apostrophes close.
  const tex = (text.match(/``/g) ?? []).length > (text.match(/''/g) ?? []).length;
  return straight % 2 === 1 || tex || (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;
}

/** Lines of a hard-wrapped block shorter than this share of its width end their paragraph. */
const FULL_LINE = 0.8;

/**
 * Lines that were wrapped at a fixed width (news-agency terminals and their
 * archives: `…declining to confirm or deny reports of` / `Pyongyang's
 * preparations…`): in a block of at least five lines 60–100 characters wide,
 * most of them within a fifth of the widest, a full line runs on into the
 * next and a short one ends its paragraph. Returns the indexes of full lines.
 */
function wrappedLines(lines: string[]): Set<number> {
  const full = new Set<number>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i] !== '') continue;
    const block = lines.slice(start, i);
    const width = Math.max(0, ...block.map((l) => l.length));
    const fullIndexes = block.map((l, j) => (l.length >= FULL_LINE * width ? start + j : -1)).filter((j) => j >= 0);
    if (block.length >= 5 && width >= 60 && width <= 100 && fullIndexes.length >= 0.5 * block.length) {
      for (const j of fullIndexes) if (j + 1 < i) full.add(j);
    }
    start = i + 1;
  }
  return full;
}

/**
 * A page flattened without the spaces between its sentences (`…the
 * country.In a speech …`, `…the Head of State.He added, "…`, `…grips.”The
 * President …`), as quotes and speakers are read: a space after a sentence's
 * end that runs into the next sentence's capital or opening mark. Only after
 * a lower-case word of two letters or more, so `U.S.`, `Mr.Jones`, `St.Paul`
 * and web addresses (`allAfrica.com`) are left as printed. The space is a
 * hair space (`RUN_TOGETHER_SPACE`, whitespace to every rule), which a
 * drafted quote drops again (`keepPrinted`): quotes keep the copy's words.
 */
export function spaceRunTogetherSentences(text: string): string {
  return text
    .replace(/(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}|[“‘])/gu, RUN_TOGETHER_SPACE)
    .replace(/(?<=\p{Ll}{2}[.!?,…]?[”’])(?=\p{Lu}\p{Ll}|[“‘])/gu, RUN_TOGETHER_SPACE);
}

const RUN_TOGETHER_SPACE = '\u200A';

/** Text taken from a body spaced by `spaceRunTogetherSentences`, as the copy printed it. */
export function keepPrinted(text: string): string {
  return text.replaceAll(RUN_TOGETHER_SPACE, '');
}
