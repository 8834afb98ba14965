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
  const paragraphs: string[] = [];
  let current: string | undefined;
  for (const line of lines) {
    if (line === '') {
      if (current !== undefined) paragraphs.push(current);
      current = undefined;
      continue;
    }
    if (current !== undefined && runsOn(current, line)) {
      current = `${current} ${line}`;
    } else {
      if (current !== undefined) paragraphs.push(current);
      current = line;
    }
  }
  if (current !== undefined) paragraphs.push(current);
  return paragraphs.map((p) => p.replace(/[ \t]{2,}/g, ' '));
}

function runsOn(previous: string, next: string): boolean {
  return !SENTENCE_END.test(previous) && /^[\p{Ll}\d]/u.test(next);
}
