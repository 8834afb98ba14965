/**
 * Load, step one: bytes on disk → a VFile of clean text. Rejects what cannot
 * be an article (too large, not UTF-8) and normalises what is harmless (BOM,
 * CRLF line endings) so later positions stay right.
 */
import { readFileSync, statSync } from 'node:fs';
import { VFile } from 'vfile';
import { reportError } from '../model/diagnostics.ts';

/** An article is a few kilobytes; anything past this is a mistake or an attack. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads one article. Synchronous inside (an article is a few kilobytes; an awaited read costs four
 * thread-pool round trips, which ten thousand files in a row made most of the load stage's wall time).
 */
export async function readSource(path: string, displayPath = path): Promise<VFile> {
  const file = new VFile({ path: displayPath });
  const size = statSync(path).size;
  if (size > MAX_ARTICLE_BYTES) {
    reportError(file, {
      reason: `Unexpected file of ${(size / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`,
      rule: 'file-size',
      place: { line: 1, column: 1 },
      hint: 'An article copy is a few kilobytes: check that this is the right file.',
    });
    file.value = '';
    return file;
  }
  return decodeSource(file, readFileSync(path));
}

/** Decodes bytes into `file.value`; exported for sources that are not on disk. */
export function decodeSource(file: VFile, bytes: Uint8Array): VFile {
  let text: string;
  try {
    // TextDecoder drops a leading BOM by itself (ignoreBOM: false).
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder().decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    reportError(file, {
      reason: 'Unexpected bytes that are not UTF-8, expected UTF-8 text',
      rule: 'encoding',
      place: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 },
      hint: 'Save the file as UTF-8 (most editors: "Save with encoding").',
    });
    file.value = '';
    return file;
  }
  // Most files have no carriage return: one scan for it instead of a regular expression's.
  file.value = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return file;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by bisection on the fatal decoder.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
