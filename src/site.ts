/**
 * The site: what editors set in `site.yaml` (name, description, language,
 * base URL, logo), read and validated by loadSiteSettings(), and what the
 * code fixes (folders, page size, the content security policy) in `site`.
 *
 * The settings are data passed to the stages that need them (build, check,
 * Eleventy's configuration), not a module-level value read from everywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter } from 'yaml';
import { VFile } from 'vfile';
import { reportError } from './model/diagnostics.ts';
import { parseYaml } from './load/parseYaml.ts';
import { decodeSource } from './load/readSource.ts';
import { placeOfValue } from './validate/yamlPositions.ts';
import { validateSiteSettings, type SiteSettingsFields } from './validate/siteSettings.ts';

export interface SiteSettings {
  title: string;
  description: string;
  /** BCP 47 language of the site's own words (navigation, labels). */
  lang: string;
  /** Absolute base URL with its subpath, no trailing slash; undefined when not set (see siteUrl()). */
  url: string | undefined;
  /** The path the site is served under, slashes at both ends: `/archive/`, or `/`. Eleventy's pathPrefix. */
  pathPrefix: string;
  /** Site-relative URL of the logo in public/ (`/logo.svg`), when there is one. */
  logo: string | undefined;
}

/** What the code fixes; not an editor's setting. */
export const site = {
  contentDir: 'content',
  outputDir: '_site',
  /** Articles per page on the home page and on term pages. */
  pageSize: 20,
  /** Sent as a `<meta http-equiv>` on every page: nothing inline runs. */
  contentSecurityPolicy: [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    // Pagefind's stylesheet draws its icons as data: SVG images (images never run script).
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; '),
};

/** The settings file, at the top of the project beside `content/`. */
export const SETTINGS_FILE = 'site.yaml';

/** What a project without `site.yaml` is called. */
export const DEFAULT_SETTINGS: SiteSettingsFields = {
  title: 'News Archive',
  description: 'A searchable archive of news articles, copied faithfully from their sources.',
  lang: 'en',
};

export interface LoadedSiteSettings {
  /** The settings; the defaults (and no base URL) where the file has errors. */
  settings: SiteSettings;
  /** `site.yaml` with its messages (errors refuse the build, like an article's). */
  file: VFile;
}

export interface SiteSettingsOptions {
  /** The project folder: `site.yaml` and `public/` are in it. */
  projectDir: string;
  /** Where `SITE_URL` is read; pass `process.env`, or `{}` for none. */
  env: Readonly<Record<string, string | undefined>>;
  /** Paths in messages are relative to this folder; default projectDir. */
  root?: string;
  /** The folder copied to the site as it is, where the logo must be: Eleventy's `public/` (.eleventy.ts), default `./public`. */
  publicDir?: string;
}

const IMAGE = /^\/?(?:[A-Za-z0-9_-]+\/)*[A-Za-z0-9_.-]+\.(?:svg|png|webp|avif|jpe?g)$/;

/** Reads and validates `site.yaml` (absent: the defaults), `SITE_URL` overriding its base URL. */
export function loadSiteSettings(options: SiteSettingsOptions): LoadedSiteSettings {
  const filePath = path.join(options.projectDir, SETTINGS_FILE);
  const file = new VFile({ path: path.relative(options.root ?? options.projectDir, filePath) || SETTINGS_FILE });
  const lineCounter = new LineCounter();
  let source: Parameters<typeof validateSiteSettings>[1] = { data: undefined, yaml: undefined, lineCounter };
  if (existsSync(filePath)) {
    decodeSource(file, readFileSync(filePath));
    if (!file.messages.some((m) => m.fatal === true)) {
      const parsed = parseYaml(file, String(file.value), lineCounter);
      // An empty file is no settings at all: the defaults.
      source = { data: parsed.failed ? undefined : (parsed.data ?? DEFAULT_SETTINGS), yaml: parsed.yaml, lineCounter };
      if (parsed.failed) return { settings: fallback(), file };
    } else {
      return { settings: fallback(), file };
    }
  }
  const valid = validateSiteSettings(file, source, DEFAULT_SETTINGS, options.env);
  if (!valid) return { settings: fallback(), file };
  let logo: string | undefined;
  if (valid.logo !== undefined) {
    const place = placeOfValue(source.yaml, lineCounter, ['logo']);
    const relative = valid.logo.replace(/^\/+/, '');
    if (!IMAGE.test(valid.logo) || relative.split('/').includes('..')) {
      reportError(file, {
        reason: `Unexpected value in \`logo\`: \`${valid.logo}\`, expected the name of an image file in public/ (svg, png, webp, avif or jpg)`,
        rule: 'site-logo',
        place,
        hint: 'Put the image in public/ and write its name, e.g. `logo: logo.svg`.',
      });
    } else if (!existsSync(path.join(options.publicDir ?? path.resolve('public'), relative))) {
      reportError(file, {
        reason: `Unexpected logo \`${valid.logo}\`: there is no public/${relative}`,
        rule: 'site-logo',
        place,
        hint: 'Put the image in public/ (it is copied to the site as it is), or remove `logo`.',
      });
    } else {
      logo = `/${relative}`;
    }
  }
  return {
    settings: {
      title: valid.title,
      description: valid.description,
      lang: valid.lang,
      url: valid.base?.url,
      pathPrefix: valid.base?.pathPrefix ?? '/',
      logo,
    },
    file,
  };
}

function fallback(): SiteSettings {
  return { ...DEFAULT_SETTINGS, lang: DEFAULT_SETTINGS.lang ?? 'en', url: undefined, pathPrefix: '/', logo: undefined };
}

/** The same settings for a preview served at the root of localhost: no base URL, no subpath. */
export function previewSettings(settings: SiteSettings): SiteSettings {
  return { ...settings, url: undefined, pathPrefix: '/' };
}

/**
 * The URL of a site-relative path (`/2020/11/28/slug/`): absolute under the
 * base URL and its subpath when there is one, else the path itself (the
 * page's host and root then stand in for the base).
 */
export function siteUrl(settings: Pick<SiteSettings, 'url'>, sitePath: string): string {
  if (settings.url === undefined) return sitePath;
  // Relative to the base with its trailing slash, so the subpath is kept (`new URL('/x', base)` would drop it).
  return new URL(sitePath.replace(/^\/+/, ''), `${settings.url}/`).href;
}
