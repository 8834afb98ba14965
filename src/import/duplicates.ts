/**
 * Refuses to import an article the archive already holds: one with the same
 * URL, or one whose body is the same text (white space, typographic quotes
 * and dashes aside).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findContentFiles } from '../load/findContentFiles.ts';
import { articleUrlFor } from '../model/urls.ts';
import { comparable } from '../text/normalizeText.ts';

export interface ExistingArticle {
  file: string;
  url: string | undefined;
  body: string;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

export async function readExistingArticles(contentDir: string): Promise<ExistingArticle[]> {
  let files: string[];
  try {
    files = await findContentFiles(contentDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const articles: ExistingArticle[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const match = FRONTMATTER.exec(text);
    let date = '';
    try {
      const data: unknown = parseYaml(match?.[1] ?? '');
      if (data !== null && typeof data === 'object' && 'date' in data) date = String(data.date);
    } catch {
      // An unreadable file is `npm run check`'s business; compare its body anyway.
    }
    articles.push({ file, url: articleUrlFor(date, path.basename(file)), body: comparable(match?.[2] ?? text) });
  }
  return articles;
}

/** Why the new article duplicates an existing one, or undefined. */
export function findDuplicate(
  existing: readonly ExistingArticle[],
  candidate: { url: string | undefined; body: string; file: string },
): string | undefined {
  const body = comparable(candidate.body);
  for (const article of existing) {
    if (candidate.url !== undefined && article.url === candidate.url) {
      return `${article.file} already has the URL ${candidate.url}`;
    }
    if (article.body === body) return `${article.file} already has the same text`;
    if (path.resolve(article.file) === path.resolve(candidate.file)) return `${article.file} already exists`;
  }
  return undefined;
}
