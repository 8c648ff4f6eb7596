import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events/model.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { articlesWithEvents } from './article-events.ts';

function event(id: string): TimelineEvent {
  return sampleEvent({ id });
}

describe('articlesWithEvents', () => {
  it('returns each article with its events in the order it tells them', () => {
    const [entry] = articlesWithEvents([{ eventIds: ['b', 'a'] }], [event('a'), event('b')]);
    expect(entry?.events.map((item) => item.id)).toEqual(['b', 'a']);
  });

  describe('edge cases', () => {
    it('skips an id with no event', () => {
      expect(articlesWithEvents([{ eventIds: ['gone'] }], [])[0]?.events).toEqual([]);
    });
  });
});
