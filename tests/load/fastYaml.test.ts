/**
 * The fast frontmatter reader gives what the `yaml` package gives, or gives
 * up: the same values and the same position for every value, on every
 * frontmatter under tests/ and content/, the `npm run new` scaffold, 2,000
 * generated articles and 20,000 random texts of YAML's awkward pieces.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import matter from 'gray-matter';
import { LineCounter } from 'yaml';
import { generateArchive } from '../../bench/generate.ts';
import { scaffoldArticle } from '../../src/import/scaffold.ts';
import { readFastYaml } from '../../src/load/fastYaml.ts';
import { yamlDocument } from '../../src/load/parseYaml.ts';
import { placeOfValue } from '../../src/validate/yamlPositions.ts';

/** The text between the fences, as parseFrontmatter hands it to a YAML reader. */
function frontmatterOf(source: string): string | undefined {
  let text: string | undefined;
  matter(source, { engines: { yaml: (between: string) => ((text = between), {}) } });
  return text;
}

/** Compares the two readers on one text; whether the fast one read it. */
function compare(text: string): boolean {
  const fast = readFastYaml(text);
  if (!fast) return false;
  const lineCounter = new LineCounter();
  const doc = yamlDocument(text, lineCounter);
  const shown = JSON.stringify(text);
  assert.deepEqual(doc.errors.map((error) => error.message), [], `yaml finds errors in a text the fast reader read: ${shown}`);
  assert.deepEqual(fast.data, doc.toJS(), `different values for ${shown}`);
  for (const [key, place] of fast.starts) {
    const fieldPath = key === '' ? [] : key.split('\0').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    assert.deepEqual(place, placeOfValue(doc, lineCounter, fieldPath), `a different place for ${key.replaceAll('\0', '.')} in ${shown}`);
  }
  return true;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Frontmatter written inside the tests' own sources (template literals without `${…}`). */
function frontmattersInTestSources(): string[] {
  const out: string[] = [];
  for (const entry of readdirSync('tests', { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const source = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const literal of source.matchAll(/`((?:[^`\\$]|\\.|\$(?!\{))*)`/g)) {
      const text = literal[1]!.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
      const fence = /^---\n([\s\S]*?)\n---/m.exec(text);
      if (fence) out.push(`\n${fence[1]}`);
      else if (/^(?:title|date): /m.test(text)) out.push(`\n${text}`);
    }
  }
  return out;
}

/** sfc32-like seeded numbers: the same random texts on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['title', 'date', 'source', 'quotes', 'text', 'a', 'b', 'Title', 'x-y', 'true', 'null', 'No', '__proto__', 'a b', '"q"', '1', 'k'];
const ATOMS = [
  'a', 'b c', 'Yerevan', '"x"', "'y'", '"a\\"b"', '"\\u00e9"', '"\\x41"', '"\\n"', '"\\/"', '"\\q"', "'it''s'", '[a, b]', '[]',
  '[a,]', '["x", y]', '[a, [b]]', '[a: b]', '{a: b}', '&a x', '*a', '!tag x', '!!str 1', '|', '>', '|-', '#c', ' # c', '1', '0x1F',
  '0o7', '1e3', '.5', '-1', '+1', '~', 'null', 'NULL', 'True', 'FALSE', 'yes', '2020-11-28', '2020-11-28T09:15:00+05:00', ':', 'a:b',
  'a: b', '-', '- x', '?', '? x', '@x', '`x`', '%x', 'x #y', 'x#y', '""', "''", '"unclosed', "'unclosed", '\\', 'é', '\u00a0', '  ',
  ',', ']', '[', '{', '}', '<<', '.inf', '.NaN', 'https://example.com/a?b=c#d', '"a" b', "'a' # c", '"a"#c', '---', '...', '\t',
  '\u2028', '\ufeff', 'x ', ' x',
];

/** A random frontmatter: fields, lists and lists of fields, with awkward pieces and wrong indentation now and then. */
function randomText(random: () => number): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;
  const word = () => pick(['a', 'b c', 'Yerevan', '"x y"', "'y'", 'Jean-Baptiste Lemoyne', '"Quoted: yes"', '2020-11-28', 'en']);
  const scalar = () => (chance(0.25) ? Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(ATOMS)).join(pick(['', ' '])) : word());
  const key = () => (chance(0.1) ? pick(KEYS) : pick(['title', 'date', 'place', 'outlet', 'text', 'speaker', 'role', 'tags', 'lang', 'k1', 'k2']));
  const lines: string[] = [];
  const push = (indent: number, text: string) => {
    const shift = chance(0.05) ? pick([-1, 1, 2]) : 0;
    lines.push(' '.repeat(Math.max(0, indent + shift)) + text);
    if (chance(0.05)) lines.push(pick(['', '  ', `${' '.repeat(indent)}# ${scalar()}`, '# c']));
  };
  const fields = (indent: number, depth: number, first?: string) => {
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const lead = i === 0 && first !== undefined ? first : ' '.repeat(indent);
      const name = key();
      const shape = depth > 1 ? 'scalar' : pick(['scalar', 'scalar', 'scalar', 'flow', 'map', 'list', 'listOfMaps', 'empty']);
      const comment = chance(0.1) ? pick([' # c', '  #c', '#c']) : '';
      if (shape === 'scalar') push(0, `${lead}${name}:${pick([' ', ' ', '  '])}${scalar()}${comment}`);
      else if (shape === 'flow') push(0, `${lead}${name}: [${Array.from({ length: Math.floor(random() * 3) }, scalar).join(pick([', ', ',', ' , ']))}]${comment}`);
      else if (shape === 'empty') push(0, `${lead}${name}:${comment}`);
      else {
        push(0, `${lead}${name}:${comment}`);
        const inner = indent + pick([0, 2, 2, 4]);
        if (shape === 'map') fields(inner + (inner === indent ? 2 : 0), depth + 1);
        else {
          const items = 1 + Math.floor(random() * 3);
          for (let j = 0; j < items; j++) {
            if (shape === 'list') push(inner, `-${pick([' ', ' ', '  '])}${scalar()}`);
            else fields(inner + 2, depth + 1, `${' '.repeat(inner)}- `);
          }
        }
      }
    }
  };
  fields(0, 0);
  return `\n${lines.join('\n')}${pick(['', '\n'])}`;
}

describe('the fast frontmatter reader', () => {
  it('reads every frontmatter of the fixtures, content/ and the tests as yaml does, or leaves it to yaml', (t) => {
    const sources = [...markdownFiles('tests'), ...markdownFiles('content')].map((file) => readFileSync(file, 'utf8'));
    const texts = [
      ...sources.map(frontmatterOf).filter((text): text is string => text !== undefined),
      ...frontmattersInTestSources(),
      frontmatterOf(scaffoldArticle('A "Quoted" Headline: Part 2', '2024-02-29'))!,
    ];
    const read = texts.filter(compare).length;
    t.diagnostic(`read ${read} of ${texts.length}`);
    assert.ok(texts.length > 10, `only ${texts.length} frontmatters found`);
    assert.ok(read > texts.length / 3, `the fast reader read only ${read} of ${texts.length}`);
  });

  it('reads all of 2,000 generated articles, with the values and positions yaml gives', () => {
    let read = 0;
    for (const article of generateArchive({ count: 2000 })) if (compare(frontmatterOf(article.text)!)) read++;
    assert.equal(read, 2000);
  });

  it('on 20,000 random texts of awkward YAML, what it reads it reads as yaml does', (t) => {
    const random = seeded(11);
    let read = 0;
    for (let i = 0; i < 20_000; i++) if (compare(randomText(random))) read++;
    t.diagnostic(`read ${read} of 20,000`);
    // Not vacuous: a good share of the texts are simple enough to read.
    assert.ok(read > 1000, `the fast reader read only ${read} of 20,000`);
  });

  it('gives up on what needs the full parser: duplicate keys, anchors, block and multi-line scalars, null values', () => {
    for (const text of ['\na: 1x\na: 2x', '\na: &x b\nc: *x', '\na: |\n  b', '\na: b\n  c', '\na:\nb: c', '\na: "b\n  c"', '\n\ta: b', '\na: {b: c}']) {
      assert.equal(readFastYaml(text), undefined, JSON.stringify(text));
    }
  });
});
