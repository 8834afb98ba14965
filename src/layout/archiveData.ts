/**
 * Lay out: hands the validated, rendered archive to Eleventy as global data.
 *
 * `npm run build` and `npm start` load the archive themselves (so they can
 * refuse before Eleventy starts) and provide it here, with the layout pass
 * to run. Eleventy run on its own (`npx @11ty/eleventy`) loads it itself.
 */
import { loadArchive, type Archive } from '../loadArchive.ts';
import { formatText } from '../report/formatMessages.ts';
import { reportCollisions } from '../taxonomy/collisions.ts';
import { loadSiteSettings, previewSettings, site, type SiteSettings } from '../site.ts';
import type { EleventyConfig } from './eleventyConfig.ts';
import { siteData, type SiteData, type SiteDataOptions } from './siteData.ts';
import { UNPAGINATED_TEMPLATES, wholeArchivePass, type LayoutPass } from './layoutPasses.ts';

interface Provided {
  archive: Archive;
  options: SiteDataOptions;
  /** Computed once, for every layout pass. */
  data?: Promise<SiteData>;
  pass?: LayoutPass;
}

let provided: Provided | undefined;

/** The archive `npm run build` loaded; Eleventy's runs lay it out until it is withdrawn (undefined). */
export function provideArchive(archive: Archive | undefined, options: SiteDataOptions = {}): void {
  provided = archive ? { archive, options } : undefined;
}

/** The pages the next Eleventy run lays out (see layoutPasses.ts); by default, all. */
export function provideLayoutPass(pass: LayoutPass | undefined): void {
  if (!provided) throw new Error('provideLayoutPass: no archive was provided');
  provided.pass = pass;
}

/** Whether this Eleventy run lays out the unpaginated pages and the site's assets (the first layout pass). */
export function firstLayoutPass(): boolean {
  return provided?.pass?.first ?? true;
}

export class ContentError extends Error {
  constructor(report: string) {
    super(`The content has errors; nothing was published.\n${report}`);
    this.name = 'ContentError';
  }
}

/**
 * The site settings this Eleventy run lays out with: those `npm run build`
 * provided; otherwise (`npm start`, Eleventy on its own) site.yaml's, as a
 * preview at the root of localhost (no base URL, no subpath).
 */
export function providedSiteSettings(): SiteSettings {
  return provided?.options.site ?? previewSettings(loadSiteSettings({ projectDir: process.cwd(), env: {} }).settings);
}

async function siteDataOf(archive: Archive, options: SiteDataOptions): Promise<SiteData> {
  const data = await siteData(archive, { ...options, site: options.site ?? providedSiteSettings() });
  // Names that share a page are warnings on the files that spell them; `npm run build` prints them.
  reportCollisions(archive, data.collisions);
  return data;
}

/** The site data of the provided archive, computed on first use and shared by every layout pass. */
export function providedSiteData(): Promise<SiteData> {
  if (!provided) throw new Error('providedSiteData: no archive was provided');
  provided.data ??= siteDataOf(provided.archive, provided.options);
  return provided.data;
}

export type ArchiveData = SiteData & { pass: LayoutPass };

async function currentData(): Promise<ArchiveData> {
  if (provided) {
    const data = await providedSiteData();
    return { ...data, pass: provided.pass ?? wholeArchivePass(data) };
  }
  const archive = await loadArchive({ contentDir: site.contentDir, includeDrafts: process.env.DRAFTS === '1' });
  if (!archive.ok) throw new ContentError(formatText(archive.files));
  const data = await siteDataOf(archive, {});
  return { ...data, pass: wholeArchivePass(data) };
}

export default function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  // What templates print of the site: the editor's settings and the code's policy.
  eleventyConfig.addGlobalData('site', { ...providedSiteSettings(), contentSecurityPolicy: site.contentSecurityPolicy });
  // Global data as a function is re-run on every (re)build: https://www.11ty.dev/docs/data-global-custom/
  eleventyConfig.addGlobalData('archive', currentData);
  // A later layout pass lays out paginated pages only. The configuration is read anew by every Eleventy run.
  // https://www.11ty.dev/docs/ignores/#configuration-api
  if (!firstLayoutPass()) {
    for (const template of UNPAGINATED_TEMPLATES) eleventyConfig.ignores.add(`templates/${template}`);
  }
}
