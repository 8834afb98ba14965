/**
 * Trailers a page prints after the text: `Source: Xinhua`, `– BERNAMA`,
 * `[Source: Reuters, Paris, 06Oct14]` among the last lines; `Source: MENA`
 * above a page's list of other stories and a known agency's copyright line
 * (`(c) Copyright 2001 PTI.`) further up; `… to it. —KUNA` on the last
 * paragraph's own line. Taken out of the text, their facts returned.
 */
import { canonicalAgency, isKnownAgency } from './credit.ts';
import { agencyName, readSegments, sourceLabelled } from './lineSegments.ts';
import { knownOutlet } from './outlets.ts';
import { isOnlyDate } from './dates.ts';
import { readByline, readNameLine } from './byline.ts';
import { hasTag } from './tags.ts';
import type { LineFacts } from './types.ts';

const SOURCE_LINE = /^\[?\s*(?:Source|Courtesy|Credit)\s*:/i;
const TRAILER_DASH = /^(?:[-–—]+|==)\s*(?<agency>\p{Lu}[\p{L}.]+)$/u;

/** Reads and removes the trailers of `rest` (the copy's paragraphs after its header); `agencyKnown` when the header credits one. */
export function takeTrailers(rest: string[], agencyKnown: boolean): LineFacts {
  const facts: LineFacts = {};
  // `Published in Dawn, October 7th, 2016` under the text, above the page's other stories: the print edition's day (the first
  // such line under the text is this story's).
  for (let i = 1; i < rest.length; i++) {
    const published = /^(?:Published|Printed|Appeared)\s+in\s+(?:the\s+)?\p{Lu}[\p{L}&.'’ -]{1,40}?,\s*(?<date>[^,]{3,25},?\s*\d{4})\.?$/u.exec((rest[i] ?? '').trim());
    const date = published ? isOnlyDate(published.groups?.['date'] ?? '') : undefined;
    if (date?.date.year === undefined) continue;
    facts.date = date.date;
    rest.splice(i, 1);
    break;
  }
  // Trailers (`Source: Xinhua`, `– BERNAMA`) sit among the last lines, before any page furniture.
  let trailerFound = false;
  for (let i = rest.length - 1; i >= Math.max(1, rest.length - 3); i--) {
    const trailer = readTrailer(rest[i] ?? '');
    if (!trailer) continue;
    rest.splice(i, 1);
    Object.assign(facts, trailer);
    trailerFound = true;
    break;
  }
  // `Source: MENA` above a page's list of other stories, or the agency's copyright line (`(c) Copyright 2001 PTI.`):
  // further up, only a known agency's credit on a line of its own counts.
  for (let i = rest.length - 1; !trailerFound && !agencyKnown && facts.agency === undefined && i >= Math.max(1, rest.length - 16); i--) {
    const line = rest[i] ?? '';
    const source = SOURCE_LINE.test(line) ? readTrailer(line)?.agency : undefined;
    const agency = source !== undefined && isKnownAgency(source) ? source : copyrightAgency(line);
    if (agency === undefined) continue;
    if (source !== undefined) rest.splice(i, 1);
    facts.agency = agency;
  }
  // `ZANIS/ENDS/JM`, `Source: National Iraqi News Agency`, `… from droughts. – Thai PBS`, `Los Angeles Times` alone: a
  // story's end mark above the page's next stories, comments or furniture; the first one under the text is this story's.
  // The lead itself may be a one-paragraph story closed by its credit (`… said. Source: Agence Tunis Afrique Presse`).
  for (let i = 0; !trailerFound && !agencyKnown && facts.agency === undefined && i < rest.length; i++) {
    const credit = endMark(rest[i] ?? '');
    if (credit === undefined || (i === 0 && credit.inline === undefined)) continue;
    facts.agency = credit.name;
    if (credit.inline === undefined) rest.splice(i, 1);
    else rest[i] = credit.inline;
    // `Full story: Bangkok Post` / `WASSANA NANUAM` / `BANGKOK POST`: the writer's name over the paper's, under the credit.
    const writer = readNameLine(rest[i] ?? '');
    if (writer !== undefined && !writer.role && endMark(rest[i + 1] ?? '')?.name === credit.name) {
      facts.byline ??= writer.byline;
      rest.splice(i, 2);
    }
  }
  // `… attributing any reports to it. —KUNA`: the agency's trailer on the last paragraph's own line.
  const last = rest.at(-1);
  const inline = last === undefined ? null : /\s([-–—]\s?\p{Lu}[\p{L}.]+)$/u.exec(last);
  const inlineAgency = inline ? readTrailer(inline[1] ?? '')?.agency : undefined;
  if (last !== undefined && inline && inlineAgency !== undefined && rest.length > 1) {
    rest[rest.length - 1] = last.slice(0, inline.index);
    facts.agency ??= inlineAgency;
  }
  return facts;
}

/** A known agency's or a listed outlet's name as a credit: `Xinhua`, `BANGKOK POST` → its name; anything else undefined. */
function creditedName(name: string): string | undefined {
  const text = name.trim().replace(/\.$/, '');
  if (isKnownAgency(text)) return canonicalAgency(text) ?? text;
  return knownOutlet(text) ?? knownOutlet(text.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase()));
}

/** The credit a story's end mark gives, and what is left of the paragraph when the mark closes one (`inline`). */
function endMark(paragraph: string): { name: string; inline?: string | undefined } | undefined {
  const line = paragraph.trim();
  // `ZANIS/ENDS/JM/HM`, `BERNAMA/END`: the desk's end mark after the agency's name.
  const ends = /^(?<name>\p{Lu}[\p{L}.-]{1,20})\s*\/\s*ENDS?\b/u.exec(line)?.groups?.['name'];
  if (ends !== undefined) {
    const name = creditedName(ends);
    return name === undefined ? undefined : { name };
  }
  const source = /^\[?\s*(?:Source|Courtesy|Credit|Full story|Originally published (?:by|in|at))\s*:\s*(?<name>[^\]]{2,60}?)\s*\]?$/i.exec(line)?.groups?.['name'];
  if (source !== undefined) {
    const name = creditedName(source);
    return name === undefined ? undefined : { name };
  }
  // `This article was originally published by The Conversation.`, `published by The Gleaner.`: the outlet the story was first published by.
  const first = /^(?:This (?:article|story|piece) )?(?:was |is )?(?:(?:originally|first) (?:published|appeared) (?:by|in|on|at)|published by) (?<name>[^.]{2,50}?)\.?$/i.exec(line)?.groups?.['name'];
  if (first !== undefined) {
    const name = creditedName(first.replace(/^the\s+(?=\p{Lu})/u, 'The '));
    return name === undefined ? undefined : { name };
  }
  // `Read the full story in Thursday's edition of The Straits Times.` under a forum's or a blog's excerpt: the paper it came from.
  const full = /^(?:Read|See|Find) (?:the )?(?:full|complete|whole|rest of the) (?:story|article|report) (?:in|on|at) (?:(?:\p{L}+['’]s|this week['’]s|the latest) )?(?:(?:print |online )?(?:edition|issue) of )?(?<name>[^.]{2,50}?)\.?$/iu.exec(line)?.groups?.['name'];
  if (full !== undefined) {
    const name = creditedName(full.replace(/^the\s+(?=\p{Lu})/u, 'The ')) ?? creditedName(full.replace(/^the\s+/iu, ''));
    return name === undefined ? undefined : { name };
  }
  // `MAP 19 October 2018` under a story of a feed's page: the agency's mark and the day it filed.
  const dated = /^(?<name>\p{Lu}[\p{L}.-]{1,20})\s+(?<when>\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})$/u.exec(line)?.groups;
  if (dated && isKnownAgency(dated['name'] ?? '')) return { name: canonicalAgency(dated['name'] ?? '') ?? (dated['name'] ?? '') };
  // A listed outlet's name alone (`Los Angeles Times`); an agency's alone is left to the last lines (`AFP` alone mid-text is a photo's credit).
  if (line.length <= 40) {
    const name = isKnownAgency(line.replace(/\.$/, '')) ? undefined : creditedName(line);
    // `Conversation` above a comment widget is no `The Conversation`: one word must be the outlet's whole name.
    if (name !== undefined && !/\s/.test(line) && name.replace(/^The\s+/, '').toLowerCase() !== name.toLowerCase() && !/^the\b/i.test(line)) return undefined;
    return name === undefined ? undefined : { name };
  }
  // `… the same source said. Source: Agence Tunis Afrique Presse` run on at the end of a paragraph: a known agency only.
  const runOn = /[.!?"”’»)]\s+(?:Source|Courtesy|Credit)\s*:\s*(?<name>\p{Lu}[\p{L}.'’ -]{1,50}?)\s*\.?$/u.exec(line);
  const runOnName = runOn ? runOn.groups?.['name'] ?? '' : '';
  if (runOn && isKnownAgency(runOnName)) return { name: canonicalAgency(runOnName) ?? runOnName, inline: line.slice(0, runOn.index + 1) };
  const inline = /[.!?"”’)]\s+[-–—]\s?(?<name>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})$/u.exec(line);
  const inlineName = inline ? creditedName(inline.groups?.['name'] ?? '') : undefined;
  if (!inline || inlineName === undefined) return undefined;
  return { name: inlineName, inline: line.slice(0, inline.index + 1) };
}

/** A trailer after the text: `Source: Xinhua`, `– BERNAMA`, `[Source: Reuters, Paris, 06Oct14]`. */
export function readTrailer(line: string): LineFacts | undefined {
  const text = line.trim();
  // `Jane Roe is an Associated Press writer.`
  const writer = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,4}(?:and\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,4})?(?:is|are)\s+(?:an?\s+)?(?<agency>Associated Press|AP|Reuters|AFP)\s+(?:\p{Ll}+\s+)?(?:writer|reporter|correspondent)s?\b/u.exec(text)?.groups?.['agency'];
  if (writer !== undefined) return { agency: /associated press/i.test(writer) ? 'AP' : writer };
  // `Jane Roe is a reporter for The Washington Post.`: the paper the story came from, when it is a listed outlet or agency.
  const forPaper = /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,4}(?:is|are)\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:writer|reporter|correspondent|editor|journalist)s?\s+(?:for|at|with)\s+(?<paper>[^.,]{2,50}?)\.?$/u.exec(text)?.groups?.['paper'];
  const forName = forPaper === undefined ? undefined : (agencyName(forPaper) ?? knownOutlet(forPaper));
  if (forName !== undefined) return { agency: forName };
  const by = /^By\s+(?<name>\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(text)?.groups?.['name'];
  if (by !== undefined) return { byline: by };
  // `(Reporting by Jane Roe in London and John Doe in Paris; Editing by Ann Lee)`: Reuters' credit line, the reporters the byline;
  // `Reporting by A; writing by B; editing by C`: the writer is of the byline too, the editor is not.
  const reportingMatch = /^\(?\s*Reporting\s+by\s+(?<names>[^;()]{3,120}?)\s*(?:;\s*(?:(?:additional\s+)?writing|written)\s+by\s+(?<writers>[^;()]{3,80}?)\s*)?(?:;[^()]*)?\)?\.?$/iu.exec(text)?.groups;
  const reporting = reportingMatch?.['names'] === undefined ? undefined : [reportingMatch['names'], reportingMatch['writers']].filter((n) => n !== undefined).join(' and ');
  const reporters = reporting === undefined ? undefined : readByline(reporting.replace(/\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?=\s*(?:,|and\b|&|$))/gu, '')).byline;
  if (reporters !== undefined && reporters.split(/,\s*|\s+and\s+/).every((name) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name))) return { byline: reporters };
  // `The Telegraph, London` after a syndicated story: the newspaper it came from, and the city it is published in.
  const paper = /^(?<paper>The\s\p{Lu}[\p{L}'’&-]+(?:\s\p{Lu}[\p{L}'’&-]+){0,3}),\s(?<city>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)$/u.exec(text)?.groups;
  if (paper && hasTag(paper['city'] ?? '', '#Place') && !hasTag(paper['paper'] ?? '', '#Place')) return { agency: paper['paper'] };
  // `(With inputs from PTI)`, `Additional reporting by Reuters`, `(AFP)` or `AFP` alone: a known agency's credit after the text.
  const inputs = /^(?:[-–—]\s*)?\(?\s*(?:With\s+(?:additional\s+)?inputs?\s+from|Inputs\s+from|Additional\s+reporting\s+by|Compiled\s+by|Written\s+by)\s+(?:the\s+)?(?<names>[^()]{2,80}?)\s*\)?\.?$/i.exec(text)?.groups?.['names'];
  const credited = (inputs ?? /^\(\s*(?<name>[^()]{2,40}?)\s*\)\.?$/u.exec(text)?.groups?.['name'] ?? '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*|\s*\/\s*/)
    .map((name) => agencyName(name))
    .find((name) => name !== undefined);
  if (credited !== undefined) return { agency: credited };
  // `The Associated Press contributed to this report.`, `Xinhua and AFP contributed.`: a known agency's share of the story.
  const contributed = /^(?:The\s+)?(?<names>[^.]{2,60}?)\s+contributed\b[^.]{0,30}\.?$/u.exec(text)?.groups?.['names'];
  const contributor = contributed?.split(/\s*,\s*|\s+and\s+/).map((name) => agencyName(name.replace(/^the\s+/i, ''))).find((name) => name !== undefined);
  if (contributor !== undefined) return { agency: contributor };
  const alone = agencyName(text);
  if (alone !== undefined) return { agency: alone };
  const dash = TRAILER_DASH.exec(text)?.groups?.['agency'];
  if (dash !== undefined && agencyName(dash) !== undefined) return { agency: agencyName(dash) };
  const source = sourceLabelled(text);
  if (source !== undefined) {
    const facts = readSegments(source.split(/\s*,\s*/));
    if (facts) return facts;
    // `Source: China Daily`: a newspaper the copy was taken from.
    if (/^\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,3}$/u.test(source)) return { agency: source };
  }
  return undefined;
}

/** `(c) Copyright 2001 PTI. All rights reserved.`, `© 2019 Xinhua`: a known agency's copyright line after the text is its credit. */
export function copyrightAgency(line: string): string | undefined {
  // `© Tap 2022 Provided by SyndiGate Media Inc.`: the syndicator that delivered it is not the source.
  const match = /^(?:\(c\)|©|Copyright)\s*(?:\(c\)|©|Copyright)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?<name>\p{Lu}[\p{L}&.'’ -]{1,50}?)\s*(?:\d{4})?\s*(?:[.,;]|\s+All rights|\s+Provided by\b|$)/iu.exec(line.trim());
  const name = match?.groups?.['name']?.trim();
  return name !== undefined && isKnownAgency(name) ? (canonicalAgency(name) ?? name) : undefined;
}
