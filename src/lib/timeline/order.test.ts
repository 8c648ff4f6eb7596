import { describe, expect, it } from 'vitest';
import { timelineOrder } from './order.ts';

describe('timelineOrder', () => {
  it('returns oldest first when nothing is set', () => {
    expect(timelineOrder(undefined)).toBe('oldest');
    expect(timelineOrder('')).toBe('oldest');
  });

  it('returns the order the setting names, whatever its case', () => {
    expect(timelineOrder('newest')).toBe('newest');
    expect(timelineOrder(' Oldest ')).toBe('oldest');
  });

  describe('edge cases', () => {
    it('throws naming the setting and the values it accepts when it is misspelt', () => {
      expect(() => timelineOrder('newer')).toThrow(/ENTENTE_ORDER is "newer": use "oldest" \(the default\) or "newest"/u);
    });
  });
});
