/**
 * The `new` command (src/cli/new.ts is its entry point):
 * `npm run new -- "Headline" [--date YYYY-MM-DD] [--content-dir DIR]`
 *
 * Scaffolds `content/DATE-slug.md` with every field of the content model,
 * commented, and prints its path. Never overwrites a file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Console } from './console.ts';
import { articleFileName } from './fileName.ts';
import { scaffoldArticle } from './scaffold.ts';
import { utcDay } from '../model/dates.ts';
import { isIsoDate } from '../validate/schema.ts';

const USAGE = 'usage: npm run new -- "Headline" [--date YYYY-MM-DD] [--content-dir DIR]';

/**
 * Runs `new` with the given arguments; returns the exit code. Without
 * `--date` the article is dated today in UTC, the day the future-date
 * warning compares with (src/validate/nearDuplicates.ts).
 */
export async function runNew(argv: string[], io: Console, now: Date = new Date()): Promise<number> {
  let values: { date?: string | undefined; 'content-dir': string; help: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        'content-dir': { type: 'string', default: 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.error(`new: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    io.log(USAGE);
    return 0;
  }
  const title = positionals.join(' ').trim();
  if (title === '') {
    io.error(`new: no headline given\n${USAGE}`);
    return 1;
  }
  const date = values.date ?? utcDay(now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isIsoDate(date)) {
    io.error(`new: --date ${date}: expected a date such as 2020-11-28`);
    return 1;
  }
  const target = path.join(values['content-dir'], articleFileName(date, title));
  await mkdir(values['content-dir'], { recursive: true });
  try {
    await writeFile(target, scaffoldArticle(title, date), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    io.error(`${target}: already exists; not overwritten (edit it, or choose another headline or date)`);
    return 1;
  }
  io.log(target);
  return 0;
}

