import { describe, expect, it } from 'vitest';
import { formatProfile, parseProfile } from './build-profile.ts';

describe('formatProfile', () => {
  it('returns every phase in build order, in whole milliseconds, a phase not run as 0', () => {
    expect(formatProfile({ analyse: 300.4, load: 12.6 })).toBe('entente-profile load=13 analyse=300 merge=0 index=0');
  });
});

describe('parseProfile', () => {
  it('returns the times of the profile line inside a build log', () => {
    const log = `12:00:01 [build] done\n12:00:02 [entente-pagefind] ${formatProfile({ load: 5, analyse: 6, merge: 7, index: 9 })}\n`;
    expect(parseProfile(log)).toEqual({ load: 5, analyse: 6, merge: 7, index: 9 });
  });

  it('returns undefined for a log without a profile line', () => {
    expect(parseProfile('12:00:01 [build] done\n')).toBeUndefined();
  });
});
