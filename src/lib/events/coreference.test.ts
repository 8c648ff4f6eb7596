import { describe, expect, it } from 'vitest';
import { resolvePronouns } from './coreference.ts';
import type { Actor } from './model.ts';

const LAMMY: Actor = { id: 'david-lammy', name: 'David Lammy', kind: 'person' };
const WANG: Actor = { id: 'wang-yi', name: 'Wang Yi', kind: 'person' };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'country' };

describe('resolvePronouns', () => {
  it('returns the last person named for a sentence that opens on "He"', () => {
    expect(resolvePronouns(['Lammy met Wang.', 'He left for Shanghai.'], [[LAMMY, WANG], []])).toEqual([
      { actors: [LAMMY, WANG] },
      { actors: [LAMMY], subject: LAMMY },
    ]);
  });

  it('returns the actors unchanged when the sentence opens on a name', () => {
    expect(resolvePronouns(['Lammy spoke.', 'China replied.'], [[LAMMY], [CHINA]])).toEqual([{ actors: [LAMMY] }, { actors: [CHINA] }]);
  });

  describe('edge cases', () => {
    it('returns no subject for a pronoun before any person is named', () => {
      expect(resolvePronouns(['He met Wang Yi.'], [[WANG]])).toEqual([{ actors: [WANG] }]);
    });

    it('returns the person once when the sentence also names them', () => {
      expect(resolvePronouns(['Lammy spoke.', 'He said Lammy would go.'], [[LAMMY], [LAMMY]])[1]).toEqual({ actors: [LAMMY], subject: LAMMY });
    });
  });
});
