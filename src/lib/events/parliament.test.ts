import { describe, expect, it } from 'vitest';
import { sentenceSubject } from './coreference.ts';
import { officeOfFriend } from './parliament.ts';

describe('officeOfFriend', () => {
  it('returns the office a parliamentary Friend is named by, whatever the epithet', () => {
    for (const text of ['My right hon. Friend the Foreign Secretary met', 'my hon. and gallant Friend the Foreign Secretary met', 'Our right honourable and learned Friend the Foreign Secretary met']) {
      expect(officeOfFriend(text), text).toBe('The Foreign Secretary met');
    }
  });

  it('returns undefined for a Friend named by no office, and for other openings', () => {
    expect(officeOfFriend('My hon. Friend expects another meeting')).toBeUndefined();
    expect(officeOfFriend('The Foreign Secretary met Qian')).toBeUndefined();
  });

  it('gives the subject a later "my hon. Friend" stands for', () => {
    expect(sentenceSubject('My right hon. and learned Friend the Foreign Secretary has met Foreign Minister Qian three times this year.')).toBe(
      'The Foreign Secretary',
    );
  });
});
