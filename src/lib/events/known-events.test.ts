import { describe, expect, it } from 'vitest';
import type { KnownEvent } from '../knowledge/load.ts';
import { createGazetteer } from './gazetteer.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import type { ArticleAnalysis } from './analyse.ts';
import { createKnownEventMatcher, withKnownEventEnds } from './known-events.ts';
import type { EventDate } from './model.ts';

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

describe('withKnownEventEnds', () => {
  const NIXON_VISIT: KnownEvent = {
    id: 'nixon-visit',
    title: 'Nixon visits China',
    date: '1972-02-21',
    end: '1972-02-28',
    aliases: ['Nixon’s visit to China'],
    actors: ['Richard Nixon', 'China'],
  };

  function analysis(...dates: Array<[EventDate, string | undefined]>): ArticleAnalysis {
    const candidates = dates.map(([date, knownEventId]) => {
      const { id: _id, ...event } = sampleEvent({ date });
      return knownEventId === undefined ? event : { ...event, knownEventId };
    });
    return { articleId: 'a', mentions: [], candidates, outcomes: [] };
  }

  it('returns a telling of a known event at its known date with the editors’ end', () => {
    const { candidates } = withKnownEventEnds(analysis([{ value: '1972-02-21', precision: 'day' }, 'nixon-visit']), [NIXON_VISIT]);
    expect(candidates[0]?.date).toEqual({ value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' });
  });

  it('returns other events and tellings at another date unchanged', () => {
    const told = analysis([{ value: '1972', precision: 'year' }, 'nixon-visit'], [{ value: '1972-02-21', precision: 'day' }, undefined]);
    expect(withKnownEventEnds(told, [NIXON_VISIT]).candidates).toEqual(told.candidates);
  });

  describe('edge cases', () => {
    it('returns the analysis unchanged when the known event has no end', () => {
      const told = analysis([{ value: '1997-07-01', precision: 'day' }, 'hong-kong-handover']);
      expect(withKnownEventEnds(told, [HANDOVER]).candidates).toEqual(told.candidates);
    });
  });
});
