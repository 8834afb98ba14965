/**
 * Round 7's kinds of speaker reference (issue 13), each in a short copy
 * written for the test (paraphrased, not taken from any published article):
 * offices and titles resolved to the holder the copy names elsewhere.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): [string, string][] => extractQuotes(body).quotes.map((q) => [q.text, q.speaker]);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n');

test('"the prince" is the prince the copy names with one name, not a prince named later', () => {
  const body = copy(
    'The move was announced on Sunday by Prince Faisal, second deputy premier and minister of defence.',
    '"There is a difference between relations of governments and a campaign by some newspapers," the prince told reporters.',
    '"Our ties will only grow stronger," he added.',
    'Prince Faisal spoke after a ceremony at schools owned by Prince Nawaf bin Saad.',
  );
  assert.deepEqual(speakers(body).map(([, who]) => who), ['Faisal', 'Faisal']);
});

test('an office word before a surname ("Chairperson Adhikari") is no given name: the full name named before speaks', () => {
  const body = copy(
    'News agency Chair Sunil Adhikari has asserted that a strong agency makes a strong state.',
    'Chairperson Adhikari said so while talking to staff at the branch office today.',
    'Adhikari further explained, “If the agency is strong it will bring positive changes to the whole country.”',
  );
  assert.deepEqual(speakers(body).map(([, who]) => who), ['Sunil Adhikari']);
});

test('"remarked the official as he left the palace": the official is the minister named before, the clause of time no part of it', () => {
  const body = copy(
    'Culture Minister Ramon Vidal reported on Friday that the cabinet had set up a working group.',
    '“The foreign ministry is weighing offers from abroad to buy fertiliser”, remarked the government official as he left the palace.',
  );
  assert.deepEqual(speakers(body).map(([, who]) => who), ['Ramon Vidal']);
});

test('"the Minister said" is the minister the copy reports speaking, not another minister it only mentions since', () => {
  const body = copy(
    'The country stands with its allies against terror, said the Minister of State for Media Affairs and the Official Government Spokesperson Lina Haddad.',
    '',
    'Earlier, the Minister of Foreign Affairs Sheikh Omar bin Saleh Al Nasser, put the number of citizens fighting abroad at 100.',
    '',
    'Asked by the agency about the plan, the Minister said “Young people who joined those groups were lured on religious grounds.”',
  );
  assert.deepEqual(speakers(body).map(([, who]) => who), ['Lina Haddad']);
});

test('"the 45-year-old" is the one person the copy gave that age', () => {
  const body = copy('Police named the driver as Tom Reyes, 45, of Leeds, and his passenger as Ann Cole, 31.', '', '"I did nothing wrong," the 45-year-old said.');
  assert.deepEqual(speakers(body).map(([, who]) => who), ['Tom Reyes']);
});

test('"the Texas Republican" is the lawmaker the copy named, not an organisation called "Texas Republican"', () => {
  const body = copy('Senator Dale Hurst of Texas voted against the bill.', '', '"This bill is a disaster for farmers," the Texas Republican said.');
  assert.deepEqual(speakers(body).map(([, who]) => who), ['Dale Hurst']);
});

test('a role whose holder the copy names only later is that holder, and never someone else named before', () => {
  const villagers = copy('Villagers led by elder Tom Weller gathered in the square.', '', '"We will rebuild the road by spring," the provincial governor said.');
  assert.deepEqual(speakers(villagers).map(([, who]) => who), ['TODO: who is "the provincial governor"?']);
  const named = copy(villagers, '', 'Governor Ana Cruz, who took office in May, toured the area later.');
  assert.deepEqual(speakers(named).map(([, who]) => who), ['Ana Cruz']);
});

test('a second office set off by commas after a surname ("Hasan, also the party secretary, said") leaves the surname the speaker', () => {
  const body = copy(
    'Information Minister Hasan Mahmud spoke on Monday.',
    '',
    'Hasan, also the ruling party joint general secretary, said "The police are doing a good job, and that is why crime is down."',
    '',
    'The party member secretary Nurul Haque Nur disagreed.',
  );
  assert.deepEqual(speakers(body).map(([, who]) => who), ['Hasan Mahmud']);
});

test('an office whose portfolios are listed with commas before the name is the role "the minister" finds', () => {
  const body = copy(
    'Federal Minister for Planning, Development and Special Initiatives Asad Kareem said on Tuesday that the projects would be finished on time.',
    '',
    'Addressing a ceremony, the minister said: "The second phase is about industry, farming and jobs for young people."',
  );
  assert.deepEqual(speakers(body).map(([, who]) => who), ['Asad Kareem']);
});
