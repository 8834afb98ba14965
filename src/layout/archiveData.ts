/**
 * Lay out: what one Eleventy run is given. The site data (computed once per
 * build in TypeScript, siteData.ts) and the layout pass the run lays out
 * reach Eleventy through its programmatic API — the `config` callback of
 * `new Eleventy()` (runEleventy.ts) — as global data, never through module
 * state. A later pass ignores the unpaginated templates and skips the
 * browser scripts, which the first pass writes.
 * https://www.11ty.dev/docs/data-global-custom/ · https://www.11ty.dev/docs/ignores/#configuration-api
 */
import { EleventyHtmlBasePlugin } from '@11ty/eleventy';
import { site as fixed, type SiteSettings } from '../site.ts';
import filtersPlugin, { layoutFilters } from './filters.ts';
import baseLayoutPlugin from './pages/baseLayout.ts';
import partialsPlugin from './pages/partials.ts';
import fontsPlugin from './fonts.ts';
import { bundleBrowserScripts } from './browserScriptsPlugin.ts';
import type { EleventyConfig } from './eleventyConfig.ts';
import { UNPAGINATED_TEMPLATES, type LayoutPass } from './layoutPasses.ts';
import type { SiteData } from './siteData.ts';

export type ArchiveData = SiteData & { pass: LayoutPass };

/** The configuration callback of one Eleventy run laying out `pass` of `data`. */
export function layoutRunConfig(site: SiteSettings, data: SiteData, pass: LayoutPass): (config: EleventyConfig) => void {
  return (eleventyConfig) => {
    // What templates print of the site: the editor's settings (site.yaml) and the code's policy.
    eleventyConfig.addGlobalData('site', { ...site, contentSecurityPolicy: fixed.contentSecurityPolicy });
    const filters = layoutFilters(site);
    eleventyConfig.addPlugin(filtersPlugin, { filters });
    // The base layout's and the partials' markup, written by TypeScript (src/layout/pages/), as Nunjucks shortcodes.
    eleventyConfig.addPlugin(baseLayoutPlugin);
    eleventyConfig.addPlugin(partialsPlugin, { filters, siteLang: site.lang });
    // Root-relative URLs in every page (`/css/…`, `/2020/…`) get the site's subpath, e.g. `/archive/css/…`.
    // https://www.11ty.dev/docs/plugins/html-base/
    eleventyConfig.addPlugin(EleventyHtmlBasePlugin, { baseHref: site.pathPrefix });
    eleventyConfig.addPlugin(fontsPlugin, { first: pass.first });
    // A function, so Eleventy takes the value as it is (an object would be deep-merged into a copy).
    eleventyConfig.addGlobalData('archive', (): ArchiveData => ({ ...data, pass }));
    if (pass.first) {
      // Once per build: later layout passes (and the other parts of a split build) write article and listing pages only.
      // public/ is copied as it is to the site root: https://www.11ty.dev/docs/copy/
      eleventyConfig.addPassthroughCopy({ public: '/' });
      eleventyConfig.on('eleventy.after', async ({ directories }) => bundleBrowserScripts(directories.output));
    } else {
      for (const template of UNPAGINATED_TEMPLATES) eleventyConfig.ignores.add(`templates/${template}`);
    }
  };
}
