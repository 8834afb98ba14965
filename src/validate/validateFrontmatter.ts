/**
 * Validate, step one: frontmatter data → a typed Frontmatter, or messages on
 * the file naming each bad field's line and column and how to fix it.
 */
import type { VFile } from 'vfile';
import type { z } from 'zod';
import type { ParsedSource } from '../load/parseFrontmatter.ts';
import { reportError, type Place } from '../model/diagnostics.ts';
import { isPlaceholder } from '../model/placeholder.ts';
import { editDistance } from '../text/editDistance.ts';
import { frontmatterSchema, KNOWN_KEYS, NO_SUCH_DATE, type Frontmatter } from './schema.ts';
import { placeOfField, placeOfKey, type FieldPath } from './yamlPositions.ts';

/**
 * Whether YAML data is a set of `key: value` fields; an error at `place` on
 * the file when it is not (a list, a lone value).
 */
export function isFieldSet(file: VFile, data: unknown, what: { name: string; rule: string; place: Place; example: string }): data is object {
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) return true;
  reportError(file, {
    reason: `Unexpected ${what.name} that is not a set of fields, expected \`key: value\` lines`,
    rule: what.rule,
    place: what.place,
    hint: `Write the ${what.name} as YAML fields such as ${what.example}.`,
  });
  return false;
}

export function validateFrontmatter(file: VFile, source: ParsedSource): Frontmatter | undefined {
  if (source.data === undefined) return undefined;
  const example = '`title: …` and `date: 2020-11-28`';
  if (!isFieldSet(file, source.data, { name: 'frontmatter', rule: 'frontmatter', place: { line: 2, column: 1 }, example })) return undefined;

  const placeholders = findPlaceholders(source.data, []);
  for (const path of placeholders) {
    reportError(file, {
      reason: `Unexpected placeholder in \`${formatPath(path)}\`, expected the real value`,
      rule: 'placeholder',
      place: placeOfField(source, path),
      hint: 'The importer or `npm run new` left this for you: replace the TODO with the fact from the copy, or remove the field if it is optional.',
    });
  }

  const result = frontmatterSchema.safeParse(source.data);
  if (!result.success) {
    // A placeholder is reported once, as a placeholder, not again as a value of the wrong form.
    const isPlaceholderPath = (path: readonly PropertyKey[]) => placeholders.some((p) => formatPath(p) === formatPath(path));
    for (const issue of result.error.issues) if (!isPlaceholderPath(issue.path)) reportIssue(file, source, issue, ARTICLE_FIELDS);
    return undefined;
  }
  return placeholders.length > 0 ? undefined : result.data;
}

/** What messages about a set of fields need to know of it. */
export interface FieldsModel {
  /** Known keys by parent path (`''`, `source`, …), for "did you mean" hints. */
  knownKeys: Record<string, readonly string[]>;
  /** How to fix a value of the wrong form at `path`. */
  hintFor(path: FieldPath): string;
  /** Where the model is explained, for hints on missing fields. */
  documentedIn: string;
}

const ARTICLE_FIELDS: FieldsModel = { knownKeys: KNOWN_KEYS, hintFor, documentedIn: 'README.md' };

/** Where a YAML value is, for messages: frontmatter and site.yaml alike. */
export type YamlSource = Pick<ParsedSource, 'data' | 'yaml' | 'lineCounter' | 'starts'>;

/** One zod issue as a message at the field's line and column. */
export function reportIssue(file: VFile, source: YamlSource, issue: z.core.$ZodIssue, model: FieldsModel): void {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const parentKey = path.filter((p) => typeof p === 'string').join('.');
    const known = model.knownKeys[parentKey] ?? [];
    for (const key of issue.keys) {
      const suggestion = closest(key, known);
      reportError(file, {
        reason: `Unexpected field \`${formatPath([...path, key])}\`, expected one of ${known.map((k) => `\`${k}\``).join(', ')}`,
        rule: 'unknown-field',
        place: placeOfKey(source.yaml, source.lineCounter, path, key),
        hint: suggestion ? `Did you mean \`${suggestion}\`?` : 'Remove the field or move it where it belongs.',
      });
    }
    return;
  }
  if (valueAt(source.data, path) === undefined) {
    const field = formatPath(path);
    reportError(file, {
      reason: `Missing field \`${field}\`, expected ${issue.message.replace(/^Expected /, '')}`,
      rule: 'missing-field',
      place: placeOfField(source, path),
      hint: `Add \`${String(path.at(-1))}: …\`${path.length > 1 ? ` under \`${formatPath(path.slice(0, -1))}\`` : ''} (see the example in ${model.documentedIn}).`,
    });
    return;
  }
  if (issue.code === 'custom' && issue.params?.['rule'] === NO_SUCH_DATE) {
    reportError(file, {
      reason: `Unexpected date in \`${formatPath(path)}\`: ${issue.message}`,
      rule: 'no-such-date',
      place: placeOfField(source, path),
      hint: 'The form is right but the day is not: check the day and the month against the copy.',
    });
    return;
  }
  reportError(file, {
    reason: `Unexpected value in \`${formatPath(path)}\`: ${issue.message}`,
    rule: 'invalid-field',
    place: placeOfField(source, path),
    hint: model.hintFor(path),
  });
}

function hintFor(path: FieldPath): string {
  const last = String(path.at(-1));
  if (last === 'date' || last === 'updated') return 'Write dates as YYYY-MM-DD, optionally with a time: 2020-11-28T09:15:00+05:00.';
  if (last === 'url') return 'Give the full address of the copy, starting with https://.';
  if (last === 'lang') return 'Use a language code such as en, fr, ur or pt-BR.';
  if (typeof path.at(-1) === 'number' || ['quotes', 'tags', 'people', 'corrections'].includes(last))
    return 'Write a list with one `- ` item per line.';
  return 'See the content model in README.md for what this field holds.';
}

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += (out ? '.' : '') + String(segment);
  }
  return out || '(frontmatter)';
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function findPlaceholders(value: unknown, path: PropertyKey[]): PropertyKey[][] {
  if (typeof value === 'string') return isPlaceholder(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => findPlaceholders(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.keys(value).flatMap((key) =>
      findPlaceholders((value as Record<string, unknown>)[key], [...path, key]),
    );
  }
  return [];
}

/** The known key within two edits of a typo, if any. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
