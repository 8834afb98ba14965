/**
 * A page's weather strip above the story (`25.7 C` / `City of Banjul` / `Saturday, June 15, 2024`): the date printed
 * beside the temperature is the day the page was viewed. For a story that dates itself only relatively (`yesterday`,
 * `hier`, `ayer`) it says nothing of when the story was published, and is dropped: the date is left to the editor.
 */
import { stampAlone } from './stamps.ts';

/** A temperature alone on a line: `25.7 C`, `31°C`, `88 °F`. */
const TEMPERATURE = /^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]$/u;
/** Words by which a story dates itself relative to the day it was published. */
const RELATIVE_DAY = /\b(?:yesterday|last night|hier|ayer|ontem|ieri|gestern)\b/iu;
/** How far from the top the strip may sit, and how far from the temperature its date. */
const TOP = 4;
const NEAR = 2;

/** Removes the strip's date from `paragraphs` (the copy's, in order) when the text dates itself only relatively. */
export function dropWeatherToday(paragraphs: string[]): void {
  const at = paragraphs.slice(0, TOP).findIndex((p) => TEMPERATURE.test(p.trim()));
  if (at < 0 || !paragraphs.some((p) => RELATIVE_DAY.test(p))) return;
  for (let index = Math.min(paragraphs.length - 1, at + NEAR); index >= Math.max(0, at - NEAR); index--) {
    if (index !== at && stampAlone(paragraphs[index] ?? '') !== undefined) paragraphs.splice(index, 1);
  }
}
