/** Render, in a worker thread (piscina): one article body per task. */
import { renderBody, type RenderOutput } from './renderBody.ts';
import type { RenderInput } from './renderMarkdown.ts';

export default function render(input: RenderInput): Promise<RenderOutput> {
  return renderBody(input);
}
