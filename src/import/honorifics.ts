/**
 * Honorifics the world's press sets before a name, by language or country,
 * kept out of the name the importer drafts (`H.E. Hor Namhong` → `Hor
 * Namhong`, `Lyonpo Yeshey Dorji` → `Yeshey Dorji`, `Alhaji Lai Mohammed` →
 * `Lai Mohammed`) and taken as evidence that a person is named, and, where
 * the honorific tells, whether a woman or a man (for `she` and `he`).
 *
 * A table of forms, not of copies: each row is an address system. Words
 * that are also common given names or surnames where they are used (`Don`,
 * `Pan`, `Ko`, `Pak`, `Tan`, `Tuan`, `Awang`, `Sri`, `Nana`, `Raja`, `Syed`,
 * `Begum`, `Mufti`, `Pandit`, Ghana's `Ato`, `Selvi`, `U`, `M.`) are left out: dropping them would
 * cut a name. So are hereditary titles the holder is named by (`Tengku
 * Zafrul`, `Tunku Abdul Rahman`, `Raden`).
 */
import type { Gender } from './personEvidence.ts';

interface AddressSystem {
  where: string;
  female?: readonly string[];
  male?: readonly string[];
  either?: readonly string[];
}

const SYSTEMS: readonly AddressSystem[] = [
  { where: 'English', female: ['mrs', 'ms', 'miss', 'dame', 'lady', 'madam'], male: ['mr', 'sir', 'lord'], either: ['mx', 'dr', 'prof', 'hon', 'honourable', 'honorable', 'rt', 'rev', 'revd', 'reverend', 'fr', 'rabbi', 'pastor', 'excellency', 'eminence', 'highness', 'majesty'] },
  // `H.E.` (His or Her Excellency), `H.H.`, `H.R.H.`, `H.M.`: diplomatic and royal styles, written as initials.
  { where: 'diplomatic and royal styles', either: ['h.e', 'h.h', 'h.r.h', 'h.m', 's.e'] },
  { where: 'Malaysia and Brunei', female: ['datin', 'puan', 'hajjah', 'toh', 'ustazah'], male: ['datuk', 'haji', 'encik', 'ustaz'], either: ['dato', "dato'", 'seri', 'tun', 'pehin', 'hj', 'yb', 'yab'] },
  { where: 'Indonesia', female: ['ibu'], male: ['bapak'], either: ['kyai'] },
  { where: 'Thailand', either: ['khun'] },
  { where: 'Myanmar', female: ['daw'] },
  { where: 'Cambodia', either: ['samdech', 'oknha', 'chumteav'] },
  { where: 'Bhutan', female: ['aum'], either: ['lyonpo', 'lyonchhen', 'dasho'] },
  { where: 'South Asia', female: ['shrimati', 'smt', 'thirumathi'], male: ['shri', 'shree', 'janab', 'thiru'], either: ['maulana'] },
  { where: 'Arabic and Persian', female: ['sheikha', 'shaikha', 'sayyida'], male: ['sheikh', 'shaikh', 'sheik', 'shiekh', 'sayyid'], either: ['ayatollah', 'hojatoleslam', 'hojjatoleslam', 'hujjatoleslam', 'hujjat', 'al-islam', 'seyyed', 'hajj', 'martyr'] },
  { where: 'West Africa', female: ['alhaja', 'hajia'], male: ['alhaji', 'mallam', 'malam'], either: ['engr', 'barr', 'arc', 'pharm'] },
  { where: 'East Africa', female: ['weyzero', 'wzro'], male: ['bwana'], either: ['mheshimiwa', 'mwalimu'] },
  { where: 'Southern Africa', either: ['cde', 'comrade'] },
  { where: 'the Philippines', either: ['atty', 'gng'] },
  { where: 'French', female: ['mme', 'mlle', 'madame', 'mademoiselle'], male: ['monsieur'], either: ['pr', 'mgr'] },
  { where: 'Spanish and Portuguese', female: ['sra', 'srta', 'señora', 'señorita', 'doña'], male: ['señor'], either: ['lic', 'licenciado', 'licenciada', 'ing'] },
  { where: 'German', female: ['frau'], male: ['herr'] },
  { where: 'Italian', female: ['signora'], male: ['signor'] },
  { where: 'Polish and Czech', female: ['pani'] },
  { where: 'Russian', male: ['gospodin'], female: ['gospozha'] },
];

const genders = new Map<string, Gender | undefined>();
for (const system of SYSTEMS) {
  for (const word of system.either ?? []) genders.set(word, undefined);
  for (const word of system.female ?? []) genders.set(word, genders.has(word) ? undefined : 'female');
  for (const word of system.male ?? []) genders.set(word, genders.has(word) && genders.get(word) !== 'male' ? undefined : 'male');
}

/** `H.E.` → `h.e`, `Dato'` → `dato'`, `Mr.` → `mr`: the form the table holds. */
export function honorificKey(word: string): string {
  return word.toLowerCase().replace(/\.$/, '');
}

/** The word is an honorific of some address system (`Mr`, `H.E.`, `Lyonpo`, `Alhaji`, `Datuk`). */
export function isHonorific(word: string): boolean {
  return genders.has(honorificKey(word));
}

/** What the honorific tells of its bearer: `Mrs` a woman, `Alhaji` a man, `Dr` nothing. */
export function honorificGender(word: string): Gender | undefined {
  return genders.get(honorificKey(word));
}

/** Every honorific the table holds (for vocabularies that list words). */
export const HONORIFIC_WORDS: ReadonlySet<string> = new Set(genders.keys());
