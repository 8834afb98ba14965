/**
 * Lay out: one Eleventy run per layout pass (layoutPasses.ts), one after
 * another, into `outputDir`, each handed the site data and its pass through
 * Eleventy's programmatic API (archiveData.ts). Used by `npm run build` and
 * by `npm start`.
 */
import Eleventy from '@11ty/eleventy';
import type { SiteSettings } from '../site.ts';
import { layoutRunConfig } from './archiveData.ts';
import type { LayoutPass } from './layoutPasses.ts';
import type { SiteData } from './siteData.ts';

export interface EleventyRun {
  outputDir: string;
  site: SiteSettings;
  data: SiteData;
  /** The Eleventy configuration file (wiring of filters and plugins). */
  configPath?: string | undefined;
}

export async function runEleventy(run: EleventyRun, passes: readonly LayoutPass[]): Promise<void> {
  for (const pass of passes) {
    // A new instance per pass: Eleventy reads its configuration (and the pass's ignores) at start.
    const eleventy = new Eleventy('templates', run.outputDir, {
      configPath: run.configPath ?? '.eleventy.ts',
      quietMode: true,
      config: layoutRunConfig(run.site, run.data, pass),
    });
    await eleventy.write();
  }
}
