/**
 * Validate: the site settings (`site.yaml`) → typed settings, with the same
 * `file:line:col` messages as an article's frontmatter. The base URL may come
 * from the file or from the `SITE_URL` environment variable, which overrides
 * it; an empty `SITE_URL` (what `${{ vars.SITE_URL }}` gives when the
 * variable is not set) counts as unset.
 */
import type { VFile } from 'vfile';
import { z } from 'zod';
import { reportError, reportWarning, type Place } from '../model/diagnostics.ts';
import { languageTag, text } from './schema.ts';
import { formatPath, isFieldSet, reportIssue, type FieldsModel, type YamlSource } from './validateFrontmatter.ts';
import { placeOfKey, placeOfValue, type FieldPath } from './yamlPositions.ts';

export const siteSettingsSchema = z.strictObject({
  title: text('the name of the site'),
  description: text('one sentence about the site'),
  lang: languageTag.default('en'),
  url: z.string({ error: 'Expected the address of the site as text' }).nullable().optional(),
  logo: text('the file name of the logo in public/').optional(),
});

export type SiteSettingsFields = z.output<typeof siteSettingsSchema>;

const SITE_FIELDS: FieldsModel = {
  knownKeys: { '': Object.keys(siteSettingsSchema.shape) },
  hintFor: (path: FieldPath) => {
    const key = String(path.at(-1));
    if (key === 'lang') return 'Use a language code such as en, fr, ur or pt-BR.';
    if (key === 'url') return 'Give the address readers open, e.g. https://newsroom.github.io/archive';
    return 'See "Site settings" in README.md for what this field holds.';
  },
  documentedIn: 'README.md, "Site settings"',
};

export interface BaseUrl {
  /** Absolute, without a trailing slash: `https://newsroom.github.io/archive`. */
  url: string;
  /** The path the site is served under, with slashes at both ends: `/archive/`, or `/`. */
  pathPrefix: string;
}

/** A base URL, or why it cannot be one ("has no scheme", "uses ftp:"). */
export function parseBaseUrl(value: string): BaseUrl | { problem: string } {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)
      ? { problem: 'is not a valid address' }
      : { problem: `has no scheme: write it as https://${trimmed.replace(/^\/+/, '')}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { problem: `uses ${url.protocol} where the web needs http:// or https://` };
  }
  if (url.search || url.hash || url.username || url.password) {
    return { problem: 'has a query, a fragment or a user name: give the address of the site itself' };
  }
  const pathname = url.pathname.replace(/\/+$/, '');
  return { url: `${url.origin}${pathname}`, pathPrefix: `${pathname}/` };
}

export interface ValidatedSiteSettings extends SiteSettingsFields {
  base: BaseUrl | undefined;
}

/**
 * `source.data` is undefined when the file is absent or unreadable (its
 * messages are on `file` already); the defaults then stand in for it.
 */
export function validateSiteSettings(
  file: VFile,
  source: YamlSource,
  defaults: SiteSettingsFields,
  env: Readonly<Record<string, string | undefined>>,
): ValidatedSiteSettings | undefined {
  const data = source.data ?? defaults;
  const example = '`title: …` and `url: https://…` (see README.md, "Site settings")';
  if (!isFieldSet(file, data, { name: 'settings', rule: 'site-settings', place: { line: 1, column: 1 }, example })) return undefined;
  const result = siteSettingsSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) reportIssue(file, source, issue, SITE_FIELDS);
    return undefined;
  }

  const fromEnv = env['SITE_URL']?.trim();
  const fromFile = result.data.url?.trim();
  const at = (path: FieldPath): Place => placeOfValue(source.yaml, source.lineCounter, path);
  if (fromEnv) {
    const base = parseBaseUrl(fromEnv);
    if (!('problem' in base)) return { ...result.data, base };
    reportError(file, {
      reason: `Unexpected base URL \`${fromEnv}\` from the SITE_URL environment variable (it overrides \`url\` here): it ${base.problem}`,
      rule: 'site-url',
      place: source.yaml && 'url' in data ? placeOfKey(source.yaml, source.lineCounter, [], 'url') : { line: 1, column: 1 },
      hint: 'Set SITE_URL to the full address, e.g. https://newsroom.github.io/archive (in GitHub: Settings → Secrets and variables → Actions → Variables), or leave it empty to use `url` from this file.',
    });
    return undefined;
  }
  if (fromFile) {
    const base = parseBaseUrl(fromFile);
    if (!('problem' in base)) return { ...result.data, base };
    reportError(file, {
      reason: `Unexpected value in \`${formatPath(['url'])}\`: \`${fromFile}\` ${base.problem}`,
      rule: 'site-url',
      place: at(['url']),
      hint: 'Give the address readers open, with https://, e.g. https://newsroom.github.io/archive',
    });
    return undefined;
  }
  reportWarning(file, {
    reason: 'Missing base URL `url`, expected the address the site is published at',
    rule: 'site-url',
    place: source.yaml && 'url' in data ? at(['url']) : { line: 1, column: 1 },
    hint: 'Until it is set, pages link from the root of whatever host serves them, canonical links and feed links are root-relative and no sitemap.xml is written. Set `url: https://…` in site.yaml, or the SITE_URL environment variable (in GitHub: a repository variable).',
  });
  return { ...result.data, base: undefined };
}
