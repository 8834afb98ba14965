/**
 * Lay out: hands the validated, rendered archive to Eleventy as global data.
 *
 * `npm run build` loads the archive itself (so it can refuse before Eleventy
 * starts) and provides it here; `npm start` has Eleventy load it on every
 * rebuild, so an edited article shows up at once.
 */
import { loadArchive, type Archive } from '../loadArchive.ts';
import { formatText } from '../report/formatMessages.ts';
import { reportCollisions } from '../taxonomy/collisions.ts';
import { site } from '../site.ts';
import type { EleventyConfig } from './eleventyConfig.ts';
import { siteData, type SiteData, type SiteDataOptions } from './siteData.ts';

let provided: Archive | undefined;
let providedOptions: SiteDataOptions = {};
/** The archive the last (re)build laid out, for the dev server's search index. */
let laidOut: Archive | undefined;

export function provideArchive(archive: Archive | undefined, options: SiteDataOptions = {}): void {
  provided = archive;
  providedOptions = archive ? options : {};
}

export function laidOutArchive(): Archive | undefined {
  return laidOut;
}

export class ContentError extends Error {
  constructor(report: string) {
    super(`The content has errors; nothing was published.\n${report}`);
    this.name = 'ContentError';
  }
}

async function currentArchive(): Promise<Archive> {
  if (provided) return provided;
  const archive = await loadArchive({ contentDir: site.contentDir, includeDrafts: process.env.DRAFTS === '1' });
  if (!archive.ok) throw new ContentError(formatText(archive.files));
  return archive;
}

export default function archiveDataPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addGlobalData('site', site);
  // Global data as a function is re-run on every (re)build: https://www.11ty.dev/docs/data-global-custom/
  eleventyConfig.addGlobalData('archive', async (): Promise<SiteData> => {
    const archive = await currentArchive();
    laidOut = archive;
    const data = await siteData(archive, providedOptions);
    // Names that share a page are warnings on the files that spell them; `npm run build` prints them.
    reportCollisions(archive, data.collisions);
    return data;
  });
  eleventyConfig.addWatchTarget(`./${site.contentDir}/`);
}
