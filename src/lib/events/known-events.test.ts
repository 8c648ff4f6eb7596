import { describe, expect, it } from 'vitest';
import type { KnownEvent } from '../knowledge/load.ts';
import { createGazetteer } from './gazetteer.ts';
import { createKnownEventMatcher } from './known-events.ts';

const HANDOVER: KnownEvent = {
  id: 'hong-kong-handover',
  title: 'Britain hands Hong Kong back to China',
  date: '1997-07-01',
  aliases: ['the handover', 'the Hong Kong handover', "Hong Kong's return to China"],
  actors: ['United Kingdom', 'China', 'Hong Kong'],
};

const matcher = createKnownEventMatcher([HANDOVER], createGazetteer([]));

describe('createKnownEventMatcher', () => {
  it('returns the known event a sentence names by an alias, with its span', () => {
    const sentence = 'Ties have cooled since the handover.';
    const [mention] = matcher.find(sentence);
    expect(mention?.knownEvent.id).toBe('hong-kong-handover');
    expect(sentence.slice(mention!.start, mention!.end)).toBe('the handover');
  });

  it('returns the longest alias that matches', () => {
    const sentence = 'Crowds marked the Hong Kong handover.';
    const [mention] = matcher.find(sentence);
    expect(sentence.slice(mention!.start, mention!.end)).toBe('the Hong Kong handover');
  });

  it('returns a match whatever the case and apostrophe', () => {
    expect(matcher.find('Since Hong Kong’s Return to China, much changed.')).toHaveLength(1);
  });

  it('returns the known event’s actors resolved through the gazetteer', () => {
    expect(matcher.find('After the handover.')[0]?.actors.map((actor) => actor.id)).toEqual(['united-kingdom', 'china', 'hong-kong']);
  });

  describe('edge cases', () => {
    it('returns nothing for an alias inside a longer word', () => {
      expect(matcher.find('They discussed the handovers of power.')).toEqual([]);
    });

    it('returns nothing when there are no known events', () => {
      expect(createKnownEventMatcher([], createGazetteer([])).find('the handover')).toEqual([]);
    });
  });
});
