import { describe, expect, it } from 'vitest';
import type { Actor, EventKind, EventType, TimelineEvent } from '../events/model.ts';
import { sampleEvent } from '../export/_lib/sample-event.ts';
import { codedEvent } from '../relations/_lib/coded-event.ts';
import type { PloverType } from '../vocabulary.ts';
import { facetLabel, timelineFacets } from './facets.ts';

const LAMMY: Actor = { id: 'david-lammy', name: 'David Lammy', kind: 'person' };
const WANG: Actor = { id: 'wang-yi', name: 'Wang Yi', kind: 'person' };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'country' };

function event(value: string, actors: Actor[], type: EventType = 'other', kind: EventKind = 'reported'): TimelineEvent {
  return sampleEvent({ id: `${value}-${type}`, date: { value, precision: 'year' }, title: value, actors, type, kind });
}

describe('timelineFacets', () => {
  it('returns every actor with its events, most active first and each list oldest first', () => {
    const facets = timelineFacets([event('2024', [LAMMY, WANG]), event('2015', [CHINA, LAMMY]), event('2020', [CHINA])]);
    expect(facets.actors.map((facet) => [facet.label, facet.events.map((item) => item.date.value)])).toEqual([
      ['China', ['2015', '2020']],
      ['David Lammy', ['2015', '2024']],
      ['Wang Yi', ['2024']],
    ]);
    expect(facets.actors[2]?.actor).toEqual(WANG);
  });

  it('returns types by frequency and kinds with reported news first', () => {
    const facets = timelineFacets([
      event('1997', [], 'transfer', 'background'),
      event('2024', [], 'meeting'),
      event('2023', [], 'meeting', 'background'),
    ]);
    expect(facets.types.map((facet) => [facet.id, facet.label, facet.events.length])).toEqual([
      ['meeting', 'Meeting', 2],
      ['transfer', 'Transfer', 1],
    ]);
    expect(facets.kinds.map((facet) => [facet.label, facet.events.length])).toEqual([
      ['Reported', 1],
      ['Background', 2],
    ]);
  });

  it('returns the quad classes and PLOVER types of the coded events, in PLOVER’s order', () => {
    const coded = (id: string, type: PloverType | null) => codedEvent(id, '2024-10-18', type);
    const facets = timelineFacets([coded('a', 'ACCUSE'), coded('b', 'CONSULT'), coded('c', null), coded('d', 'AGREE')]);
    expect(facets.quads.map((facet) => [facet.id, facet.label, facet.events.length])).toEqual([
      ['verbal-cooperation', 'Verbal cooperation', 2],
      ['verbal-conflict', 'Verbal conflict', 1],
    ]);
    expect(facets.plovers.map((facet) => [facet.id, facet.label])).toEqual([
      ['AGREE', 'Agree'],
      ['CONSULT', 'Consult'],
      ['ACCUSE', 'Accuse'],
    ]);
  });

  describe('edge cases', () => {
    it('returns empty facets for no events', () => {
      expect(timelineFacets([])).toEqual({ actors: [], types: [], kinds: [], quads: [], plovers: [] });
    });
  });
});

describe('facetLabel', () => {
  it('returns the word capitalised', () => {
    expect(facetLabel('background')).toBe('Background');
  });

  it('returns a quad class or PLOVER type as words, in sentence case', () => {
    expect(facetLabel('material-conflict')).toBe('Material conflict');
    expect(facetLabel('SANCTION')).toBe('Sanction');
  });
});
