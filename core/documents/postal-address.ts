import type { Client } from '../api';

// Addresses written the way the post of their country reads them. The parts are what the
// client and processor forms store (street, postcode, city, country as typed); the town line
// is the one that differs between countries:
//
//   Germany and most of Europe   "80331 München"            (postcode before the town)
//   USA                          "San Francisco, CA 94102"  (town, state and ZIP code)
//   Canada, Australia            "Toronto ON M5V 2T6"        (town, province and postcode)
//   United Kingdom, Ireland      "London SW1A 1AA"           (town before the postcode)
//
// A country not in the table keeps "postcode town", the order of most countries we meet.

export type AddressParts = Pick<Client, 'street' | 'postcode' | 'city' | 'country'>;

type TownOrder = 'postcodeFirst' | 'usa' | 'townFirst';

/** Country names as users type them (German, English, ISO codes), lower case, no dots. */
const townOrders: Record<Exclude<TownOrder, 'postcodeFirst'>, readonly string[]> = {
  usa: [
    'usa',
    'us',
    'united states',
    'united states of america',
    'vereinigte staaten',
    'vereinigte staaten von amerika',
    'amerika',
  ],
  townFirst: [
    'uk',
    'gb',
    'united kingdom',
    'great britain',
    'vereinigtes königreich',
    'großbritannien',
    'grossbritannien',
    'england',
    'scotland',
    'schottland',
    'wales',
    'northern ireland',
    'nordirland',
    'ireland',
    'irland',
    'ie',
    'éire',
    'canada',
    'kanada',
    'ca',
    'australia',
    'australien',
    'au',
  ],
};

const normalise = (country: string) =>
  country
    .trim()
    .toLocaleLowerCase('de')
    .replace(/\./g, '')
    .replace(/\s*\(.*\)$/, '')
    .replace(/\s+/g, ' ');

const germanNames = new Set(['deutschland', 'germany', 'de', 'brd', 'bundesrepublik deutschland']);

/** Whether `country` names Germany (or is empty): a domestic letter omits it. */
export const isGermany = (country: string) =>
  normalise(country) === '' || germanNames.has(normalise(country));

function townOrder(country: string): TownOrder {
  const name = normalise(country);
  if (townOrders.usa.includes(name)) return 'usa';
  if (townOrders.townFirst.includes(name)) return 'townFirst';
  return 'postcodeFirst';
}

/** The town line: "80331 München", "San Francisco, CA 94102", "London SW1A 1AA". */
export function townLine(parts: Omit<AddressParts, 'street'>): string {
  const postcode = parts.postcode.trim();
  const city = parts.city.trim();
  if (!postcode || !city) return postcode || city;
  switch (townOrder(parts.country)) {
    case 'usa':
      // The state goes with the ZIP code ("CA 94102") or with the town ("San Francisco, CA").
      return /^\p{L}/u.test(postcode) ? `${city}, ${postcode}` : `${city} ${postcode}`;
    case 'townFirst':
      return `${city} ${postcode}`;
    default:
      return `${postcode} ${city}`;
  }
}

/** The address as a letter shows it: street / postcode and town / country. */
export function addressLines(parts: AddressParts): string[] {
  return [parts.street.trim(), townLine(parts), parts.country.trim()].filter(Boolean);
}

/** "Hauptstraße 1, 80331 München, Deutschland" from the parts that are filled in. */
export function postalAddress(parts: AddressParts): string {
  return addressLines(parts).join(', ');
}
