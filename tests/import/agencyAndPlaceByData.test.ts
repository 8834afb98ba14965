/**
 * Kinds of real copy that round 6's batch, promoted to development, showed
 * the importer missing, answered by data (the agency list, the host table,
 * the gazetteer's countries) and by structure rather than one more house
 * style (issue 13, round 7). Each fixture was written for the test,
 * paraphrased from the shape of development copies; none is taken from a
 * published article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalAgency, isKnownAgency } from '../../src/import/credit.ts';
import { importCopy } from '../../src/import/importCopy.ts';
import { outletForHost } from '../../src/import/outlets.ts';

test('an agency the list knows by its long name is the agency under its short name, in any region of the world', () => {
  const pairs: [string, string][] = [
    ['Kazinform News Agency', 'Kazinform'],
    ['Middle East News Agency', 'MENA'],
    ['Ethiopian News Agency', 'ENA'],
    ['United News of Bangladesh', 'UNB'],
    ['Agencia Cubana de Noticias', 'ACN'],
    ['Namibia Press Agency', 'NAMPA'],
    ['Agence Ivoirienne de Presse', 'AIP'],
  ];
  for (const [long, short] of pairs) assert.equal(canonicalAgency(long), short, long);
  assert.equal(isKnownAgency('Chattogram'), false);
});

test('"X News Agency reports" names the agency when the list knows it', () => {
  const { frontmatter } = importCopy([
    'Minister sets out grain plan',
    'The agriculture minister said on Tuesday that the grain harvest would be stored in new silos, Kazinform News Agency reports.',
    'The silos will be built in three regions.',
  ].join('\n\n'));
  assert.equal(frontmatter.source.agency, 'Kazinform');
});

test('--url names the outlet of a republisher the set has never had, and of an agency on its own site', () => {
  assert.equal(outletForHost('www.allafrica.com'), 'AllAfrica');
  assert.equal(outletForHost('www.tbsnews.net'), 'The Business Standard');
  assert.equal(outletForHost('www.bssnews.net'), 'BSS');
  assert.equal(outletForHost('www.ena.et'), 'ENA');
  const { frontmatter } = importCopy(['Port traffic rises', 'CHATTOGRAM, May 2 (BSS) - Traffic at the port rose by a tenth in April, officials said.'].join('\n\n'), {
    url: 'https://www.bssnews.net/news/1',
  });
  assert.equal(frontmatter.source.outlet, 'BSS');
  // Published where its agency publishes: the outlet, and no agency.
  assert.equal(frontmatter.source.agency, undefined);
});

test('a section heading on a line of its own is not the outlet "The News", and the host of --url wins over such a line', () => {
  const { frontmatter } = importCopy([
    'Rail link opens',
    'News',
    'LAGOS (Reuters) - A rail link between the port and the city opened on Monday.',
  ].join('\n\n'), { url: 'https://www.vanguardngr.com/2020/01/rail' });
  assert.equal(frontmatter.source.outlet, 'Vanguard');
  assert.equal(frontmatter.source.agency, 'Reuters');
});

test('an agency printed before a time stamp is the agency, not a byline', () => {
  const { frontmatter } = importCopy([
    'Ferry service resumes',
    'UNB',
    '12 March, 2023, 04:10 pm',
    'The ferry service between the two river ports resumed on Sunday after the water level rose.',
  ].join('\n')); // pasted without blank lines: the agency and the stamp run together
  assert.equal(frontmatter.source.agency, 'UNB');
  assert.equal(frontmatter.source.byline, undefined);
  assert.equal(frontmatter.date, '2023-03-12');
});

test('a dateline with its country keeps the city as the place, the country only in what was printed', () => {
  const cuba = importCopy(['Ministers meet', 'HAVANA, Cuba, Mar 3 (acn) The two ministers met on Friday to sign a trade accord.', 'Published March 4, 2014'].join('\n\n'));
  assert.equal(cuba.frontmatter.dateline?.place, 'Havana');
  assert.equal(cuba.frontmatter.dateline?.printed, 'HAVANA, Cuba, Mar 3 (acn)');
  assert.equal(cuba.frontmatter.source.agency, 'acn');
  // An American state is part of the name AP gives the city.
  const ap = importCopy(['Storm passes', 'TULSA, Okla. (AP) — The storm passed the city overnight.'].join('\n\n'));
  assert.equal(ap.frontmatter.dateline?.place, 'Tulsa, Okla.');
});

test('a dateline the page left a comma before, with the country and the date after the city, is read', () => {
  const { frontmatter } = importCopy([
    'Cabinet stays on',
    ', NAIROBI, Kenya Mar 9 – All cabinet secretaries will stay in office until a new team is sworn in.',
    'Posted: March 9, 2018 10:00 AM',
  ].join('\n\n'));
  assert.equal(frontmatter.dateline?.place, 'Nairobi');
  assert.equal(frontmatter.date, '2018-03-09');
  assert.match(frontmatter.title, /Cabinet stays on/);
});

test("a syndicator's credit opening the lead gives the publisher and the source it carries, and no place", () => {
  const { frontmatter } = importCopy([
    'No troops will be sent, minister says',
    'MENAFN - Jordan Daily) The government spokesman said on Friday that no troops would be sent abroad.',
    'He said the decision had been taken by the cabinet.',
  ].join('\n\n'));
  assert.equal(frontmatter.source.outlet, 'MENAFN');
  assert.equal(frontmatter.source.agency, 'Jordan Daily');
  assert.match(frontmatter.dateline?.place ?? '', /^TODO/);
});

test('"Source: X" above a page\'s list of other stories, and a known agency\'s copyright line, credit the agency', () => {
  const related = Array.from({ length: 10 }, (_, i) => `Another story headline number ${i + 1}`);
  const sourced = importCopy([
    'Former minister denies remarks',
    'A former irrigation minister denied on Friday that he had made remarks about the dam talks.',
    'He said the reports were false.',
    'Source: MENA',
    ...related,
  ].join('\n\n'));
  assert.equal(sourced.frontmatter.source.agency, 'MENA');
  assert.ok(!sourced.body.includes('Source: MENA'));
  const copyright = importCopy([
    'PM rules out re-entry of allies',
    'The prime minister on Sunday ruled out an early return of two former allies to the cabinet.',
    'Back to top',
    '(c) Copyright 2001 PTI. All rights reserved. Republication of PTI content is prohibited.',
    'Tell us what you think of this report',
  ].join('\n\n'));
  assert.equal(copyright.frontmatter.source.agency, 'PTI');
  // A newspaper's own copyright names no agency.
  const paper = importCopy(['Road reopens', 'The road reopened on Monday after repairs.', 'Copyright © 2022 Capital FM. All rights reserved.'].join('\n\n'));
  assert.equal(paper.frontmatter.source.agency, undefined);
});

test('the agency and the city on lines of their own above a lead with no dateline are the copy’s agency and place', () => {
  const { frontmatter } = importCopy([
    'Has elegido la edición de Madrid. Verás las noticias de esta portada en el módulo de ediciones locales.',
    'Noticia de agencia',
    'El Gobierno aprobará la reforma antes del verano',
    'EFE',
    'Madrid —',
    'El presidente del Gobierno ha reiterado hoy que la reforma se aprobará antes del verano, según ha explicado en una entrevista.',
  ].join('\n\n'));
  assert.equal(frontmatter.source.agency, 'EFE');
  assert.equal(frontmatter.dateline?.place, 'Madrid');
  // The copy prints no date: it stays for the editor.
  assert.match(frontmatter.date, /^TODO/);
});

test('a dateline without a year takes it from the page heading’s date above the lead when no stamp is printed', () => {
  const { frontmatter } = importCopy([
    'Friendship Association of Somewhere',
    'News on Cuba - June 19, 2013 PDF Print E-mail',
    'Leaders hold talks',
    'HAVANA, Cuba, Jun 17 (acn) The two presidents met on Monday afternoon to review cooperation.',
  ].join('\n\n'));
  assert.equal(frontmatter.date, '2013-06-17');
});

test('a stamp of the same day gives a dateline its year before a year the text cites for that day', () => {
  const { frontmatter } = importCopy([
    'Monday, February 28, 2011',
    'Island remembers the massacre',
    'Taipei, Feb. 28 (CNA) Officials and families remembered the victims on Monday.',
    'The suppression that began on Feb. 28, 1947 killed thousands.',
  ].join('\n\n'));
  assert.equal(frontmatter.date, '2011-02-28');
  // With no stamp, the same day printed in full in the text still gives the year.
  const caption = importCopy(['Talks open', 'BEIJING, March 2 (Xinhua) -- Talks opened on Tuesday.', 'Delegates arrive in Beijing, March 2, 2010.'].join('\n\n'));
  assert.equal(caption.frontmatter.date, '2010-03-02');
});

test('a date closing the headline after a dash is the dispatch’s own, before the date line the blog prints above it', () => {
  const { frontmatter } = importCopy([
    'Sunday, 16 February 2014',
    'Agency News Dispatch - Wednesday, February 5, 2014',
    'No apology planned, president says',
    'The president this week reiterated that the government would not apologise over the incident.',
  ].join('\n\n'));
  assert.equal(frontmatter.date, '2014-02-05');
  // A date inside a headline's sentence is an event's, not the copy's.
  const event = importCopy(['Sunday, 16 February 2014', 'Vote set for March 30, 2014 in the capital', 'The commission set the vote for the end of March.'].join('\n\n'));
  assert.equal(event.frontmatter.date, '2014-02-16');
});

test('a known agency credited after the text — with inputs from it, in parentheses or alone on the last line — is the agency', () => {
  const lines = (last: string) => importCopy(['Ministry orders review', 'The ministry on Monday ordered a review of the road project after the collapse.', last].join('\n\n')).frontmatter.source.agency;
  assert.equal(lines('(With inputs from PTI)'), 'PTI');
  assert.equal(lines('Additional reporting by Reuters'), 'Reuters');
  assert.equal(lines('(AFP)'), 'AFP');
  assert.equal(lines('Agence France-Presse'), 'AFP');
  // Agencies in general name none.
  assert.equal(lines('(With inputs from agencies)'), undefined);
});

test('a byline naming any listed agency after the writer gives the agency, and the writer alone as the byline', () => {
  const { frontmatter } = importCopy([
    'Ceasefire talks resume',
    'By Ayse Demir, Anadolu Agency',
    'Ceasefire talks resumed on Tuesday in the capital, officials said.',
  ].join('\n\n'));
  assert.equal(frontmatter.source.byline, 'Ayse Demir');
  assert.equal(frontmatter.source.agency, 'AA');
});

test('"…, X reports" with an agency of several words, or its correspondent, names the agency', () => {
  const state = importCopy(['Exports grow', 'Non-oil exports grew by a fifth in the first quarter, Azerbaijan State News Agency reports.'].join('\n\n'));
  assert.equal(state.frontmatter.source.agency, 'Azertac');
  const correspondent = importCopy(['Bridge opens', 'A new bridge over the river opened on Friday, a Trend correspondent reports.'].join('\n\n'));
  assert.equal(correspondent.frontmatter.source.agency, 'Trend');
});

test('a dateline closed by a full stop after its date, and one with a numeric date, still give place and agency', () => {
  const stopped = importCopy(['Exports grow', 'BAKU, Azerbaijan, March 12. Non-oil exports grew by a fifth in the first quarter.', 'Published 12 March 2019 10:00'].join('\n\n'));
  assert.equal(stopped.frontmatter.dateline?.place, 'Baku');
  assert.equal(stopped.frontmatter.date, '2019-03-12');
  const numeric = importCopy(['Talks open', 'Nouakchott, 05/01/2021 (AMI) – Le gouvernement a annoncé lundi l’ouverture des discussions.'].join('\n\n'));
  assert.equal(numeric.frontmatter.dateline?.place, 'Nouakchott');
  assert.equal(numeric.frontmatter.source.agency, 'AMI');
  // 05/01 could be 5 January or 1 May: no date is read from it.
  assert.match(numeric.frontmatter.date, /^TODO/);
  const unswappable = importCopy(['Talks open', 'Nouakchott, 25/01/2021 (AMI) – Le gouvernement a annoncé lundi l’ouverture des discussions.'].join('\n\n'));
  assert.equal(unswappable.frontmatter.date, '2021-01-25');
});
