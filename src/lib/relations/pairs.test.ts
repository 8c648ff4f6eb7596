import { describe, expect, it } from 'vitest';
import { codedEvent } from './_lib/coded-event.ts';
import { MIN_PAIR_EVENTS, pairId, relationPairs } from './pairs.ts';

describe('pairId', () => {
  it('returns the same id whichever actor acted on the other', () => {
    expect(pairId('united-kingdom', 'china')).toBe('china--united-kingdom');
    expect(pairId('china', 'united-kingdom')).toBe('china--united-kingdom');
  });
});

describe('relationPairs', () => {
  it('returns a pair with its events oldest first when it has enough coded events, in either direction', () => {
    const events = [
      codedEvent('c', '2024-10-18', 'CONSULT'),
      codedEvent('a', '1997-07-01', 'AGREE', { actor: 'china', recipient: 'united-kingdom' }),
      codedEvent('b', '2015-10-20', 'COOPERATE'),
    ];
    const [pair, ...rest] = relationPairs(events);
    expect(rest).toEqual([]);
    expect(pair?.id).toBe('china--united-kingdom');
    expect(pair?.name).toBe('China and United Kingdom');
    expect(pair?.actors).toEqual([
      { id: 'china', name: 'China' },
      { id: 'united-kingdom', name: 'United Kingdom' },
    ]);
    expect(pair?.events.map((event) => event.id)).toEqual(['a', 'b', 'c']);
  });

  it('returns no pair with fewer than MIN_PAIR_EVENTS coded events', () => {
    const events = Array.from({ length: MIN_PAIR_EVENTS - 1 }, (_, index) => codedEvent(`e${index}`, '2024-10-18', 'CONSULT'));
    expect(relationPairs([...events, codedEvent('uncoded', '2024-10-19', null)])).toEqual([]);
  });

  it('returns the busiest pair first and names an actor no event names by its id', () => {
    const events = [
      ...['a', 'b', 'c', 'd'].map((id) => codedEvent(id, '2024-10-18', 'CONSULT', { recipient: 'european-union' })),
      ...['e', 'f', 'g'].map((id) => codedEvent(id, '2024-10-18', 'ACCUSE')),
    ];
    expect(relationPairs(events).map((pair) => [pair.id, pair.actors.map((actor) => actor.name)])).toEqual([
      ['european-union--united-kingdom', ['european-union', 'United Kingdom']],
      ['china--united-kingdom', ['China', 'United Kingdom']],
    ]);
  });

  describe('edge cases', () => {
    it('makes no pair of an actor acting on itself', () => {
      const events = ['a', 'b', 'c'].map((id) => codedEvent(id, '2024-10-18', 'CONSULT', { recipient: 'united-kingdom' }));
      expect(relationPairs(events)).toEqual([]);
    });
  });
});
