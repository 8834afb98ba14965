/**
 * Lay out: any Markdown page in `templates/` (the about page) renders through
 * the same sanitising unified pipeline as articles, not markdown-it. This
 * also turns off Nunjucks inside Markdown, on purpose.
 * https://www.11ty.dev/docs/languages/custom/
 */
import { renderMarkdown } from '../render/renderMarkdown.ts';
import type { EleventyConfig } from './eleventyConfig.ts';

export default function markdownPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addExtension('md', {
    compile: (content, inputPath) => async () =>
      (await renderMarkdown({ path: inputPath, markdown: content, quotes: [] })).html,
  });
}
