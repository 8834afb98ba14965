/**
 * Eleventy configuration: wiring only. Each concern is a small plugin in
 * src/. The archive is loaded, validated and rendered before Eleventy lays it
 * out; each run is handed its data (`site`, `archive`) and the plugins that need the
 * site settings or the pass (filters, HTML base, fonts) by src/layout/archiveData.ts,
 * so Eleventy is run through the build (`npm run build`, `npm start`), not on its own.
 */
import type { EleventyConfig } from './src/layout/eleventyConfig.ts';
import markdownPlugin from './src/layout/markdownPlugin.ts';
import navigationPlugin from './src/layout/navigation.ts';

export default function configure(eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(navigationPlugin);
  // The article page is a TypeScript function (templates/article.11ty.ts): a JavaScript template to Eleventy,
  // imported through tsx, which runs the build. https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.addExtension('11ty.ts', { key: '11ty.js' });
  // public/ is copied as it is to the site root by the first layout pass only (src/layout/archiveData.ts).

  return {
    // No `output` here: `npm run build` writes to a staging folder, Eleventy's default is _site/.
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    templateFormats: ['njk', 'md', '11ty.ts'],
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
  };
}
