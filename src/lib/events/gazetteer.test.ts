import { describe, expect, it } from 'vitest';
import { createGazetteer, isPersonName } from './gazetteer.ts';

describe('createGazetteer', () => {
  const gazetteer = createGazetteer([
    { id: 'hong-kong', name: 'Hong Kong', kind: 'place', aliases: ['HKSAR'] },
    { id: 'david-lammy', name: 'David Lammy', kind: 'person', aliases: ['Lammy'] },
  ]);

  it('returns a country for its names, demonyms and capital', () => {
    for (const name of ['United Kingdom', 'UK', 'Britain', 'British', 'London']) {
      expect(gazetteer.byName.get(name)?.id).toBe('united-kingdom');
    }
  });

  it('returns the editors’ actors by name and alias', () => {
    expect(gazetteer.byName.get('Lammy')).toEqual({ id: 'david-lammy', name: 'David Lammy', kind: 'person' });
    expect(gazetteer.byName.get('HKSAR')?.id).toBe('hong-kong');
  });

  it('returns the editors’ kind where they describe a country’s entry differently', () => {
    expect(gazetteer.byName.get('Hong Kong')?.kind).toBe('place');
  });

  it('returns a pattern that finds the longest name first', () => {
    expect([...'The United Kingdom and the UK'.matchAll(gazetteer.pattern)].map((match) => match[0])).toEqual(['United Kingdom', 'UK']);
  });
});

describe('createGazetteer edge cases', () => {
  const countriesOnly = createGazetteer([]);

  it('returns the United States for "American", a demonym a territory shares', () => {
    expect(countriesOnly.byName.get('American')?.id).toBe('united-states');
  });

  it('returns no country for capitals and spellings that are people’s names or English words', () => {
    for (const name of ['Victoria', 'Sofia', 'Island', 'Douglas']) expect(countriesOnly.byName.get(name)).toBeUndefined();
  });
});

describe('isPersonName', () => {
  it('returns true for a word that is also a first name', () => {
    expect(isPersonName('Jordan')).toBe(true);
    expect(isPersonName('Beijing')).toBe(false);
  });
});
