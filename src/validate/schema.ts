/**
 * The content model: what an article's frontmatter may hold (DESIGN.md,
 * "Content model"). Strict objects, so a typo in a key is an error, not a
 * silently ignored field.
 */
import { z } from 'zod';
import { missingDay } from '../model/dates.ts';

/** ISO 8601 calendar date, optionally with a time and an offset. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && dateProblem(value) === undefined;
}

/**
 * Why a date of the ISO form names no moment (`30 February 2024 does not
 * exist …`, `hour 25 does not exist`), or undefined when it is fine or not
 * of the form at all.
 */
export function dateProblem(value: string): string | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const missing = missingDay(Number(y), Number(mo), Number(d));
  if (missing) return missing;
  if (h !== undefined && Number(h) > 23) return `hour ${h} does not exist (hours are 00 to 23)`;
  if (mi !== undefined && Number(mi) > 59) return `minute ${mi} does not exist (minutes are 00 to 59)`;
  if (s !== undefined && Number(s) > 59) return `second ${s} does not exist (seconds are 00 to 59)`;
  return undefined;
}

/** Marks the zod issue of a date that has the right form but names no day. */
export const NO_SUCH_DATE = 'no-such-date';

const isoDate = z
  .string({ error: 'Expected a date such as 2020-11-28 (ISO 8601)' })
  .superRefine((value, ctx) => {
    if (!ISO_DATE.test(value)) {
      ctx.addIssue({ code: 'custom', message: 'Expected an ISO 8601 date such as 2020-11-28 or 2020-11-28T09:15:00+05:00' });
      return;
    }
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { rule: NO_SUCH_DATE } });
  });

export const text = (what: string) =>
  z
    .string({ error: `Expected ${what} as text` })
    .trim()
    .min(1, { message: `Expected ${what}, found an empty string` });

const httpUrl = z
  .string({ error: 'Expected a URL as text' })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'Expected an http:// or https:// URL' },
  );

/** BCP 47 language tag, loosely: `en`, `ur`, `pt-BR`, `zh-Hant-TW`. */
export const languageTag = z
  .string({ error: 'Expected a language tag such as en or ur' })
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, {
    message: 'Expected a BCP 47 language tag such as en, ur or pt-BR',
  });

export const quoteSchema = z.strictObject({
  text: text('the quoted words'),
  speaker: text('the speaker’s full name').optional(),
  role: text('the speaker’s role').optional(),
});

export const correctionSchema = z.strictObject({
  date: isoDate,
  note: text('a note saying what was corrected'),
});

export const frontmatterSchema = z.strictObject({
  title: text('a title'),
  date: isoDate,
  dateline: z
    .strictObject({
      place: text('a place name'),
      printed: text('the dateline as printed').optional(),
    })
    .optional(),
  source: z.strictObject({
    outlet: text('the outlet that published this copy'),
    agency: text('the wire agency').optional(),
    url: httpUrl.optional(),
    byline: text('a byline').optional(),
  }),
  quotes: z.array(quoteSchema).default([]),
  tags: z.array(text('a topic')).default([]),
  people: z.array(text('a person’s name')).default([]),
  summary: text('a summary').optional(),
  lang: languageTag.default('en'),
  updated: isoDate.optional(),
  corrections: z.array(correctionSchema).default([]),
  draft: z.boolean({ error: 'Expected true or false' }).default(false),
});

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type Quote = z.output<typeof quoteSchema>;

/** Every key the model knows, for "did you mean" hints. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': Object.keys(frontmatterSchema.shape),
  dateline: ['place', 'printed'],
  source: ['outlet', 'agency', 'url', 'byline'],
  quotes: Object.keys(quoteSchema.shape),
  corrections: Object.keys(correctionSchema.shape),
};
