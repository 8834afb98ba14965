/**
 * Render, as data that can cross a worker thread and sit in the cache: the
 * HTML, the first paragraph, and the problems (a quote not in the body).
 */
import type { Place } from '../model/diagnostics.ts';
import { renderMarkdown, type RenderInput } from './renderMarkdown.ts';

export interface RenderProblem {
  reason: string;
  rule: string;
  hint?: string | undefined;
  place?: Place | undefined;
}

export interface RenderOutput {
  html: string;
  firstParagraph: string;
  problems: RenderProblem[];
}

export async function renderBody(input: RenderInput): Promise<RenderOutput> {
  const rendered = await renderMarkdown(input);
  return {
    html: rendered.html,
    firstParagraph: rendered.firstParagraph,
    problems: rendered.file.messages.map((message) => ({
      reason: message.reason,
      rule: message.ruleId ?? 'render',
      hint: message.note,
      place: message.line === undefined ? undefined : { line: message.line, column: message.column ?? 1 },
    })),
  };
}
