import { describe, expect, it } from 'vitest';
import { filterByQuery, initials, normalize } from '../../renderer/app/search';

const clients = [
  { name: 'Bäckerei Müller GmbH' },
  { name: 'Zahnarztpraxis Dr. Özdemir' },
  { name: 'Autohaus Schröder & Söhne KG' },
  { name: 'Steuerkanzlei Weber' },
  { name: 'Ingenieurbüro Krüger' },
  { name: 'Michael Straße Consulting' },
];
const names = (query: string) => filterByQuery(clients, query).map((c) => c.name);

describe('client switcher search', () => {
  it('ignores case and umlauts, in both spellings', () => {
    expect(normalize('Müller')).toBe(normalize('MUELLER'));
    expect(names('muller')).toEqual(['Bäckerei Müller GmbH']);
    expect(names('mueller')).toEqual(['Bäckerei Müller GmbH']);
    expect(names('ÖZD')).toEqual(['Zahnarztpraxis Dr. Özdemir']);
    expect(names('strasse')).toEqual(['Michael Straße Consulting']);
  });

  it('matches initials', () => {
    expect(initials('Autohaus Schröder & Söhne KG')).toBe('assk');
    expect(names('sw')).toEqual(['Steuerkanzlei Weber']);
    expect(names('ik')).toEqual(['Ingenieurbüro Krüger']);
  });

  it('ranks name starts before inner matches', () => {
    expect(names('s')[0]).toBe('Steuerkanzlei Weber');
  });

  it('keeps everything, sorted by name, for an empty query', () => {
    expect(names('  ')).toHaveLength(clients.length);
    expect(names('')[0]).toBe('Autohaus Schröder & Söhne KG');
  });

  it('finds nothing for a non-matching query', () => {
    expect(names('xyz')).toEqual([]);
  });
});
