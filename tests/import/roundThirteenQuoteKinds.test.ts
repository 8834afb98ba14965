/**
 * Round 13's kinds of quotes, speakers and bylines (issue 13, session 12, second
 * pass), each in a short copy written for the test with other names, places and
 * words in the same slot (paraphrased, not taken from any published article):
 * titles in marks that are nobody's words, names a rank, a country or a
 * portfolio was glued to, and bylines of shapes not met before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const texts = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.text.slice(0, 30));
const speakers = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n\n');

test('a headline after `originally titled` or `was retitled` is no quote, however long', () => {
  const body = copy(
    'The Harbour Times ran the interview on Monday.',
    'The piece, originally titled “Island premier plans to loosen ties with the old colonial partner at last”, quoted the premier at length.',
    'The report was retitled “Premier says any new treaty with the partner must reflect a growing sense of independence”.',
    '“We will talk to everyone,” premier Tavita Rua said.',
  );
  assert.deepEqual(texts(body), ['We will talk to everyone']);
});

test('a speech\'s title in title case after `policy speech` is no quote; the words he said after it still are', () => {
  const body = copy(
    'President Arvid Lorne made an important policy speech "On the Urgent Tasks for the Renewal of Our Nation and the Welfare of Our People" at the assembly.',
    '"We shall build ten thousand homes every year," Lorne told the deputies.',
  );
  assert.deepEqual(texts(body), ['We shall build ten thousand ho']);
  assert.deepEqual(speakers(body), ['Arvid Lorne']);
});

test('`Le thème de la 3e édition du salon est « … »` names a topic, nobody\'s words; the English `the theme of … is "…"` too', () => {
  const body = copy(
    'Le salon du numérique s’est ouvert lundi à Cotonou.',
    'Le thème de la 3e édition du SANUM est « Place des jeunes dans l’économie numérique en Afrique de l’Ouest ».',
    'The theme of this year’s fair is "Water for every village in the region".',
    '« Nous voulons former dix mille jeunes », a déclaré le ministre Paul Agbo.',
  );
  assert.deepEqual(texts(body), ['Nous voulons former dix mille ']);
});

test('a rank that is also a surname (`Major`, `Captain`) is no part of the name before a given name and a surname; `John Major` keeps his', () => {
  const body = copy(
    'A spokesman for the Royal Guard, Captain Teboho Lerata, rejected the claims on Tuesday.',
    '“Nobody in the barracks planned anything of the kind,” Lerata said.',
    'Former prime minister John Major said the inquiry should go on.',
  );
  assert.deepEqual(speakers(body), ['Teboho Lerata']);
  assert.ok(extractQuotes(body).people.includes('John Major'));
});

test('a country after `of` glued to the name is no part of it: `Minister of Trade of Ruritania Jan Novak` is Jan Novak', () => {
  const body = copy(
    'President Lena Varga received the Deputy Prime Minister and Minister of Trade of Estonia Jaan Tamm in Budapest on Monday.',
    '“Our exports have doubled in five years,” Tamm said.',
  );
  assert.deepEqual(speakers(body), ['Jaan Tamm']);
});

test('French copy: `M.` before a given name and a surname is Monsieur, and a portfolio\'s capital after `du` is no part of the name the copy prints without it', () => {
  const body = copy(
    'Bénin : la mise en garde de Koffi Jean Agossou aux promoteurs',
    'À Cotonou, le directeur des sports et du Loisir Koffi Jean Agossou a reçu mardi les organisateurs de tournois dans son bureau.',
    '« Aucune compétition ne sera autorisée sans un avis écrit de la direction », a-t-il déclaré.',
    'Le président a ensuite reçu M. Issa Diarra, ministre des transports, qui a présenté le nouveau plan.',
    '« Nous ouvrirons deux lignes de bus avant la fin de l’année », a précisé M. Diarra.',
  );
  assert.deepEqual(speakers(body), ['Koffi Jean Agossou', 'Issa Diarra']);
});

test('German: `"…" Mit diesen Worten unterstrich Landeshauptmann X`, `meinte Landeshauptmann X: "…"` after a clause, and `"…", so X abschliessend` are X\'s', () => {
  const body = copy(
    'Bregenz, (ots) "Wir stehen fest an der Seite unserer Partner in Europa" Mit diesen Worten unterstrich Landeshauptmann Peter Wallner heute die Haltung des Landes.',
    'Zu dem Bericht, wonach die Gelder aus dem Ausland kamen, meinte Landeshauptmann Wallner: "Davon wissen wir bisher nichts. Wir prüfen alles genau."',
    '"Die Regierung wird weiterhin eng mit den Behörden zusammenarbeiten", so Wallner abschliessend.',
  );
  assert.deepEqual(speakers(body), ['Peter Wallner', 'Peter Wallner', 'Peter Wallner']);
});

test('English guard: `“…,” so councillor Ann Cole told the meeting` is still the English attribution (German `so` ends its sentence at the name)', () => {
  const body = copy(
    'The council met on Friday to discuss the budget with residents.',
    '“We cannot keep the library open on Sundays,” so councillor Ann Cole told the meeting.',
  );
  assert.deepEqual(speakers(body), ['Ann Cole']);
});
