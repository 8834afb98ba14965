/**
 * Validate: drafts never block the others. A file marked `draft: true` is
 * checked like any article, but its problems are warnings, summed up as "not
 * published: N problems"; they become errors when `draft: true` goes. A draft
 * with problems is not published even with `--drafts`.
 */
import type { VFile } from 'vfile';
import { reportWarning } from '../model/diagnostics.ts';

/** Whether the frontmatter as written (valid or not) says `draft: true`. */
export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/**
 * Turns a draft's errors into warnings, with one summary warning; returns
 * how many problems it had (0: the draft is fine to preview).
 */
export function demoteDraftProblems(file: VFile): number {
  const problems = file.messages.filter((message) => message.fatal === true);
  // New messages, not the old ones changed: `npm start` keeps a file's load messages between rebuilds.
  file.messages = file.messages.filter((message) => message.fatal !== true);
  for (const message of problems) {
    reportWarning(file, {
      reason: message.reason,
      rule: message.ruleId ?? 'content',
      place: message.line === undefined ? undefined : { line: message.line, column: message.column ?? 1 },
      hint: message.note,
    });
  }
  if (problems.length > 0) {
    reportWarning(file, {
      reason: `Not published: ${problems.length} problem${problems.length === 1 ? '' : 's'} in this draft, listed as warnings`,
      rule: 'draft-problems',
      place: { line: 1, column: 1 },
      hint: 'A draft never stops the build of the others. Its problems become errors when you delete `draft: true`: fix them first.',
    });
  }
  return problems.length;
}
