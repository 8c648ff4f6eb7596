import { describe, expect, it } from 'vitest';
import { articleId } from './id.ts';

describe('articleId', () => {
  it('returns the relative path without .md when it is already a slug', () => {
    expect(articleId('lammy-beijing-visit.md')).toBe('lammy-beijing-visit');
    expect(articleId('2024/10/lammy.md')).toBe('2024/10/lammy');
  });

  it('returns lowercased segments with runs of other characters as one dash', () => {
    expect(articleId('2024/Lammy  Beijing_visit!.md')).toBe('2024/lammy-beijing-visit');
  });

  describe('edge cases', () => {
    it('keeps letters outside ASCII and normalizes them', () => {
      expect(articleId('Zu\u0308rich talks.md')).toBe('zürich-talks');
    });
    it('returns forward slashes for Windows separators', () => {
      expect(articleId('2024\\a.md')).toBe('2024/a');
    });
    it('returns an empty id when the name has no letters or digits', () => {
      expect(articleId('---.md')).toBe('');
    });
  });
});
