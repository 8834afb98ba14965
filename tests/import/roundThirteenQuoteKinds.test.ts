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
    'A spokesman for the Royal Guard, Major Teboho Lerata, rejected the claims on Tuesday.',
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

test('French `», a ironisé l’ancien ministre, Pr X` is X, the verb in the table and the honorific `Pr` out of the name', () => {
  const body = copy(
    'Lors du point de presse, l’ancien ministre de la santé, Pr Adama Sawadogo, a expliqué la situation des anciens ministres.',
    'Le parti a aussi demandé la libération de Paul Zongo.',
    '« Nous pouvons encore voyager dans toute la capitale », a ironisé l’ancien ministre, Adama Sawadogo.',
  );
  assert.deepEqual(speakers(body), ['Adama Sawadogo']);
});

test('`said the Prime Minister upon arrival at …` is the prime minister the copy named as `Prime Minister the Hon. X`, a caption line above no part of the office', () => {
  const body = copy(
    'Photos by Office of the Prime Minister',
    'Prime Minister the Hon. Carl Pierre has returned to Roseau after cutting short his trip.',
    '“I could not stay away while our people were in trouble,” said the Prime Minister upon arrival at the airport.',
  );
  assert.deepEqual(speakers(body), ['Carl Pierre']);
});

test('`“…,” read Ms X a student at …`: someone reading out her own letter, named with an honorific, speaks', () => {
  const body = copy(
    'Two pupils, Aroha Tane and Mele Fifita of Rarotonga College, read their letters at the launch.',
    '“I hope our island stays green for a hundred years,” read Ms Aroha Tane a student at Rarotonga College.',
  );
  assert.deepEqual(speakers(body), ['Aroha Tane']);
});

test('a three-part Chinese name ending in a short word (`Ho Wai On`) is whole when the sentence goes on in lower case; `talks went on` keeps its preposition', () => {
  const body = copy(
    'Chief Executive Ho Wai On said that it is “normal” to see changes in the market.',
    '“There are many stories about the numbers,” Ho Wai On said.',
  );
  assert.deepEqual(speakers(body).at(-1), 'Ho Wai On');
  assert.ok(!extractQuotes(copy('Minister Jane Roe Went On to say the talks had failed.', '“We tried,” Roe said.')).people.includes('Jane Roe Went On'));
});

test('French `… fructueuse. »Je …», a déclaré X`: a reversed mark glued to a capital after a sentence opens a quote `»` closes; `Pour X, …` is no part of the name', () => {
  const body = copy(
    'La conférence de presse des deux chefs d’État a permis de réaffirmer leur amitié. »Nous sommes satisfaits de notre coopération militaire », a déclaré le président Paul Hounkpè. Pour Amadou Sanda, la visite est capitale pour les deux pays. « Je suis venu renouveler notre engagement commun », a-t-il dit.',
  );
  assert.deepEqual(texts(body), ['Nous sommes satisfaits de notr', 'Je suis venu renouveler notre ']);
  assert.deepEqual(speakers(body), ['Paul Hounkpè', 'Amadou Sanda']);
});

test('German `»Wir …«` still closes on `«`', () => {
  const body = copy('Die Ministerin sagte: »Wir bauen neue Schulen in allen Bezirken.« Das sagte Anna Huber am Montag in Wien.');
  assert.deepEqual(texts(body), ['Wir bauen neue Schulen in alle']);
});

test('`the Slovenian head of state said` is the Slovenian president the copy named, not the Slovak one', () => {
  const body = copy(
    'Slovak President Ivan Hlavac met Slovenian President Marko Zupan in Bratislava on Friday.',
    '“Our bilateral ties have never been better,” the Slovenian head of state said at the meeting.',
  );
  assert.deepEqual(speakers(body), ['Marko Zupan']);
});

test('`« … ». Résumé de propos tenus … par le président X devant …`: the sentence after the quote says whose words they were', () => {
  const body = copy(
    '« Nous allons produire tout ce que nous mangeons. Nous pouvons tout faire au pays ». Résumé de propos tenus dimanche au stade de Bobo par le président Paul Sankara devant des milliers de jeunes.',
    'Le président a ensuite visité une usine de tomates.',
  );
  assert.deepEqual(speakers(body), ['Paul Sankara']);
});

test('the surname `Said` before a verb in the past (`Minister Omar K. Haddad Said stressed`) is the name\'s, and `“…,” Mr Haddad Said explained` is his', () => {
  const body = copy(
    'The plan will not work, the Trade Minister Omar K. Haddad Said stressed when asked by reporters in Valletta.',
    '“We are ready to help if Europe helps us,” Mr Haddad Said explained.',
  );
  assert.deepEqual(speakers(body), ['Omar K. Haddad Said']);
});
