/**
 * The `import` command (src/cli/import.ts is its entry point):
 * `npm run import -- FILE… [--stdout] [--force] [--date YYYY-MM-DD] [--outlet NAME] [--url URL] [--content-dir DIR]`
 *
 * Turns plain-text copies of published articles into article files in
 * `content/` with drafted frontmatter; `--stdout` prints them instead.
 * Refuses an article the archive already has (same URL or same text) unless
 * `--force`. Problems are reported as `path: message`; exit 1 if any.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findDuplicate, readExistingArticles } from './duplicates.ts';
import type { ExistingArticle } from './duplicates.ts';
import { EmptyCopyError, importCopy } from './importCopy.ts';
import type { Console } from './console.ts';
import { isIsoDate } from '../validate/schema.ts';
import { DATE_PLACEHOLDER } from '../model/urls.ts';
import { urlHost } from './outlets.ts';

const USAGE = 'usage: npm run import -- FILE… [--stdout] [--force] [--date YYYY-MM-DD] [--outlet NAME] [--url URL] [--content-dir DIR]';

class InputError extends Error {}

interface Options {
  help: boolean;
  files: string[];
  stdout: boolean;
  force: boolean;
  date: string | undefined;
  outlet: string | undefined;
  url: string | undefined;
  contentDir: string;
}

function readOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      stdout: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      date: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      'content-dir': { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length === 0 && !values.help) throw new InputError('no copy to import');
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date) || (values.date !== undefined && !isIsoDate(values.date))) {
    throw new InputError(`--date ${values.date}: expected a date such as 2020-11-28`);
  }
  if (values.url !== undefined && urlHost(values.url) === undefined) {
    throw new InputError(`--url ${values.url}: expected the address of the copy, such as https://www.example.com/story`);
  }
  if (values.outlet !== undefined && values.outlet.trim() === '') throw new InputError('--outlet: expected the name of the outlet, such as "Dawn"');
  if ((values.url !== undefined || values.outlet !== undefined) && positionals.length > 1) {
    throw new InputError('--url and --outlet describe one copy: import the files one at a time');
  }
  return {
    help: values.help,
    files: positionals,
    stdout: values.stdout,
    force: values.force,
    date: values.date,
    outlet: values.outlet?.trim(),
    url: values.url,
    contentDir: values['content-dir'],
  };
}

async function importOne(file: string, options: Options, existing: ExistingArticle[], io: Console): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a text file' : `cannot read the file (${code ?? 'unknown error'})`);
  }
  const article = importCopy(text, { sourceName: path.basename(file), fallbackDate: options.date, outlet: options.outlet, url: options.url });
  if (options.stdout) {
    io.write(article.markdown);
    return;
  }
  const target = path.join(options.contentDir, article.fileName);
  const duplicate = findDuplicate(existing, { url: article.url, body: article.body.join('\n\n'), file: target });
  if (duplicate !== undefined && !options.force) {
    throw new InputError(`not imported: ${duplicate} (use --force to import it anyway)`);
  }
  await mkdir(options.contentDir, { recursive: true });
  await writeFile(target, article.markdown, { flag: options.force ? 'w' : 'wx' });
  existing.push({ file: target, url: article.url, body: '' });
  io.log(`${file}: wrote ${target}`);
  if (article.placeholders.length > 0) {
    io.log(`${file}: to fill in before publishing (draft until then): ${article.placeholders.join(', ')}`);
  }
  if (article.url === undefined) {
    io.log(`${file}: once the date is filled in, rename ${target} to start with it (${DATE_PLACEHOLDER} → YYYY-MM-DD of the date); npm run check reminds you`);
  }
}

/** Runs `import` with the given arguments; returns the exit code. */
export async function runImport(argv: string[], io: Console): Promise<number> {
  let options: Options;
  try {
    options = readOptions(argv);
  } catch (error) {
    io.error(`import: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (options.help) {
    io.log(USAGE);
    return 0;
  }
  const existing = options.stdout ? [] : await readExistingArticles(options.contentDir);
  let failures = 0;
  for (const file of options.files) {
    try {
      await importOne(file, options, existing, io);
    } catch (error) {
      if (!(error instanceof InputError || error instanceof EmptyCopyError)) throw error;
      io.error(`${file}: ${error.message}`);
      failures++;
    }
  }
  return failures > 0 ? 1 : 0;
}

