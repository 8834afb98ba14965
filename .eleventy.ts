/**
 * Eleventy configuration: wiring only. Each concern is a small plugin in
 * src/; the archive itself is loaded, validated and rendered before Eleventy
 * lays it out (see src/build.ts).
 */
import { EleventyHtmlBasePlugin } from '@11ty/eleventy';
import archiveDataPlugin, { providedSiteSettings } from './src/layout/archiveData.ts';
import type { EleventyConfig } from './src/layout/eleventyConfig.ts';
import filtersPlugin from './src/layout/filters.ts';
import markdownPlugin from './src/layout/markdownPlugin.ts';
import navigationPlugin from './src/layout/navigation.ts';
import browserScriptsPlugin from './src/layout/browserScriptsPlugin.ts';

export default function configure(eleventyConfig: EleventyConfig) {
  const site = providedSiteSettings();
  eleventyConfig.addPlugin(archiveDataPlugin);
  eleventyConfig.addPlugin(filtersPlugin, { site });
  // Root-relative URLs in every page (`/css/…`, `/2020/…`) get the site's subpath, e.g. `/archive/css/…`.
  // https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.addPlugin(EleventyHtmlBasePlugin, { baseHref: site.pathPrefix });
  eleventyConfig.addPlugin(markdownPlugin);
  eleventyConfig.addPlugin(navigationPlugin);
  eleventyConfig.addPlugin(browserScriptsPlugin);
  // public/ is copied as it is to the site root: https://www.11ty.dev/docs/copy/
  eleventyConfig.addPassthroughCopy({ public: '/' });

  return {
    // The subpath of the base URL (site.yaml `url` or SITE_URL): `/archive/`, or `/`.
    pathPrefix: site.pathPrefix,
    // No `output` here: `npm run build` writes to a staging folder, Eleventy's default is _site/.
    dir: { input: 'templates', includes: '_includes', data: '_data' },
    templateFormats: ['njk', 'md'],
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: false,
  };
}
