import { describe, expect, it } from 'vitest';
import { findActors } from './actors.ts';
import { createGazetteer } from './gazetteer.ts';
import type { Actor } from './model.ts';

const countriesOnly = createGazetteer([]);

function ids(actors: readonly Actor[]): string[] {
  return actors.map((actor) => actor.id);
}

describe('findActors', () => {
  it('returns people without their job titles', () => {
    const actors = findActors('British Foreign Secretary David Lammy told Chinese counterpart Wang Yi on Friday he hoped for talks.', countriesOnly, []);
    expect(actors.filter((actor) => actor.kind === 'person').map((actor) => actor.name)).toEqual(['David Lammy', 'Wang Yi']);
  });

  it('returns one country for its name, other spellings, demonym and capital', () => {
    for (const sentence of ['Britain protested.', 'The UK protested.', 'British officials protested.', 'London protested.']) {
      expect(ids(findActors(sentence, countriesOnly, []))).toContain('united-kingdom');
    }
    expect(ids(findActors('Beijing imposed a law in 2020.', countriesOnly, []))).toEqual(['china']);
  });

  it('returns a name with a middle initial whole, and no person for "my right hon. Friend"', () => {
    expect(findActors('Secretary of State Antony J. Blinken met Foreign Minister Wang Yi.', countriesOnly, []).map((actor) => actor.name)).toEqual([
      'Antony J. Blinken',
      'Wang Yi',
    ]);
    expect(findActors('My right hon. and learned Friend expects another meeting.', countriesOnly, [])).toEqual([]);
  });

  it('returns the article’s earlier full name for a short mention', () => {
    const known: Actor[] = [{ id: 'wang-yi', name: 'Wang Yi', kind: 'person' }];
    expect(ids(findActors('Lammy met with Wang at the guesthouse.', countriesOnly, known))).toContain('wang-yi');
  });

  describe('edge cases', () => {
    it('returns each actor once, in order of first mention', () => {
      expect(ids(findActors('China and Russia met; China spoke first.', countriesOnly, []))).toEqual(['china', 'russia']);
    });

    it('returns no country inside another name or before a surname', () => {
      expect(ids(findActors('Voters in New Jersey backed him.', countriesOnly, []))).toEqual([]);
      expect(ids(findActors('Jordan Bardella spoke in Paris.', countriesOnly, []))).not.toContain('jordan');
      expect(ids(findActors('King Abdullah of Jordan visited.', countriesOnly, []))).toContain('jordan');
    });

    it('returns no person for a month that is also part of a name', () => {
      const known: Actor[] = [{ id: 'theresa-may', name: 'Theresa May', kind: 'person' }];
      expect(ids(findActors('Talks on trade may resume in May 2020.', countriesOnly, known))).toEqual([]);
    });

    it('returns nobody when nobody is named', () => {
      expect(findActors('Much has changed since then.', countriesOnly, [])).toEqual([]);
    });
  });
});
