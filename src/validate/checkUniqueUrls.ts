/** Validate, across the archive: two articles may not claim one URL. */
import type { VFile } from 'vfile';
import { reportError } from '../model/diagnostics.ts';

export interface Claim {
  url: string;
  file: VFile;
}

/** Reports on every file of a clash, so each editor sees it in their own file. */
export function checkUniqueUrls(claims: readonly Claim[]): void {
  const byUrl = new Map<string, VFile[]>();
  for (const { url, file } of claims) {
    const files = byUrl.get(url);
    if (files) files.push(file);
    else byUrl.set(url, [file]);
  }
  for (const [url, files] of byUrl) {
    if (files.length < 2) continue;
    for (const file of files) {
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
