/**
 * Eleventy configuration: wiring only. Each concern is a small plugin in
 * src/; the archive itself is loaded, validated and rendered before Eleventy
 * lays it out (see src/build.ts).
 */
import archiveDataPlugin from './src/layout/archiveData.ts';
import type { EleventyConfig } from './src/layout/eleventyConfig.ts';
import filtersPlugin from './src/layout/filters.ts';
import fontsPlugin from './src/layout/fonts.ts';
import markdownPlugin from './src/layout/markdownPlugin.ts';
import navigationPlugin from './src/layout/navigation.ts';
import browserScriptsPlugin from './src/layout/browserScriptsPlugin.ts';

export default function configure(eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(archiveDataPlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(navigationPlugin);
  eleventyConfig.addPlugin(browserScriptsPlugin);
  eleventyConfig.addPlugin(fontsPlugin);
  // public/ is copied as it is to the site root: https://www.11ty.dev/docs/copy/
  eleventyConfig.addPassthroughCopy({ public: '/' });

  return {
    // No `output` here: `npm run build` writes to a staging folder, Eleventy's default is _site/.
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    templateFormats: ['njk', 'md'],
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
  };
}
