/**
 * Lay out: the site's typefaces ship with it, self-hosted from npm
 * (@fontsource, SIL Open Font License): Source Serif 4 for reading and
 * headlines, Source Sans 3 for the apparatus (navigation, meta lines,
 * labels), and for articles in Arabic script Noto Nastaliq Urdu (Urdu) and
 * Noto Naskh Arabic (Arabic, Persian …), which a reader's system may lack.
 * Only the weights the stylesheet uses, only the Latin and Latin Extended
 * subsets (Arabic for the Arabic-script faces; other scripts fall back to
 * the system's fonts, per character, through `unicode-range`, and a face is
 * only fetched by a page that has characters in its range and uses it),
 * WOFF2 only, `font-display: swap`
 * so text is never hidden while a font loads. No CDN: the files are copied
 * from node_modules into `/fonts/` by Eleventy's passthrough copy, and their
 * `@font-face` rules, taken from the packages' own CSS, into `/css/fonts.css`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { EleventyConfig } from './eleventyConfig.ts';

export interface FontFace {
  /** The npm package, e.g. `@fontsource/source-serif-4`. */
  package: string;
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
  /** Default: `FONT_SUBSETS`. */
  subsets?: readonly string[];
}

/** Every face the stylesheet uses (public/css/site.css): nothing else is shipped. */
export const FONT_FACES: readonly FontFace[] = [
  { package: '@fontsource/source-serif-4', weight: 400, style: 'normal' },
  { package: '@fontsource/source-serif-4', weight: 400, style: 'italic' },
  { package: '@fontsource/source-serif-4', weight: 600, style: 'normal' },
  { package: '@fontsource/source-sans-3', weight: 400, style: 'normal' },
  { package: '@fontsource/source-sans-3', weight: 600, style: 'normal' },
  { package: '@fontsource/noto-nastaliq-urdu', weight: 400, style: 'normal', subsets: ['arabic'] },
  { package: '@fontsource/noto-naskh-arabic', weight: 400, style: 'normal', subsets: ['arabic'] },
  { package: '@fontsource/noto-naskh-arabic', weight: 600, style: 'normal', subsets: ['arabic'] },
];

export const FONT_SUBSETS = ['latin', 'latin-ext'] as const;

/** Where the fonts go in the site. */
export const FONT_DIR = '/fonts/';
export const FONT_CSS = '/css/fonts.css';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** `source-serif-4-latin-400-normal.woff2` */
export function fontFile(face: FontFace, subset: string): string {
  return `${path.basename(face.package)}-${subset}-${face.weight}-${face.style}.woff2`;
}

/**
 * The faces of every first screen, fetched beside the stylesheet, Latin: headlines (serif 600), text
 * (serif 400), and the header, navigation and controls (sans 400 and 600). A face that arrives after
 * the first paint swaps in and moves what follows it (measured on the search page at 390 px: the
 * toolbar wrapped to a second line when the sans face arrived, a layout shift of 0.03).
 */
export const PRELOAD: readonly string[] = [
  `${FONT_DIR}${fontFile(FONT_FACES[2]!, 'latin')}`,
  `${FONT_DIR}${fontFile(FONT_FACES[0]!, 'latin')}`,
  `${FONT_DIR}${fontFile(FONT_FACES[3]!, 'latin')}`,
  `${FONT_DIR}${fontFile(FONT_FACES[4]!, 'latin')}`,
];

/**
 * The italic text face, for the pages whose first screen sets quotes in it (the search page's quote
 * results): arriving after the first paint it re-wrapped a quote and moved the results below it
 * (a layout shift of 0.03 at 390 px). Preloaded by those pages only.
 */
export const PRELOAD_ITALIC = `${FONT_DIR}${fontFile(FONT_FACES[1]!, 'latin')}`;

/**
 * A font's URL as `/css/fonts.css` writes it: relative (`../fonts/…`), so it
 * holds when the site is served under a subpath (the HTML base plugin
 * rewrites the pages' root-relative links, not the URLs inside stylesheets).
 */
export function fontUrlFromCss(name: string): string {
  return path.posix.join(path.posix.relative(path.posix.dirname(FONT_CSS), FONT_DIR), name);
}

/**
 * The `@font-face` rules of the wanted faces and subsets, as the packages
 * write them (their `unicode-range`s), pointed at `/fonts/`, WOFF2 only.
 */
export async function fontFaceCss(faces: readonly FontFace[] = FONT_FACES): Promise<string> {
  const rules: string[] = [];
  for (const face of faces) {
    const file = face.style === 'italic' ? `${face.weight}-italic.css` : `${face.weight}.css`;
    const css = await readFile(path.join(packageDir(face.package), file), 'utf8');
    for (const subset of face.subsets ?? FONT_SUBSETS) {
      const name = fontFile(face, subset);
      const rule = css.split('@font-face').find((block) => block.includes(`/${name})`));
      const range = rule && /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
      const family = rule && /font-family:\s*([^;]+);/.exec(rule)?.[1];
      if (!range || !family) throw new Error(`${face.package}/${file}: Unexpected CSS, expected an @font-face for ${name} with a unicode-range`);
      rules.push(
        `@font-face{font-family:${family};font-style:${face.style};font-display:swap;font-weight:${face.weight};` +
          `src:url(${fontUrlFromCss(name)}) format('woff2');unicode-range:${range}}`,
      );
    }
  }
  return `/* Generated by src/layout/fonts.ts from the @fontsource packages (SIL Open Font License 1.1). */\n${rules.join('\n')}\n`;
}

export interface FontsOptions {
  /** The first layout pass of a build copies the fonts and writes their CSS; later passes only link them. */
  first: boolean;
}

/** The global data `fonts`: what the base layout links (src/layout/pages/baseLayout.ts) and the search page preloads. */
export interface FontsData {
  preload: readonly string[];
  italic: string;
  css: string;
}

export default function fontsPlugin(eleventyConfig: EleventyConfig, options: FontsOptions): void {
  // https://www.11ty.dev/docs/copy/ — paths are relative to the project folder.
  const copies: Record<string, string> = {};
  for (const face of FONT_FACES) {
    for (const subset of face.subsets ?? FONT_SUBSETS) {
      const name = fontFile(face, subset);
      copies[path.relative(process.cwd(), path.join(packageDir(face.package), 'files', name))] = `${FONT_DIR}${name}`;
    }
  }
  if (options.first) eleventyConfig.addPassthroughCopy(copies);
  const fonts: FontsData = { preload: PRELOAD, italic: PRELOAD_ITALIC, css: FONT_CSS };
  eleventyConfig.addGlobalData('fonts', fonts);
  if (!options.first) return;
  eleventyConfig.on('eleventy.after', async ({ directories }) => {
    const file = path.join(directories.output, FONT_CSS);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, await fontFaceCss());
  });
}
