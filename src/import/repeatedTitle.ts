/**
 * A page that prints its listings first and the story's headline again far below the header, a stamp right under it
 * (`Haiti - FLASH : … (Video)` / `19/09/2022 09:03:04` under a page title `… - Outlet.com : news 7/7`): that stamp
 * is the story's, however far down the headline is printed again.
 */
import { comparableStem } from '../text/normalizeText.ts';
import { stampAlone } from './stamps.ts';
import type { PartialDate } from './types.ts';

/** How far into the body the headline may be printed again. */
const REACH = 40;

export function stampUnderRepeatedTitle(title: string, body: readonly string[]): PartialDate | undefined {
  const stem = comparableStem(title);
  for (let index = 0; index < Math.min(REACH, body.length - 1); index++) {
    const line = comparableStem(body[index] ?? '');
    // The headline itself, or the page title's start (the site's name after it): at least half of it, and a headline's length.
    if (line.length < 20 || (line !== stem && !(stem.startsWith(line) && line.length * 2 >= stem.length))) continue;
    const date = stampAlone(body[index + 1] ?? '');
    if (date) return date;
  }
  return undefined;
}
