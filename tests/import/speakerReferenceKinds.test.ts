/**
 * How a copy refers back to a speaker it named once — an office in
 * capitals, `the head of the government`, an honorific, reported speech
 * just before a quote — each on a short copy written for the test
 * (paraphrased, not taken from any published article). Round 7 of issue 13.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractQuotes } from '../../src/import/quotes.ts';

const speakers = (body: string): string[] => extractQuotes(body).quotes.map((q) => q.speaker);
const copy = (...paragraphs: string[]): string => paragraphs.join('\n\n');

test('a name followed by its characters in another script is one person, and "the president" and "she" are her', () => {
  const body = copy(
    'TAIPEI - President Lai Ing-hua (賴英華) on Friday regretted the loss of an ally.',
    '"It is sad that a friend leaves us, but sadder still that we cannot stand together," Lai said.',
    '"Pressure from abroad only makes us firmer," the president said.',
    'She asked all parties to unite.',
    '"We have one position, and that is unity," she said.',
  );
  assert.deepEqual(speakers(body), ['Lai Ing-hua', 'Lai Ing-hua', 'Lai Ing-hua']);
});

test('an office in capitals after "The", with a nationality or a qualifier, is the person the copy gave it to', () => {
  const body = copy(
    'Kazakh State Counselor Aidar Nurlanov said on Monday that the session was a milestone.',
    'The Kazakh State Counselor said: "The address covered a wide range of pressing issues."',
  );
  assert.deepEqual(speakers(body), ['Aidar Nurlanov']);
  const commissioner = copy(
    'Speaking at the event, Ruritania High Commissioner to the United Kingdom, Amina Farah Karim, said that "the diaspora kept the flame alive for fifty years".',
    'Thanking the community, the High Commissioner said "the diaspora remains the strongest bridge between our two nations".',
  );
  assert.deepEqual(speakers(commissioner), ['Amina Farah Karim', 'Amina Farah Karim']);
});

test('a role set off by commas before a name is that person\'s role', () => {
  const [quote] = extractQuotes(
    'Speaking at the event, Ruritania High Commissioner to the United Kingdom, Amina Farah Karim, said that "the diaspora kept the flame alive".',
  ).quotes;
  assert.equal(quote?.role, 'Ruritania High Commissioner to the United Kingdom');
});

test('"the head of the government" is the prime minister the copy named', () => {
  const body = copy(
    'ASTANA - Prime Minister Daniyar Serikov answered critics of the cost of the fair.',
    '"We will host the fair for three months. The benefit will reach the whole country," the head of the government said at a meeting.',
  );
  assert.deepEqual(speakers(body), ['Daniyar Serikov']);
});

test("Kenya's cabinet secretaries: a CS is a person, and \"the Transport CS\" is the one whose portfolio it is", () => {
  const body = copy(
    'Two ministers dismissed talk of a split. Health CS Peter Kamau and his Transport counterpart John Otieno said the claims were baseless. "We are all united behind the President and nobody can divide us," said Kamau. "The new railway will change the lives of the residents of this county," said the Transport CS.',
  );
  assert.deepEqual(speakers(body), ['Peter Kamau', 'John Otieno']);
});

test('an honorific standing for the person ("His Highness added:") is the person named last as speaker', () => {
  const body = copy(
    'DUBAI - His Highness Sheikh Rashid bin Khalid Al Nahyan, Ruler of the emirate, launched the strategy on Sunday.',
    '"The strategy will shape our energy sector for three decades," His Highness Sheikh Rashid said.',
    'His Highness added: "Every investment in clean energy is an investment in future generations."',
  );
  assert.deepEqual(speakers(body), ['Rashid bin Khalid Al Nahyan', 'Rashid bin Khalid Al Nahyan']);
});

test('a quote after "said X, adding:" is X\'s, not the subject of the clause before the verb', () => {
  const body = copy(
    'State Counselor Aidar Nurlanov spoke after the session.',
    "The President's address made clear that the country will act in its own interests, said Nurlanov, adding: \"We will pursue dialogue with all our partners.\"",
  );
  assert.deepEqual(speakers(body), ['Aidar Nurlanov']);
});

test('a quote opening a sentence or paragraph after reported speech is the words of the one reported', () => {
  const body = copy(
    'Foreign Minister Sheikh Hamad bin Nasser al-Sabah spoke to reporters in Doha.',
    'Asked about the boycott, he said his country had barred nobody from taking part.',
    '"We never mix sport with politics. Everybody is welcome to play here."',
    'On relations with a neighbour, he said Doha wanted calm. "We share a gas field with them, the largest in the world."',
  );
  assert.deepEqual(speakers(body), ['Hamad bin Nasser al-Sabah', 'Hamad bin Nasser al-Sabah']);
  const surname = copy(
    'Transport Minister Olek Baran visited the port.',
    'Answering questions, Baran said that his ministry would help. "The ministry is ready to lift any amount of fuel from the water."',
  );
  assert.deepEqual(speakers(surname), ['Olek Baran']);
});

test('reported speech before a phrase in marks that is no sentence attributes nothing to it', () => {
  const body = copy('Minister Olek Baran said the port was safe. "Fake news" spread anyway, officials noted.');
  assert.deepEqual(extractQuotes(body).quotes, []);
});

test('a quote the page cut off at its end is dropped even after reported speech', () => {
  const body = copy(
    'Foreign Minister Sheikh Hamad bin Nasser al-Sabah spoke to reporters.',
    'On the allegations, the minister said the partnership was recognised. "In fact, the dialogue said very clearly that we were an important partner in countering terr',
  );
  assert.deepEqual(extractQuotes(body).quotes, []);
});

test('"…". Lo afferma X, in the sentence after an Italian quote, names the speaker', () => {
  const body = '(ANSA) - ROMA, 23 FEB - "Mi pare un fatto molto grave. Il governo deve dare una risposta chiara". Lo afferma Marco Bellini, capogruppo al Senato, interpellato in merito.';
  assert.deepEqual(speakers(body), ['Marco Bellini']);
});

test("a profile's present tense and a relation word (\"Teammate Ana Ruiz proclaims: '…'\") name the speaker", () => {
  const body = copy(
    "His coach Tom Hale says that he is 'built different.' Teammate Ana Ruiz proclaims: 'He is going to be a big star in the big leagues.'",
  );
  assert.deepEqual(speakers(body).at(-1), 'Ana Ruiz');
});

test('"…," reads the study: a document speaks, for the editor to name who wrote it', () => {
  const body = '"The rollout shows how trust, built through good communication, wins acceptance," reads the study by a health group.';
  assert.match(speakers(body)[0] ?? '', /study/);
});

test('"the foreign minister" after a second foreign minister was made a subject is the second, not the one quoted before', () => {
  const body = copy(
    'Indonesian Foreign Minister Budi Santoso said the talks went well. "We are satisfied with the outcome," Santoso said.',
    'Meanwhile, Malaysian foreign minister Azlan Rahim told a news conference that smuggling was the main concern.',
    '"The province is part of Indonesia. We respect its sovereignty," the foreign minister was quoted as saying.',
  );
  assert.deepEqual(speakers(body), ['Budi Santoso', 'Azlan Rahim']);
});

test('"she" is the woman of two people named, "he" the man, when a title or a known given name says which', () => {
  const met = 'Mrs Grace Adeyemi met Mr Tunde Bakare on Monday.';
  assert.deepEqual(speakers(copy(met, '"The talks were useful and frank," she said.')), ['Grace Adeyemi']);
  assert.deepEqual(speakers(copy(met, '"The talks were useful and frank," he said.')), ['Tunde Bakare']);
  assert.deepEqual(speakers(copy('Jane Roe met John Doe on Monday.', '"The talks were useful and frank," she said.')), ['Jane Roe']);
});

test('a given name taken for a woman\'s does not stop "he" when nobody else fits', () => {
  const body = 'At the ceremony, University Vice President Kassie Amare praised the graduates. "This is our second graduation this year," he said.';
  assert.deepEqual(speakers(body), ['Kassie Amare']);
});

test('"the foreign minister" of two ministers named in one sentence is the one whose own role says foreign', () => {
  const body = copy(
    'Foreign Minister Jane Roe and Defence Minister John Doe met in Rome.',
    '"We agreed on a plan for the border," the foreign minister said.',
  );
  assert.deepEqual(speakers(body), ['Jane Roe']);
});

test('"the PM" and "the CM" are the prime minister and the chief minister the copy named', () => {
  assert.deepEqual(speakers('Chief Minister Mamta Rao addressed the rally. "The state will never bow to anyone," the CM said.'), ['Mamta Rao']);
  assert.deepEqual(speakers('Prime Minister Alan Carr spoke in the Commons. "We will not raise taxes this year," the PM said.'), ['Alan Carr']);
});

test('an office set off by commas after the name is no name ("Jane Roe, Minister of State for Foreign Affairs, said")', () => {
  assert.deepEqual(speakers('Jane Roe, Minister of State for Foreign Affairs, said: "We will not close our borders to anyone."'), ['Jane Roe']);
});

test('"X was quoted by local media as saying" is X, not the media', () => {
  assert.deepEqual(speakers('Jane Roe, the minister, was quoted by local media as saying: "We will not close our borders to anyone."'), ['Jane Roe']);
});

test('a company whose name ends in an organisation word speaks whole ("Acme Corp said"), with no "full name" asked', () => {
  assert.deepEqual(speakers('Acme Corp said in a statement: "We regret any inconvenience caused to our customers."'), ['Acme Corp']);
});

test('"said a spokesperson for the ministry" is the unnamed spokesperson, for the editor, not "he"', () => {
  const [speaker] = speakers('"The outbreak is under control," said a spokesperson for the ministry.');
  assert.match(speaker ?? '', /^TODO: .*a spokesperson for the ministry/);
});

test('an office with "of" in capitals ("The Head of State", "The Minister of Foreign Affairs") is its holder', () => {
  const head = copy('President Aidos Serikbay addressed the forum.', 'The Head of State noted: "The country will pursue a balanced foreign policy."');
  assert.deepEqual(speakers(head), ['Aidos Serikbay']);
  const minister = copy(
    'Minister of Foreign Affairs Jane Roe met her counterpart.',
    'The Minister of Foreign Affairs said: "The talks will continue as planned next week."',
  );
  assert.deepEqual(speakers(minister), ['Jane Roe']);
});

test('a name given in marks ("dubbed", "known as", "calls herself", "labelled the report") is no quote', () => {
  for (const body of [
    'The operation, dubbed "Operation Iron Shield for the Northern Border", began on Monday.',
    'The plan, known as "the Belt and Road of the South Pacific region", was unveiled.',
    'Jane Roe, who calls herself "a proud daughter of the village", won the seat.',
    'The agency labelled the report "fake news spread by enemies of the state" on Monday.',
  ]) assert.deepEqual(extractQuotes(body).quotes, [], body);
});

test('a title in capitals right after the work or event it names is no quote, even beside a speaker', () => {
  for (const body of [
    'Ministers attended the conference "Building Resilient Cities in a Changing Climate 2024" in Dubai.',
    'The book "How the World Was Won and Lost Again" was launched by Jane Roe, who said it took years.',
  ]) assert.deepEqual(extractQuotes(body).quotes, [], body);
  assert.deepEqual(speakers('Jane Roe said the move was "a step in the right direction".'), ['Jane Roe']);
});

test('"it said" is the organisation the copy last had speak, for the editor to name', () => {
  const body = copy('The opposition party said it would boycott the vote.', '"We will not take part in a rigged election," it said in a statement.');
  assert.match(speakers(body)[0] ?? '', /^TODO: .*the opposition party/i);
});

test('a long Arabic name with its particles is one person ("Mohammed bin Abdulrahman bin Jassim Al-Thani")', () => {
  const body = 'HE the Prime Minister Sheikh Khalid bin Hamad bin Nasser bin Jassim Al-Kuwari said: "Our mediation efforts will continue."';
  assert.deepEqual(speakers(body), ['Khalid bin Hamad bin Nasser bin Jassim Al-Kuwari']);
});

test("a place's organisation (\"South Korea's unification ministry\") is left for the editor with the copy's words, not a surname", () => {
  const [speaker] = speakers('South Korea\'s unification ministry said Monday that the North "must stop its provocations immediately."');
  assert.match(speaker ?? '', /^TODO: .*South Korea's unification ministry/);
});

test('"they said" is no one person: not the mayor named before residents spoke, nor one of two people', () => {
  const residents = copy('Mayor Jane Roe visited the village on Monday.', 'Residents said the water had risen. "We are scared and nobody has come to help us," they said.');
  assert.match(speakers(residents)[0] ?? '', /^TODO: who are "they"\?/);
  const two = copy('Jane Roe and John Doe, both teachers, said the school was closed.', '"We have not been paid for months," they said.');
  assert.match(speakers(two)[0] ?? '', /^TODO: who are "they"\?/);
});
