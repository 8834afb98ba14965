/**
 * Deterministic news archives for the benchmark: the same seed and count
 * give byte-identical files, and a smaller archive is a prefix of a larger
 * one (each article has its own PRNG, seeded from the seed and its index).
 * About 5 KB of Markdown per article, valid against the real validator:
 * dateline, source, quotes found verbatim in the body with their speakers,
 * topics, people, and dates spread over thirty years.
 *
 *   npx tsx bench/generate.ts --count 1000 --out /tmp/content [--seed bench]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENCIES, loadVocabulary, OUTLETS, PEOPLE, PLACES, ROLES, TOPICS, type WeightedWords } from './vocabulary.ts';
import { benchArgs } from './benchArgs.ts';

export const DEFAULT_SEED = 'news-archive-bench';
/** Target size of one article file, frontmatter included. */
export const TARGET_BYTES = 5_000;

export interface ArticleMeta {
  title: string;
  /** As written in frontmatter: a date, sometimes with a time and an offset. */
  date: string;
  slug: string;
  place: string;
  /** The dateline as printed at the start of the body. */
  printed: string;
  outlet: string;
  agency?: string;
  /** Speakers of the quotes, then the other people the article is about. */
  speakers: string[];
  people: string[];
  tags: string[];
  quotes: { text: string; speaker: string; role: string }[];
  body: string;
}

export interface GeneratedArticle {
  /** `YYYY-MM-DD-slug.md`, unique in the archive. */
  fileName: string;
  text: string;
  meta: ArticleMeta;
}

export interface GenerateOptions {
  count: number;
  seed?: string;
}

type Random = () => number;

/** sfc32, seeded by a 128-bit FNV-style hash of the text. */
function seededRandom(text: string): Random {
  const h = [0x811c9dc5, 0x01000193, 0x6a09e667, 0xbb67ae85];
  for (let i = 0; i < text.length; i++) {
    for (let k = 0; k < 4; k++) h[k] = Math.imul(h[k]! ^ text.charCodeAt(i), 0x01000193 + k * 2);
  }
  let [a, b, c, d] = h as [number, number, number, number];
  const next: Random = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Cumulative Zipf weights (s = 1) for a list of `n` items. */
function zipfWeights(n: number): Float64Array {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / (k + 1);
  return cumulative;
}

function pickWeighted(random: Random, cumulative: Float64Array): number {
  const target = random() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const slugOf = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

class Drawer {
  private readonly weights = new Map<readonly string[], Float64Array>();
  constructor(
    readonly random: Random,
    private readonly vocabulary: WeightedWords,
  ) {}

  word(): string {
    return this.vocabulary.words[pickWeighted(this.random, this.vocabulary.cumulative)]!;
  }

  /** An item of a list, the first ones far more often (Zipf). */
  zipf(list: readonly string[]): string {
    let weights = this.weights.get(list);
    if (!weights) this.weights.set(list, (weights = zipfWeights(list.length)));
    return list[pickWeighted(this.random, weights)]!;
  }

  distinct(list: readonly string[], count: number): string[] {
    const chosen = new Set<string>();
    for (let tries = 0; chosen.size < count && tries < count * 20; tries++) chosen.add(this.zipf(list));
    return [...chosen];
  }

  sentence(min: number, max: number, names: readonly string[] = []): string {
    const words: string[] = [];
    const length = between(this.random, min, max);
    for (let i = 0; i < length; i++) {
      const roll = this.random();
      if (names.length > 0 && roll < 0.04) words.push(names[Math.floor(this.random() * names.length)]!);
      else words.push(this.word());
      if (i > 2 && i < length - 2 && this.random() < 0.06) words[words.length - 1] += ',';
    }
    return capitalise(words.join(' '));
  }
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const ordinal = (n: number): string =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** A day from 1995-01-01 to 2024-12-31; one article in five has a time and an offset. */
function drawDate(random: Random): string {
  const start = Date.UTC(1995, 0, 1);
  const days = Math.floor((Date.UTC(2024, 11, 31) - start) / 86_400_000);
  const day = new Date(start + between(random, 0, days) * 86_400_000).toISOString().slice(0, 10);
  if (random() >= 0.2) return day;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${pad(between(random, 0, 23))}:${pad(between(random, 0, 59))}:00+${pad(between(random, 0, 5))}:00`;
}

function drawArticle(draw: Drawer): Omit<ArticleMeta, 'slug'> & { baseSlug: string } {
  const { random } = draw;
  const date = drawDate(random);
  const place = draw.zipf(PLACES);
  const outlet = draw.zipf(OUTLETS);
  const agency = random() < 0.6 ? draw.zipf(AGENCIES) : undefined;
  const speakers = draw.distinct(PEOPLE, between(random, 1, 3));
  const people = draw.distinct(PEOPLE, between(random, 0, 2)).filter((p) => !speakers.includes(p));
  const tags = draw.distinct(TOPICS, between(random, 1, 4));
  const roles = speakers.map(() => draw.zipf(ROLES));
  const quotes = Array.from({ length: between(random, 1, 4) }, (_, i) => ({
    text: draw.sentence(8, 22),
    speaker: speakers[i % speakers.length]!,
    role: roles[i % speakers.length]!,
  }));
  const headline = Array.from({ length: between(random, 4, 8) }, () => capitalise(draw.word()));
  const title = `${place} ${headline.join(' ')}`;
  const names = [place, ...speakers, ...people];

  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const printed = `${place.toUpperCase()} (${outlet}${agency ? ` / ${agency}` : ''} - ${ordinal(day)} ${MONTHS[month - 1]!}, ${year})`;
  const paragraphs: string[] = [`${printed} ${draw.sentence(18, 34, names)}. ${draw.sentence(10, 24, names)}.`];
  const frontmatterBytes = 700 + quotes.reduce((sum, q) => sum + q.text.length + 80, 0);
  const target = TARGET_BYTES + between(random, -400, 400) - frontmatterBytes;
  let size = paragraphs[0]!.length;
  let quoteIndex = 0;
  while (size < target) {
    let paragraph: string;
    const roll = random();
    if (quoteIndex < quotes.length && (roll < 0.35 || size > target * 0.7)) {
      const quote = quotes[quoteIndex++]!;
      const surname = quote.speaker.split(' ').pop()!;
      paragraph =
        quoteIndex === 1 || random() < 0.3
          ? `"${quote.text}," ${quote.speaker}, ${quote.role}, said.`
          : `"${quote.text}," ${surname} added. ${draw.sentence(8, 20, names)}.`;
    } else if (roll < 0.42 && paragraphs.length > 2) {
      paragraph = `## ${capitalise(draw.word())} ${draw.word()} ${draw.word()}`;
    } else if (roll < 0.48) {
      paragraph = Array.from({ length: between(random, 2, 4) }, () => `- ${draw.sentence(4, 10, names)}`).join('\n');
    } else {
      const sentences = Array.from({ length: between(random, 2, 5) }, () => draw.sentence(8, 26, names) + '.');
      if (random() < 0.2) sentences[0] = `**${sentences[0]!}**`;
      if (random() < 0.15) {
        const linkWord = draw.word();
        sentences.push(`See [${linkWord}](https://example.com/${slugOf(outlet)}/${linkWord}).`);
      }
      paragraph = sentences.join(' ');
    }
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  // Quotes not placed before the body reached its size still belong in it: every quote is in its body.
  while (quoteIndex < quotes.length) {
    const quote = quotes[quoteIndex++]!;
    paragraphs.push(`"${quote.text}," ${quote.speaker.split(' ').pop()!} added.`);
  }
  return { title, date, place, printed, outlet, ...(agency ? { agency } : {}), speakers, people, tags, quotes, body: paragraphs.join('\n\n'), baseSlug: slugOf(title) };
}

function toMarkdown(meta: ArticleMeta): string {
  const s = (value: string) => JSON.stringify(value);
  const list = (items: readonly string[]) => `[${items.map(s).join(', ')}]`;
  const lines = [
    '---',
    `title: ${s(meta.title)}`,
    `date: ${meta.date}`,
    'dateline:',
    `  place: ${s(meta.place)}`,
    `  printed: ${s(meta.printed)}`,
    'source:',
    `  outlet: ${s(meta.outlet)}`,
    ...(meta.agency ? [`  agency: ${s(meta.agency)}`] : []),
    `  url: ${s(`https://${slugOf(meta.outlet)}.example.com/${meta.date.slice(0, 4)}/${meta.slug}`)}`,
    'quotes:',
    ...meta.quotes.flatMap((q) => [`  - text: ${s(q.text)}`, `    speaker: ${s(q.speaker)}`, `    role: ${s(q.role)}`]),
    `tags: ${list(meta.tags)}`,
    ...(meta.people.length > 0 ? [`people: ${list(meta.people)}`] : []),
    'lang: en',
    '---',
    '',
    meta.body,
    '',
  ];
  return lines.join('\n');
}

/** The archive's articles in order; file names are unique within it. */
export function* generateArchive(options: GenerateOptions): Generator<GeneratedArticle> {
  const seed = options.seed ?? DEFAULT_SEED;
  const vocabulary = loadVocabulary();
  const used = new Set<string>();
  for (let index = 0; index < options.count; index++) {
    const draw = new Drawer(seededRandom(`${seed}:${index}`), vocabulary);
    const { baseSlug, ...drawn } = drawArticle(draw);
    const day = drawn.date.slice(0, 10);
    const short = baseSlug.split('-').slice(0, 8).join('-');
    let slug = short;
    for (let n = 2; used.has(`${day}-${slug}`); n++) slug = `${short}-${n}`;
    used.add(`${day}-${slug}`);
    const meta: ArticleMeta = { ...drawn, slug };
    yield { fileName: `${day}-${slug}.md`, text: toMarkdown(meta), meta };
  }
}

/** Writes the archive into `dir`; `onArticle` sees each one (e.g. to write a Hugo copy). */
export async function writeArchive(
  dir: string,
  options: GenerateOptions,
  onArticle?: (article: GeneratedArticle, filePath: string) => Promise<void>,
): Promise<{ files: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const article of generateArchive(options)) {
    const filePath = path.join(dir, article.fileName);
    await writeFile(filePath, article.text);
    if (onArticle) await onArticle(article, filePath);
    files++;
    bytes += Buffer.byteLength(article.text);
  }
  return { files, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = benchArgs(
    'bench/generate.ts --count N --out DIR [--seed TEXT]',
    { options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: DEFAULT_SEED } } },
    ['out'],
  );
  const written = await writeArchive(values.out, { count: Number(values.count), seed: values.seed });
  console.log(`Wrote ${written.files} articles (${(written.bytes / 1024).toFixed(0)} KiB) into ${values.out}`);
}
