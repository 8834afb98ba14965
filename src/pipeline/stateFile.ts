/**
 * Build state on disk (`.cache/build/`, kept between CI runs like the other
 * caches): one file per kind, its first line a header naming the format and
 * the code version it was made by, then one JSON value a line. A missing,
 * unreadable, corrupt or other-version file is never trusted: the caller
 * gets nothing and a one-line note saying why, and builds from nothing.
 * Files are written beside their place and renamed into it, so a reader
 * never sees half a file.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { appendFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const BUILD_STATE_DIR = path.join('.cache', 'build');

interface Header {
  format: string;
  version: string;
}

export type StateRead<T> = { lines: T[]; note?: undefined } | { lines?: undefined; note: string };

/** Reads the lines of a state file made by `format` at `version`; `check` vets each line. */
export async function readStateFile<T>(
  file: string,
  format: string,
  version: string,
  check: (value: unknown) => value is T,
): Promise<StateRead<T>> {
  const name = path.basename(file);
  let stream;
  try {
    stream = createReadStream(file, { encoding: 'utf8' });
    await once(stream, 'open');
  } catch {
    return { note: `No build state ${name} yet: building it from nothing.` };
  }
  const lines: T[] = [];
  let header: Header | undefined;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      const value: unknown = JSON.parse(line);
      if (!header) {
        header = value as Header;
        if (header.format !== format) throw new Error(`format ${String(header.format)}, expected ${format}`);
        if (header.version !== version) {
          stream.destroy();
          return { note: `Build state ${name} is from other code or settings: building it from nothing.` };
        }
        continue;
      }
      if (!check(value)) throw new Error(`line ${lines.length + 2} is not a record`);
      lines.push(value);
    }
  } catch (error) {
    stream.destroy();
    return { note: `Build state ${name} is corrupt (${error instanceof Error ? error.message : String(error)}): building it from nothing.` };
  }
  if (!header) return { note: `Build state ${name} is empty: building it from nothing.` };
  return { lines };
}

export async function writeStateFile(file: string, format: string, version: string, lines: Iterable<unknown>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  try {
    const write = async (value: unknown): Promise<void> => {
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
    };
    await write({ format, version } satisfies Header);
    for (const line of lines) await write(line);
    out.end();
    await once(out, 'finish');
    await rename(temporary, file);
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Lines added at the end of a state file its reader applies after the others (sourceState.ts), in one write. */
export async function appendStateLines(file: string, lines: readonly unknown[]): Promise<void> {
  await appendFile(file, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
}
