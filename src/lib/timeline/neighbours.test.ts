import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events/model.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { eventNeighbours } from './neighbours.ts';

function event(value: string): TimelineEvent {
  return sampleEvent({ id: value, date: { value, precision: 'year' }, title: value });
}

describe('eventNeighbours', () => {
  it('returns the previous and next event in date order', () => {
    const neighbours = eventNeighbours([event('2020'), event('1997'), event('2015')]);
    expect(neighbours.get('2015')?.previous?.id).toBe('1997');
    expect(neighbours.get('2015')?.next?.id).toBe('2020');
  });

  describe('edge cases', () => {
    it('returns no previous for the first event and no next for the last', () => {
      const neighbours = eventNeighbours([event('2020'), event('1997')]);
      expect(neighbours.get('1997')).toEqual({ next: expect.objectContaining({ id: '2020' }) });
      expect(neighbours.get('2020')).toEqual({ previous: expect.objectContaining({ id: '1997' }) });
    });
  });
});
