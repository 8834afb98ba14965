/** Validate, across the archive: two articles may not claim one URL. */
import type { VFile } from 'vfile';
import { reportError } from '../model/diagnostics.ts';

export interface Claim {
  url: string;
  file: VFile;
}

export function checkUniqueUrls(claims: readonly Claim[]): void {
  const owners = new Map<string, VFile>();
  for (const claim of claims) {
    const first = owners.get(claim.url);
    if (!first) {
      owners.set(claim.url, claim.file);
      continue;
    }
    reportError(claim.file, {
      reason: `Unexpected second article at ${claim.url}, expected one article per URL (also claimed by ${first.path})`,
      rule: 'duplicate-url',
      place: { line: 1, column: 1 },
      hint: 'Rename one of the files, or change its date, so each article has its own URL.',
    });
  }
}
