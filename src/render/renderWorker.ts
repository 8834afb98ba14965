/**
 * Render, in a worker thread (piscina): a batch of article bodies per task,
 * so that a message's round trip and the worker's scheduling are paid per
 * batch, not per article (Quartz parses in batches of 128 files).
 */
import { renderBody, type RenderOutput } from './renderBody.ts';
import type { RenderInput } from './renderMarkdown.ts';

export default async function render(batch: readonly RenderInput[]): Promise<RenderOutput[]> {
  const outputs: RenderOutput[] = [];
  for (const input of batch) outputs.push(await renderBody(input));
  return outputs;
}
