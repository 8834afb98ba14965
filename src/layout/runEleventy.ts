/**
 * Lay out: one Eleventy run per layout pass (layoutPasses.ts), one after
 * another, into `outputDir`; the archive must have been provided
 * (archiveData.ts). Used by `npm run build` and by `npm start`.
 */
import Eleventy from '@11ty/eleventy';
import { provideLayoutPass } from './archiveData.ts';
import type { LayoutPass } from './layoutPasses.ts';

export async function runEleventy(outputDir: string, passes: readonly LayoutPass[], configPath = '.eleventy.ts'): Promise<void> {
  for (const pass of passes) {
    provideLayoutPass(pass);
    // A new instance per pass: Eleventy reads its configuration (and the pass's ignores) at start.
    await new Eleventy('templates', outputDir, { configPath, quietMode: true }).write();
  }
}
