/**
 * Report: VFile messages as text an editor can act on —
 * `path:line:col: error message [rule]` with the fix on the next line — or
 * as GitHub Actions annotations that land on the right line of a pull request.
 */
import type { VFile } from 'vfile';
import { counted } from '../text/counted.ts';

type Message = VFile['messages'][number];
export type ReportFormat = 'text' | 'github';

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarize(files: readonly VFile[]): Summary {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++;
      else warnings++;
    }
  }
  return { errors, warnings, files: files.length };
}

function sortedMessages(files: readonly VFile[]): Array<{ file: VFile; message: Message }> {
  return files
    .flatMap((file) => file.messages.map((message) => ({ file, message })))
    .sort(
      (a, b) =>
        a.file.path.localeCompare(b.file.path) ||
        (a.message.line ?? 0) - (b.message.line ?? 0) ||
        (a.message.column ?? 0) - (b.message.column ?? 0),
    );
}

export interface TextOptions {
  /**
   * Messages listed in full; the rest are counted by rule, one line each:
   * `and 9,981 more [source-url] — npm run check lists them all`. Errors are always listed.
   */
  limit?: number;
}

export function formatText(files: readonly VFile[], options: TextOptions = {}): string {
  const lines: string[] = [];
  const sorted = sortedMessages(files);
  const limit = options.limit ?? Infinity;
  let listed = 0;
  const more = new Map<string, number>();
  for (const { file, message } of sorted) {
    if (message.fatal !== true && listed >= limit) {
      const rule = message.ruleId ?? 'content';
      more.set(rule, (more.get(rule) ?? 0) + 1);
      continue;
    }
    listed++;
    const severity = message.fatal === true ? 'error' : 'warning';
    lines.push(
      `${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${severity} ${message.reason} [${message.ruleId ?? 'content'}]`,
    );
    if (message.note) lines.push(`  hint: ${message.note}`);
  }
  for (const [rule, n] of [...more].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    lines.push(`and ${n.toLocaleString('en-US')} more [${rule}] — npm run check lists them all`);
  }
  lines.push(formatSummary(summarize(files)));
  return lines.join('\n');
}

export function formatSummary({ errors, warnings, files }: Summary): string {
  return `${counted(errors, 'error')}, ${counted(warnings, 'warning')} in ${counted(files, 'file')}`;
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
export function formatGithub(files: readonly VFile[]): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = sortedMessages(files).map(({ file, message }) => {
    const command = message.fatal === true ? 'error' : 'warning';
    const text = message.note ? `${message.reason}\n${message.note}` : message.reason;
    return `::${command} file=${property(file.path)},line=${message.line ?? 1},col=${message.column ?? 1},title=${property(message.ruleId ?? 'content')}::${data(text)}`;
  });
  lines.push(formatSummary(summarize(files)));
  return lines.join('\n');
}

export function formatMessages(files: readonly VFile[], format: ReportFormat): string {
  return format === 'github' ? formatGithub(files) : formatText(files);
}
