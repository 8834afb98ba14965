/**
 * Validate: warnings an archive editor wants but that do not stop a build —
 * no source URL, a quote with no speaker, a date in the future. A body that
 * nearly repeats another article's is a check across files: nearDuplicates.ts.
 */
import type { Document, LineCounter } from 'yaml';
import type { VFile } from 'vfile';
import { utcDay } from '../model/dates.ts';
import { reportWarning } from '../model/diagnostics.ts';
import type { Frontmatter } from './schema.ts';
import { placeOfValue } from './yamlPositions.ts';

export interface WarnableArticle {
  file: VFile;
  frontmatter: Frontmatter;
  source: { yaml: Document | undefined; lineCounter: LineCounter; body: string };
}

export interface WarningOptions {
  today: Date;
}

/** Warnings about one file's frontmatter; it needs the file's YAML for positions. */
export function addFileWarnings({ file, frontmatter, source }: WarnableArticle, options: WarningOptions): void {
  const todayIso = utcDay(options.today);
  const at = (path: PropertyKey[]) => placeOfValue(source.yaml, source.lineCounter, path);
  if (!frontmatter.source.url) {
    reportWarning(file, {
      reason: 'Missing `source.url`, expected the address of the copy',
      rule: 'source-url',
      place: at(['source']),
      hint: 'Add `url: https://…` under `source` so readers can check the original.',
    });
  }
  frontmatter.quotes.forEach((quote, index) => {
    if (quote.speaker) return;
    reportWarning(file, {
      reason: 'Missing `speaker` of a quote, expected the full name of who said it',
      rule: 'quote-speaker',
      place: at(['quotes', index]),
      hint: 'Add `speaker: Full Name` to the quote (resolve "the minister" to the person named in the text).',
    });
  });
  if (frontmatter.date.slice(0, 10) > todayIso) {
    reportWarning(file, {
      reason: `Unexpected date ${frontmatter.date} in the future, expected a publication date up to ${todayIso}`,
      rule: 'future-date',
      place: at(['date']),
      hint: 'An archive holds what was published: check the year and month.',
    });
  }
}
