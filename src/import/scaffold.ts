/**
 * The file `npm run new` writes: every field of the content model, each
 * explained in a YAML comment. Required facts the editor must supply are
 * `TODO:` placeholders (reported by `npm run check`), optional ones are
 * commented out with an example, and the article stays a draft until done.
 */
import { Scalar, stringify } from 'yaml';
import { placeholder, PLACEHOLDER_PREFIX } from '../model/placeholder.ts';

/** A double-quoted YAML string, escaped by the yaml library. */
function quoted(text: string): string {
  return stringify(new Scalar(text), { defaultStringType: Scalar.QUOTE_DOUBLE, lineWidth: 0 }).trimEnd();
}

export function scaffoldArticle(title: string, date: string): string {
  return `---
# Written by npm run new. Fill in each "${PLACEHOLDER_PREFIX}" value (npm run check lists them),
# uncomment the optional fields you need, then delete \`draft: true\`.
title: ${quoted(title)}  # the headline as published
date: ${date}  # publication date, YYYY-MM-DD (a time and offset may follow)
dateline:  # where the story was filed; delete the whole block if the copy has none
  place: ${quoted(placeholder('place of the dateline, e.g. Yerevan'))}  # normalised place name
  # printed: "YEREVAN (UrduPoint News / Sputnik - 28th November, 2020)"  # as printed, optional
source:  # the copy this file preserves
  outlet: ${quoted(placeholder('outlet that published this copy, e.g. UrduPoint News'))}  # who published it
  # agency: Sputnik  # the wire agency the outlet credits, optional
  # url: https://www.example.com/the-article  # address of the copy, http(s) only
  # byline: "@handle or Author Name"  # optional
quotes: []  # direct quotes, each verbatim in the text below; one entry per quote:
  # - text: "the words inside the quotation marks"
  #   speaker: Full Name  # who said it, full name
  #   role: their role as the article states it  # optional
tags: []  # topics, e.g. [Nagorno-Karabakh, OSCE Minsk Group]
people: []  # people the article is about, beside the speakers
# summary: "One sentence for indexes and feeds"  # optional; defaults to the first paragraph
lang: en  # BCP 47 language tag of the text
# updated: ${date}  # date of the last correction, with corrections below
corrections: []  # each: {date: YYYY-MM-DD, note: what was corrected}
draft: true  # drafts are not published; delete this line when the article is complete
---

${placeholder('the article text, as paragraphs separated by blank lines. Start the first')}
paragraph with the dateline as printed.
`;
}
