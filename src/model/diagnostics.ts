/**
 * Problems found in content are VFile messages (the unified convention):
 * `file:line:col: reason [rule]`, with `note` as the hint that says how to fix
 * it. `fatal: true` is an error (refuses the build), `false` a warning.
 */
import { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];

export interface Place {
  line: number;
  column: number;
}

export interface Problem {
  reason: string;
  rule: string;
  place?: Place | undefined;
  hint?: string | undefined;
}

export const SOURCE = 'news-archive';

function report(file: VFile, problem: Problem, fatal: boolean): VFileMessage {
  const message = file.message(problem.reason, {
    place: problem.place,
    ruleId: problem.rule,
    source: SOURCE,
  });
  message.fatal = fatal;
  if (problem.hint) message.note = problem.hint;
  return message;
}

/** An error: the build refuses to publish. */
export function reportError(file: VFile, problem: Problem): VFileMessage {
  return report(file, problem, true);
}

/** A warning: shown to the editor, does not stop the build. */
export function reportWarning(file: VFile, problem: Problem): VFileMessage {
  return report(file, problem, false);
}

export function hasErrors(files: Iterable<VFile>): boolean {
  for (const file of files) {
    if (file.messages.some((m) => m.fatal === true)) return true;
  }
  return false;
}

/** A file a stage failed on: an error on it that names the failure, with nothing else to go on. */
export function failedFile(displayPath: string, stage: string, error: unknown): VFile {
  const file = new VFile({ path: displayPath });
  reportError(file, {
    reason: `Unexpected failure ${stage} this file (${error instanceof Error ? error.message : String(error)})`,
    rule: 'file-failure',
    place: { line: 1, column: 1 },
    hint: 'Check that the file is a readable Markdown article; if it is, simplify what is unusual in it and check again.',
  });
  return file;
}
