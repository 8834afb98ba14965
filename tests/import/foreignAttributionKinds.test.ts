/**
 * Round 12's kinds of attribution (issue 13, session 12), each in a short copy
 * written for the test with other names, places and words in the same slot
 * (paraphrased, not taken from any published article): speech verbs and
 * pronouns of Serbian/Croatian, Albanian, French, Portuguese and Spanish,
 * articles and connectives that open a sentence taken for names, role phrases
 * whose head comes first, and the marks those languages open and close with.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const drafted = (body: string): [string, string][] => extractQuotes(body).quotes.map((q) => [q.text.slice(0, 24), q.speaker]);
const speakers = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n\n');

test('Serbian "…", izjavila je X and "…“, rekla je ona: the verb before its subject, `ona` is she, a straight mark closed by `“`', () => {
  const body = copy(
    'Ministarka zdravlja Jelena Marković posetila je bolnicu u Nišu.',
    '"Naši lekari rade više nego ikada do sada", izjavila je Marković.',
    '"Potrebno nam je još medicinskih sestara u svim gradovima“, rekla je ona.',
  );
  assert.deepEqual(speakers(body), ['Jelena Marković', 'Jelena Marković']);
  assert.equal(extractQuotes(body).quotes[1]?.text, 'Potrebno nam je još medicinskih sestara u svim gradovima');
});

test('Montenegrin “…”, naveo je premijer Crne Gore: a role noun first and the country after it is the prime minister quoted before', () => {
  const body = copy(
    'Premijer Dragan Vujović sastao se sa ambasadorima u Baru.',
    '“Ulaganja u luku su naš prioritet za narednu godinu”, istakao je Vujović.',
    '“Očekujemo nove investitore iz regiona i iz Evrope”, naveo je premijer Crne Gore.',
  );
  assert.deepEqual(speakers(body), ['Dragan Vujović', 'Dragan Vujović']);
});

test('Albanian “…”, tha ai: `tha` is said and `ai` is he, the person the paragraph before names', () => {
  const body = copy(
    'Ministri i Financave, Arben Hoxha, tha se buxheti do të miratohet në korrik.',
    '“Buxheti do të jetë i balancuar dhe do të mbështesë investimet publike”, tha ai.',
  );
  assert.deepEqual(speakers(body), ['Arben Hoxha']);
});

test('French `Il a indiqué …` and «…», a-t-elle ajouté: the pronoun is the person, never a name `Il`', () => {
  const body = copy(
    'La ministre sénégalaise de la santé, Awa Ndiaye, a visité jeudi l’hôpital de Thiès.',
    'Elle a indiqué qu’elle voulait «doubler le nombre de lits dans toutes les régions du pays».',
    '«Nous recruterons aussi des infirmiers dans les zones rurales», a-t-elle ajouté.',
  );
  assert.deepEqual(speakers(body), ['Awa Ndiaye', 'Awa Ndiaye']);
});

test('Le rapport souligne que "…". "…", ajoute-t-il: a writing speaks, and French `il` after it is `it`, not a person', () => {
  const body = copy(
    'Le gouvernement béninois, dirigé par le Premier ministre Paul Hounsou, a publié mardi un rapport.',
    'Le rapport souligne que "les recettes fiscales ont progressé de dix pour cent en un an". "Le gouvernement poursuivra ses efforts dans toutes les régions", ajoute-t-il.',
  );
  const [first, second] = speakers(body);
  assert.match(first ?? '', /^TODO: .*"le rapport"/);
  assert.equal(second, first);
});

test('«…», a toutefois précisé le ministre; a déclaré le président depuis Genève: an adverb inside the verb, a place after the subject', () => {
  const body = copy(
    'Le ministre togolais de l’économie, Koffi Agbeko, a présenté le budget à Lomé.',
    '«La croissance restera forte cette année», a déclaré le ministre depuis Genève en Suisse.',
    '«Rien n’est encore acquis pour les exportations», a toutefois précisé le ministre.',
  );
  assert.deepEqual(speakers(body), ['Koffi Agbeko', 'Koffi Agbeko']);
});

test('«…» entre Dakar et Bamako après la réunion de Niamey, affirme la ministre: circumstances, then the verb before its subject', () => {
  const body = copy(
    'La ministre malienne des affaires étrangères, Fatou Keita, a reçu ses homologues.',
    '«Il n’y a pas encore d’accord» entre Dakar et Bamako après la réunion de Niamey, affirme la ministre.',
  );
  assert.deepEqual(speakers(body), ['Fatou Keita']);
});

test('a paragraph opened by a reversed `» … »` is a quote, closed by the next `»`', () => {
  const body = copy(
    'Le porte-parole du gouvernement, Henri Kaboré, a répondu aux journalistes.',
    ' » Nous ne négocierons pas derrière des portes fermées », a déclaré le porte-parole.',
  );
  assert.deepEqual(drafted(body), [['Nous ne négocierons pas ', 'Henri Kaboré']]);
});

test('Portuguese "…", ressaltou o chefe da diplomacia angolana, after a dateline: the head of diplomacy is the foreign minister', () => {
  const body = copy(
    'Lobito (ANGOP) -- O ministro angolano dos Negócios Estrangeiros e Cooperação Internacional, Manuel Tavares, disse que o país "quer ser ouvido na cimeira".',
    '"Não aceitamos uma União sem Angola", ressaltou o chefe da diplomacia angolana, precisando que os projectos estão no país.',
    'Maria Costa, conselheira do chefe de Estado para Assuntos Diplomáticos, integra a delegação.',
  );
  assert.deepEqual(speakers(body), ['Manuel Tavares', 'Manuel Tavares']);
});

test('Spanish: El ministro de Obras Públicas, X, … Por eso, aseguró …; “…”, acotó; manifestó el mandatario: no portfolio, connective or role taken for a name', () => {
  const body = copy(
    'El ministro de Obras Públicas, Carlos Benítez Ayala, anunció hoy un nuevo puente en Encarnación.',
    '“Es la obra más grande de la década para el sur del país”, apuntó.',
    'Por eso, aseguró que se está “negociando un crédito” con varios bancos. “El puente estará listo en dos años”, acotó.',
  );
  assert.deepEqual(speakers(body), ['Carlos Benítez Ayala', 'Carlos Benítez Ayala', 'Carlos Benítez Ayala']);
  const president = copy(
    'El presidente de la República, Julio Acosta, saludó a los bomberos voluntarios.',
    '“Su valentía es un ejemplo para todo el país y para las nuevas generaciones”, manifestó el mandatario.',
  );
  assert.deepEqual(speakers(president), ['Julio Acosta']);
});

test('an initial and the surname (`M. Diallo`, `J. Roe`) are the full name the copy gave, not another person', () => {
  const body = copy(
    'Le ministre guinéen des mines, Mamadou Saliou Diallo, a ouvert jeudi le salon minier.',
    'M. Diallo a rappelé que «la bauxite doit être transformée dans le pays».',
  );
  assert.deepEqual(speakers(body), ['Mamadou Saliou Diallo']);
});

test('English is unchanged: `said spokesman John Reyes` names him, `the general public` is no role', () => {
  const body = copy(
    'The city council met on Monday to discuss the budget.',
    '"We will not raise taxes this year," said spokesman John Reyes, adding that the general public would be consulted.',
  );
  assert.deepEqual(speakers(body), ['John Reyes']);
});

test('`Commenting further the minister said:` — a participle phrase with no comma is circumstance, the role is the subject', () => {
  const body = copy(
    'The Minister of Fisheries Awa Jallow has confirmed that the new jetty will open in May.',
    'Jallow made the announcement at a press briefing in Banjul.',
    'Commenting further the minister said: “Yes we know the fishermen have waited long for this jetty and it will be ready,”',
  );
  assert.deepEqual(speakers(body), ['Awa Jallow']);
});

test('`…,” partly reads an internal memo` — an adverb before the verb, the writing after it speaks', () => {
  const body = copy('The agency told its staff to stay at home.', '“Staff are advised to carry their badges and to avoid the city centre at all times,” partly reads an internal memo seen by reporters.');
  assert.match(speakers(body)[0] ?? '', /^TODO: .*memo/);
});

test('`X who was addressing … said` then `“…,” he said` — a relative clause without commas still has X speak', () => {
  const body = copy(
    'The governor opened the new clinic in Torit on Friday.',
    'Ladu Gore Wani who was speaking to residents in Torit on Friday said the clinic will serve three counties.',
    '“We have waited for this clinic for many years. Now mothers will not walk for days to give birth,” he said.',
  );
  assert.deepEqual(speakers(body), ['Ladu Gore Wani']);
});

test('`…,” Again asked what … Roe replied: “…` — words running to a colon before the next quote introduce it, not close the first', () => {
  const body = 'Trade Minister Isatou Ceesay confirmed the deal on Monday. Commenting further the minister said: “We signed it in Dakar last week and it will help our exporters,” Again asked what it would cost Ceesay replied: “Nothing that our budget cannot carry this year.”';
  assert.equal(speakers(body)[0], 'Isatou Ceesay');
});

test('a theme in guillemets after `sur le thème de la` is no quote', () => {
  const body = copy('Le ministre Jean Kaboré a ouvert un colloque sur le thème de la « sécurité alimentaire en Afrique de l’ouest ».');
  assert.deepEqual(extractQuotes(body).quotes, []);
});

test('`X spoke to the nation …` / `Excerpts :` / a quote: the excerpts are the words of the one who spoke', () => {
  const body = copy(
    'Monday, March 4, 2024, President Marie Dorval spoke to the nation on public television for the second time this month.',
    'Excerpts :',
    '"We will rebuild the roads before the rains. I ask every citizen to remain calm and patient with us [...]',
    'The address was broadcast on all national radio stations.',
  );
  assert.deepEqual(speakers(body), ['Marie Dorval']);
});

test('`the demands of "the SDP"` — an article and an abbreviation in marks name a body, no quote', () => {
  const body = copy('Radic said the plan fully accepts the demands of (the party in power) "the SDP"', 'The talks resume next week.');
  assert.deepEqual(extractQuotes(body).quotes, []);
});

test('a paragraph announced by a colon whose opening mark the page lost: the quote runs from its start to the closing mark', () => {
  const body = copy(
    'Kenya’s Health Minister Wanjiru Otieno has told reporters that the new hospitals will open in stages.',
    'The minister said the work could not be finished at once after years of neglect:',
    'Nobody can build twenty hospitals in a year. We will open them one by one.” She asked the counties to release their share of the funds.',
  );
  assert.deepEqual(drafted(body), [['Nobody can build twenty ', 'Wanjiru Otieno']]);
});

test('`… Europe. 2We will …," he said.` — a `2` typed for the double mark (Shift+2) opens the quote; no span runs between the marks', () => {
  const body = copy('Latvian Foreign Minister Ilze Berzina met her Lithuanian counterpart in Riga. The minister said both states back the plan. 2We will keep our borders open to trade," she said. Berzina also discussed energy.');
  assert.deepEqual(drafted(body), [['We will keep our borders', 'Ilze Berzina']]);
});

test('`“Rossi came only to stall,” he said` — `he` is not the person the quote names as its subject', () => {
  const body = copy(
    'Prime Minister Marco Rossi met President Stefan Horvat in Vienna on Tuesday.',
    '"The talks were honest and I remain hopeful," Rossi told reporters, in contrast to what Horvat told the media.',
    '"Rossi came only to stall," he said, adding that he expected nothing from the next round.',
  );
  assert.deepEqual(speakers(body), ['Marco Rossi', 'Stefan Horvat']);
});

test('Russian «…», — заявил X and «…», — добавил он; Romanian „…”, a declarat X; Polish „…”, powiedział X: the same tables', () => {
  const russian = copy(
    'Министр иностранных дел Сергей Петров встретился с коллегами в Минске.',
    '«Мы готовы к переговорам в любое время», — заявил Петров.',
    '«Санкции ничего не изменят», — добавил он.',
  );
  assert.deepEqual(speakers(russian), ['Сергей Петров', 'Сергей Петров']);
  const romanian = copy('Ministrul de externe Ion Popescu s-a întâlnit cu omologul său la Chișinău.', '„Suntem pregătiți pentru negocieri”, a declarat Popescu.');
  assert.deepEqual(speakers(romanian), ['Ion Popescu']);
  const polish = copy('Minister Jan Kowalski spotkał się z ambasadorem w Warszawie.', '„Jesteśmy gotowi do rozmów w każdej chwili”, powiedział Kowalski.');
  assert.deepEqual(speakers(polish), ['Jan Kowalski']);
});

test('English guard: `"…," residents, told reporters` names no `reporters` after a comma the subject should not have', () => {
  const told = copy('Floods hit the valley on Sunday.', '"The water came in the night and took everything we had," residents, told reporters on Monday.');
  assert.notEqual(speakers(told)[0], 'reporters');
});

test('English guard: `"…," she said: "…"` keeps `she` for the first quote (a short introduction is the attribution)', () => {
  const colon = copy('Coach Ana Silva spoke after the final.', '"We were the better side tonight," she said: "The second half was ours."');
  assert.equal(speakers(colon)[0], 'Ana Silva');
});

test('English guard: `Dia said` is Mr Dia, not the pronoun `dia` of Indonesian', () => {
  const surname = copy(
    'Senegal’s finance minister Amadou Dia met donors in Dakar on Monday.',
    'His deputy Jean Sarr said the talks had gone well.',
    '"The budget will be balanced by next year," Dia said.',
  );
  assert.deepEqual(speakers(surname), ['Amadou Dia']);
});

test('`according to` in other languages (`…», selon le ministre`) and Indonesian `kata X`, `ujar dia`, `Menteri Keuangan` as an office', () => {
  const french = copy('Le ministre béninois des finances, Romuald Wadagni, a présenté le budget.', '«La croissance sera de 6 % cette année», selon le ministre.');
  assert.deepEqual(speakers(french), ['Romuald Wadagni']);
  const indonesian = copy(
    'Menteri Keuangan Sri Wahyuni hadir di Jakarta.',
    '"Kami akan menjaga defisit di bawah tiga persen," kata Wahyuni.',
    '"Pajak tidak akan naik," ujar dia.',
  );
  assert.deepEqual(speakers(indonesian), ['Sri Wahyuni', 'Sri Wahyuni']);
});
