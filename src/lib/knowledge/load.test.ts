import { describe, expect, it } from 'vitest';
import { validateAgainst } from '../article/validate.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { loadKnowledge } from './load.ts';
import { KNOWN_EVENT_FRONTMATTER } from './schemas.ts';

describe('loadKnowledge', () => {
  it('returns a known event’s end beside its date when the event lasts', async () => {
    const { knowledge, diagnostics } = await loadKnowledge('tests/fixtures/timeline');
    expect(diagnostics).toEqual([]);
    expect(knowledge.knownEvents.find((event) => event.id === 'queen-state-visit-to-china')).toMatchObject({
      date: '1986-10-12',
      end: '1986-10-18',
    });
  });

  it('returns no end for a known event that does not give one', async () => {
    const { knowledge } = await loadKnowledge('content');
    expect(knowledge.knownEvents.find((event) => event.id === 'hong-kong-handover')).not.toHaveProperty('end');
  });

  it('returns an error at the end’s place when a known event ends before its date', async () => {
    const { diagnostics } = await loadKnowledge('tests/fixtures/bad-knowledge');
    expect(diagnostics.map(formatDiagnostic)).toContain(
      'tests/fixtures/bad-knowledge/events/end-before-date.md:4:6  error  "end" must not be before "date"; found "1986-10-11"  [event-end-before-date]',
    );
  });

  describe('edge cases', () => {
    it('returns an error on the end when it is no calendar value, as for a date', () => {
      const data = { title: 'A visit', date: '1986-10-12', end: '1986-13' };
      const { diagnostics } = validateAgainst(KNOWN_EVENT_FRONTMATTER, data, 'visit.md', () => ({ line: 4, column: 6 }), 1);
      expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.field])).toEqual([['end-invalid', 'end']]);
    });

    it('returns no error when the end is a coarser value that holds the date', () => {
      const data = { title: 'A visit', date: '1986-10-12', end: 1986 };
      const { frontmatter, diagnostics } = validateAgainst(KNOWN_EVENT_FRONTMATTER, data, 'visit.md', () => undefined, 1);
      expect(diagnostics).toEqual([]);
      expect(frontmatter?.end).toBe('1986');
    });
  });
});
