/**
 * Render cache: an unchanged article is never rendered by remark/rehype
 * twice. Entries live on disk (`.cache/render/`, kept between CI runs), one
 * file each, keyed by the hash of the pipeline key and the render input.
 * A corrupt or unreadable entry is a miss, never an error.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderOutput } from './renderBody.ts';
import type { RenderInput } from './renderMarkdown.ts';

export const DEFAULT_CACHE_DIR = path.join('.cache', 'render');

export class RenderCache {
  hits = 0;
  misses = 0;

  constructor(
    private readonly dir: string,
    private readonly pipelineKey: string,
  ) {}

  keyOf(input: RenderInput): string {
    return createHash('sha256')
      .update(this.pipelineKey)
      .update('\0')
      .update(input.path)
      .update('\0')
      .update(JSON.stringify(input.quotes))
      .update('\0')
      .update(String(input.bodyLine ?? 1))
      .update('\0')
      .update(input.markdown)
      .digest('hex');
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  async get(key: string): Promise<RenderOutput | undefined> {
    try {
      const value = JSON.parse(await readFile(this.fileOf(key), 'utf8')) as RenderOutput;
      if (typeof value.html !== 'string' || !Array.isArray(value.problems)) throw new Error('bad entry');
      this.hits++;
      return value;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  async set(key: string, value: RenderOutput): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half an entry.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(value));
    await rename(temporary, file);
  }
}
