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
