/**
 * Finds the words inside double quotation marks — straight `"…"` or
 * typographic `“…”` — in the body. A quote left open at the end of a
 * paragraph runs on into the next one (news style: the next paragraph opens
 * with a fresh mark); each paragraph's part is its own span.
 */
import { SPEECH_VERB, VERB_END } from './vocabulary.ts';

export interface QuoteSpan {
  /** The quoted words without the marks, trailing comma or colon dropped. */
  text: string;
  /** Offsets in the body of the opening mark and of the closing mark (paragraph end if unclosed). */
  open: number;
  close: number;
  closed: boolean;
  /** The span opens a paragraph after one whose quote was left open. */
  continuation: boolean;
  paragraphStart: number;
  paragraphEnd: number;
  /** In single marks (British style), where short spans are more often scare quotes. */
  single?: boolean | undefined;
}

/** A paragraph whose first mark closes a quote right before `said X`, `he added`, `X said`. */
const CLOSES_BEFORE_ATTRIBUTION =
  /^[^"“”„«»]*[^\s"“”][”"](?=[\s,]+(?:(?:said|says|added|stated|told)\s|(?:he|she|they|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:said|says|added|stated|told|explained|noted|stressed)\b))/u;

/** A paragraph whose first mark is a right one after a sentence's end, before a space or the paragraph's end. */
const LOST_OPENING = /^\p{Lu}[^"“”„«»]*[.!?…]”(?:\s|$)/u;

/** `said,`, `added:`, `told reporters,` right before a mark: what introduces a quote. */
const SPEECH_VERB_BEFORE = new RegExp(`\\b${SPEECH_VERB}${VERB_END}(?:\\s+\\p{Ll}+)?\\s*[,:]\\s?$`, 'u');

/** A right mark after a speech verb and its comma, before a word: typed for the left one. */
function opensAfterSpeechVerb(body: string, start: number, at: number): boolean {
  return SPEECH_VERB_BEFORE.test(body.slice(Math.max(start, at - 40), at)) && /^\s?\p{L}/u.test(body.slice(at + 1, at + 3));
}

/** `» On ne peut pas …», a déclaré …`: a paragraph opens with `»` and a space, and has a `»` but no `«` after it. */
function reversedGuillemet(body: string, start: number, end: number, at: number): boolean {
  if (body[at] !== '»' || body.slice(start, at).trim() !== '' || !/^\s\p{L}/u.test(body.slice(at + 1, at + 3))) return false;
  const rest = body.slice(at + 1, end);
  return rest.includes('»') && !rest.includes('«');
}

/**
 * `… fructueuse. »Je peux vous affirmer …», a déclaré …`: a reversed mark glued to a word, whose next guillemet in
 * the paragraph is `»` again, opens a French quote that `»` closes (German `»Wir …«` meets `«` first).
 */
function gluedReversedGuillemet(body: string, end: number, at: number): boolean {
  if (body[at] !== '»' || !/\p{Lu}/u.test(body[at + 1] ?? '') || !/(?:^|[.!?:]\s)$/u.test(body.slice(Math.max(0, at - 2), at))) return false;
  return /^[^«»]*»/u.test(body.slice(at + 1, end));
}

/** What closes a quote opened by each mark. */
const CLOSERS: Readonly<Record<string, string>> = { '"': '"”', '“': '”"', '„': '“”', '«': '»', '»': '«' };

/**
 * `''serious problem''`: two apostrophes for a double mark, as some agencies'
 * terminals print them (Kyodo). Read as `"` and one space, so offsets stay.
 */
export function foldDoubledApostrophes(body: string): string {
  // TeX-style marks of old wire archives (` ``Such allegations are groundless,'' he said`): two backquotes open.
  // Two typographic single marks (`‘‘We will pay …’’`) are not folded: the drafted quote would print a double mark
  // where the copy has two single ones, and no longer be found in the body (session 10's sealed round 11 had such
  // a copy, with `‘’` opening and `’’` closing inside a quote: one quote counted as invented, six spans that were none).
  const folded = body.replace(/``(?=[\p{L}\d(])/gu, ' "').replace(/''(?=[\p{L}\d(])/gu, ' "').replace(/''(?!\p{L})/gu, '" ');
  // `… for both. 2It is important …," he said.`: on keyboards where the double mark is Shift+2, a `2` typed for it opens
  // a sentence glued to its capital, in a paragraph whose straight marks do not pair up.
  return folded.replace(/[^\n]+/g, (line) => ((line.match(/"/g) ?? []).length % 2 === 1 ? line.replace(/(?<=[.!?:]\s)2(?=\p{Lu}\p{Ll}+\s)/gu, '"') : line));
}

export function findQuoteSpans(body: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let previousLeftOpen = false;
  for (const { start, end } of paragraphRanges(body)) {
    let open: number | undefined;
    let leftOpen = false;
    // Typographic marks nest (`“… deemed “too expensive” for …”`); straight ones cannot.
    let depth = 0;
    // German `„…“`, French `«…»` and German `»…«` close with their own partner.
    let opener = '';
    /** The open quote continues one left open earlier in this paragraph. */
    let runOn = false;
    // `“… flows over the pipes supplying` left open, then `We suspect … hospitals,” said Mr Mabhena.`: the next
    // paragraph goes on without a fresh mark and closes the quote before its attribution.
    // `The minister said it was impossible …:` then `People expect … to undo.” He called …`: the page lost the opening
    // mark of a quote its introduction's colon announced; the first mark of the paragraph closes it.
    const lostOpening = /:\s*$/.test(body.slice(Math.max(0, start - 4), start)) && LOST_OPENING.test(body.slice(start, end));
    if ((previousLeftOpen && CLOSES_BEFORE_ATTRIBUTION.test(body.slice(start, end))) || lostOpening) {
      open = start - 1;
      opener = '“';
      depth = 1;
      runOn = true;
    }
    for (let i = start; i < end; i++) {
      const ch = body[i] ?? '';
      // `73" Drua on the attack`, `a 55" screen`: a straight mark right after a figure, no quote open, is minutes or inches.
      if (ch === '"' && open === undefined && /\d/.test(body[i - 1] ?? '')) continue;
      // A paragraph that opens with a closing mark (`”Furthermore, …`) opens a quote: a typing slip; so does one after a
      // space before a capital with no quote open (`Sadiqi said: ”Awakening is …”`).
      // `She said,” We will …”`: after a speech verb and its comma, with no quote open, a right mark opens one too.
      const opens = ch === '“' || ch === '„' || ch === '«' || (ch === '»' && /\p{L}/u.test(body[i + 1] ?? '')) || reversedGuillemet(body, start, end, i) || (ch === '"' && open === undefined) || (ch === '”' && open === undefined && (i === start || (/[\s:]/.test(body[i - 1] ?? '') && /\p{Lu}/u.test(body[i + 1] ?? '')) || opensAfterSpeechVerb(body, start, i)));
      const closes = open !== undefined && (CLOSERS[opener] ?? '”').includes(ch);
      // A straight mark after a space and before a word opens a quote, also inside one: nested when the
      // paragraph still has an even number of marks to close both, else the quote before was never closed
      // (`"… of a nation. "This role …` with no mark left to close either: two quotes, the first left open).
      if (open !== undefined && opener === '"' && ch === '"' && /\s/.test(body[i - 1] ?? ' ') && /[\p{L}\d‘'(]/u.test(body[i + 1] ?? '')) {
        const remaining = (body.slice(i + 1, end).match(/"/g) ?? []).length;
        if (remaining % 2 === 0 && remaining > 0) depth++;
        else if (depth === 1) {
          if (remaining === 0) push(spans, body, open, i, false, previousLeftOpen && open === start, start, end);
          open = i;
        }
        continue;
      }
      // `… the next year. “So there’s no reason …”`: in paragraphs flattened into one, a mark opening a sentence inside
      // an open quote is the next paragraph of the quote (news style), not a quote within it.
      if (open !== undefined && opener === '“' && ch === '“' && depth === 1 && /[.!?]\s+$/.test(body.slice(Math.max(start, i - 3), i))) {
        push(spans, body, open, i, false, runOn || (previousLeftOpen && open === start), start, end);
        open = i;
        runOn = true;
        continue;
      }
      // `… running the government,“ he said`: a left mark right after a sentence's punctuation, before a space, cannot
      // open anything: it closes the quote, typed with the wrong hand.
      // `"… za dogovor“, rekao je on`: after a straight opening mark, a left one right after a word and before the
      // attribution's punctuation closes it (the low-high marks of Serbian and Croatian, typed with a straight one).
      const misclosed = open !== undefined && ch === '“' && (opener === '“' || opener === '"') && depth === 1 &&
        ((/[,.!?…]/.test(body[i - 1] ?? '') && (i + 1 >= end || /\s/.test(body[i + 1] ?? ''))) ||
          (opener === '"' && /[\p{L}\p{N}]/u.test(body[i - 1] ?? '') && (i + 1 >= end || /[\s,.;:!?]/.test(body[i + 1] ?? ''))));
      if (misclosed && open !== undefined) {
        push(spans, body, open, i, true, runOn || (previousLeftOpen && open === start), start, end);
        open = undefined;
        runOn = false;
      } else if (open === undefined && opens) {
        open = i;
        // `» On ne peut pas …», a déclaré …`: a paragraph opened by a reversed mark closes it with `»`, as `«` would.
        opener = ch === '”' ? '“' : reversedGuillemet(body, start, end, i) || gluedReversedGuillemet(body, end, i) ? '«' : ch;
        depth = 1;
      } else if (open !== undefined && (opener === '"' || opener === '“' ? ch === '“' : ch === opener)) {
        depth++;
      } else if (open !== undefined && closes && --depth === 0) {
        push(spans, body, open, i, true, runOn || (previousLeftOpen && open === start), start, end);
        open = undefined;
        runOn = false;
      }
    }
    if (open !== undefined) {
      // `"Anadolu Agency was founded …, said Health Minister Fahrettin Koca on Twitter.`: the closing mark was
      // forgotten before the attribution.
      const slip = /,\s+(?:said|added|told)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}/u.exec(body.slice(open, end));
      // `“our government is also working … their concern’ Baghel said`: opened double, closed single.
      const mixed = opener === '“' ? /[^\s‘][’'](?=\s+(?:(?:\p{Lu}[\p{L}.-]*\s+){1,4}|(?:he|she)\s+)(?:said|added|told|stated)\b)/u.exec(body.slice(open, end)) : null;
      if (mixed) {
        push(spans, body, open, open + mixed.index + 1, true, runOn || (previousLeftOpen && open === start), start, end);
      } else if (slip) {
        push(spans, body, open, open + slip.index, true, runOn || (previousLeftOpen && open === start), start, end);
      } else {
        push(spans, body, open, end, false, runOn || (previousLeftOpen && open === start), start, end);
        leftOpen = true;
      }
    }
    if (!/["“”„«»]/.test(body.slice(start, end))) leftOpen = singleQuoted(spans, body, start, end, previousLeftOpen) || leftOpen;
    previousLeftOpen = leftOpen;
  }
  return spans;
}

/**
 * British style: `‘We hope …,’ Qasemi said` and `'Everybody's good,' he said`, in a paragraph
 * with no double marks. An apostrophe inside a word (`he's`) neither opens nor closes.
 */
function singleQuoted(spans: QuoteSpan[], body: string, start: number, end: number, continuing: boolean): boolean {
  let open: number | undefined;
  // `‘If health becomes a priority, …` left open, then `So, we need …,’ he stated.`: the quote runs on into this
  // paragraph, which closes it before its attribution (with or without a fresh opening mark).
  const closesFirst = continuing && !/^[‘']/.test(body[start] ?? '') &&
    /^[^‘’']*[^\s‘][’'](?=[\s,.]+(?:he|she|they|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:said|says|added|stated|told|explained|noted|stressed|insisted|continued)\b)/u.test(body.slice(start, end));
  if (closesFirst) open = start - 1;
  /** The open quote goes on from one run together with it earlier in this paragraph. */
  let runOn = false;
  const mark = (from: number, to: number, closed: boolean): void => {
    push(spans, body, from, to, closed, runOn || (continuing && from <= start), start, end);
    const last = spans.at(-1);
    if (last && last.open === from) last.single = true;
  };
  for (let i = start; i < end; i++) {
    const ch = body[i];
    if (ch !== "'" && ch !== '‘' && ch !== '’') continue;
    const before = i > start ? (body[i - 1] ?? ' ') : ' ';
    const after = i + 1 < end ? (body[i + 1] ?? ' ') : ' ';
    if (open === undefined) {
      if (ch !== '’' && /[\s(\[—–-]/.test(before) && /[\p{L}\d]/u.test(after)) open = i;
    } else if (ch !== '’' && /\s/.test(before) && /[\p{L}\d]/u.test(after)) {
      // `said: 'Make no mistake, this is not a coalition. 'This is now …'`: paragraphs of one quote run together, each
      // opening with a fresh mark after the sentence before ended; the quote's next paragraph, as in news style.
      if (/[.!?…]\s+$/u.test(body.slice(Math.max(start, i - 3), i)) && /\p{Lu}/u.test(after)) {
        mark(open, i, false);
        open = i;
        runOn = true;
        continue;
      }
      // `propped up by the usual 'fake' Independents`: a few words in marks inside the open quote are nested in it.
      const nested = /^[\p{L}][^'‘’\n]{0,60}?[\p{L}\p{N}.!?,][’'](?=[\s,.;:!?)\]—–-])/u.exec(body.slice(i + 1, end));
      if (nested) i += nested[0].length;
    } else if (ch !== '‘' && /[^\s]/.test(before) && /[\s,.;:!?)\]—–-]/.test(after) && !(/\p{L}/u.test(before) && /\p{L}/u.test(after))) {
      // `Jones' car`: a plural possessive is followed by a word, not by the attribution's punctuation or a capital.
      if (before === 's' && /\s/.test(after) && /^\s+\p{Ll}/u.test(body.slice(i + 1, i + 4)) && !/^\s+(?:he|she|they|said|says|added|told)\b/.test(body.slice(i + 1, i + 10))) continue;
      mark(open, i, true);
      open = undefined;
      runOn = false;
    }
  }
  // A paragraph that opens a quote and ends without closing it: the quote goes on in the next one.
  // `Health Secretary Ann Ford said: 'Our nurses deserve better.` then `'We will keep talking …'`: opened after the colon.
  if (open !== undefined && (open === start || runOn || /:\s*$/.test(body.slice(start, open)))) {
    mark(open, end, false);
    return true;
  }
  return false;
}

function push(
  spans: QuoteSpan[],
  body: string,
  open: number,
  close: number,
  closed: boolean,
  continuation: boolean,
  paragraphStart: number,
  paragraphEnd: number,
): void {
  const text = body
    .slice(open + 1, close)
    .trim()
    .replace(/[\s,;:]+$/u, '');
  if (text === '') return;
  spans.push({ text, open, close, closed, continuation, paragraphStart, paragraphEnd });
}

export function paragraphRanges(body: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const separator = /\n\s*\n/g;
  let start = 0;
  for (const match of body.matchAll(separator)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: body.length });
  return ranges;
}

/** Words with letters in them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** `"Operation Warp Speed"`, `"The Crown"`: a name in quotes, not speech. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  return long.length > 0 && long.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}
