/**
 * Refuses to import an article the archive already holds: one with the same
 * URL, or one whose body is the same text (white space, typographic quotes
 * and dashes aside).
 */
import path from 'node:path';
import { findContentFiles } from '../load/findContentFiles.ts';
import { parseFrontmatter } from '../load/parseFrontmatter.ts';
import { readSource } from '../load/readSource.ts';
import { articleUrlFor } from '../model/urls.ts';
import { comparable } from '../text/normalizeText.ts';

export interface ExistingArticle {
  file: string;
  url: string | undefined;
  body: string;
}

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
    // Read as the build reads it (src/load); what is wrong with the file is
    // `npm run check`'s business, so its messages are dropped here.
    const { data, body } = parseFrontmatter(await readSource(file));
    const date = data !== null && typeof data === 'object' && 'date' in data ? String(data.date) : '';
    articles.push({ file, url: articleUrlFor(date, path.basename(file)), body: comparable(body) });
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
