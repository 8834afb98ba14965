/**
 * The world's cities as a gazetteer for datelines: the 7,329 cities of
 * `city-timezones` (Natural Earth's populated places: every capital and
 * every city of note, with province and country), folded for comparison.
 * A dateline's place is recognised by data, in any case and punctuation
 * (`CAPE TOWN`, `Addis Ababa`, `Chittagong`), instead of one pattern per
 * house style; a place the gazetteer does not know needs the stronger
 * shapes of dateline.ts.
 *
 * Loaded on first use (about 70 ms and 1.9 MB on disk), so commands that
 * import no copy do not pay for it.
 */
import { createRequire } from 'node:module';
import { foldName } from '../text/normalizeText.ts';

interface CityRow {
  city: string;
  city_ascii: string;
  province: string;
  country: string;
}

export interface Gazetteer {
  /** Cities (and their ASCII spellings), folded. */
  cities: ReadonlySet<string>;
  /** Provinces, states and countries, folded: what may follow a city as its region. */
  regions: ReadonlySet<string>;
  /** Countries alone, folded: a dateline's `HAVANA, Cuba` is the place Havana. */
  countries: ReadonlySet<string>;
}

/** Case, marks, dots, apostrophes and spacing folded: `ST. PETERSBURG` and `St Petersburg` meet. */
export function foldPlace(name: string): string {
  // `N'Djamena` and `Ndjamena`, `Sana'a` and `Sanaa`: an apostrophe is no part of the comparison.
  return foldName(name.normalize('NFKC').replace(/['’`]/g, '').replace(/\./g, ' '));
}

/** Countries as datelines print them where the gazetteer spells them otherwise. */
const COUNTRY_SPELLINGS = [
  'U.S.', 'USA', 'United States', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'UAE', 'Congo', 'DR Congo', 'DRC', 'RD Congo', 'RDC', "Côte d'Ivoire", 'Czechia', 'Viet Nam', 'Korea', 'Republic of Korea', 'Türkiye', 'Burma',
  'Bosnia', 'Herzegovina', 'Palestinian Territories', 'West Bank', 'Occupied West Bank', 'Gaza Strip', 'Kosovo', 'Eswatini', 'Swaziland', 'Timor-Leste', 'East Timor',
];

/**
 * Cities datelines print that city-timezones lacks or spells otherwise (`Washington` is its `Washington, D.C.`):
 * capitals under their current or former names, and the towns wire copy from conflict zones is filed from.
 */
const CITY_SPELLINGS = [
  'Washington', 'Yangon', 'Naypyitaw', 'Nay Pyi Taw', 'Kiev', 'Bombay', 'Calcutta', 'Madras', 'Peking', 'Nur-Sultan', 'Ulan Bator',
  'Kuwait City', 'Erbil', 'Arbil', "St. George's", 'Port of Spain', 'Port-of-Spain', 'Guatemala City', 'Hagatna', 'Saipan', 'Nadi',
  'Gaza City', 'Hebron', 'Mecca', 'Makkah', 'Madinah', 'Homs', 'Benghazi', 'Misrata', 'Nyala', 'Hargeisa', 'Kismayo', 'Garowe',
  'Bosaso', 'Baidoa', 'Vatican City', 'Sanaa',
];

let loaded: Gazetteer | undefined;

/** The gazetteer, read once from the package's data. */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const rows = require('city-timezones/data/cityMap.json') as CityRow[];
  const cities = new Set<string>();
  const regions = new Set<string>();
  const countries = new Set<string>();
  for (const row of rows) {
    cities.add(foldPlace(row.city));
    cities.add(foldPlace(row.city_ascii));
    if (row.province) regions.add(foldPlace(row.province));
    // `The Bahamas`, `The Gambia`: datelines print them with or without the article.
    for (const country of [foldPlace(row.country), foldPlace(row.country).replace(/^the /, '')]) {
      regions.add(country);
      countries.add(country);
    }
  }
  for (const name of CITY_SPELLINGS) cities.add(foldPlace(name));
  // Other spellings datelines print for a country.
  for (const name of COUNTRY_SPELLINGS) countries.add(foldPlace(name));
  loaded = { cities, regions, countries };
  return loaded;
}

export function isKnownCity(name: string): boolean {
  return gazetteer().cities.has(foldPlace(name));
}

export function isKnownRegion(name: string): boolean {
  const folded = foldPlace(name);
  // `Greater Accra`, `Huanuco region`, `Ica province`: the region's name with its kind.
  const bare = folded.replace(/^greater /, '').replace(/ (?:region|province|state|department|district|governorate|prefecture|county)$/, '');
  return gazetteer().regions.has(folded) || gazetteer().regions.has(bare);
}

export function isKnownCountry(name: string): boolean {
  return gazetteer().countries.has(foldPlace(name));
}
