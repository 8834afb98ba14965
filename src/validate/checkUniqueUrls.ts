/** Validate, across the archive: two articles may not claim one URL. */
import type { VFile } from 'vfile';
import { reportError } from '../model/diagnostics.ts';

export interface Claim {
  url: string;
  file: VFile;
  /** A draft: it clashes only in its own file (drafts never block the others). */
  draft?: boolean;
}

/** Reports on every file of a clash, so each editor sees it in their own file. */
export function checkUniqueUrls(claims: readonly Claim[]): void {
  const byUrl = new Map<string, Claim[]>();
  for (const claim of claims) {
    const group = byUrl.get(claim.url);
    if (group) group.push(claim);
    else byUrl.set(claim.url, [claim]);
  }
  for (const [url, group] of byUrl) {
    if (group.length < 2) continue;
    const published = group.filter((claim) => !claim.draft).length;
    const files = group.map((claim) => claim.file);
    for (const { file, draft } of group) {
      if (!draft && published < 2) continue;
      const others = files.filter((other) => other !== file).map((other) => other.path);
      reportError(file, {
        reason: `Unexpected second article at ${url}, expected one article per URL (also claimed by ${others.join(', ')})`,
        rule: 'duplicate-url',
        place: { line: 1, column: 1 },
        hint: 'Rename one of the files, or change its date, so each article has its own URL.',
      });
    }
  }
}
