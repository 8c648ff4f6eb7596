import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../../src/lib/index.ts';
import type { TimelineEvent } from '../../src/lib/index.ts';

const { events } = await buildSiteData('content');

function eventsMatching(value: RegExp | string, words: RegExp): TimelineEvent[] {
  return events.filter(
    (event) => (typeof value === 'string' ? event.date.value === value : value.test(event.date.value)) && words.test(`${event.title} ${event.summary}`),
  );
}

function actorIds(event: TimelineEvent | undefined): string[] {
  return event?.actors.map((actor) => actor.id) ?? [];
}

describe('the seed article’s events', () => {
  it('returns exactly one handover, in 1997, as background, with Britain, China and Hong Kong', () => {
    const [handover, ...others] = eventsMatching('1997', /Hong Kong/);
    expect(others).toEqual([]);
    expect(handover?.title).toBe('Britain hands Hong Kong back to China');
    expect(handover?.kind).toBe('background');
    expect(handover?.type).toBe('transfer');
    expect(actorIds(handover)).toEqual(expect.arrayContaining(['united-kingdom', 'china', 'hong-kong']));
  });

  it('returns exactly one “Golden Age”, in 2015, as background, with Cameron', () => {
    const [goldenAge, ...others] = eventsMatching('2015', /Golden Age/);
    expect(others).toEqual([]);
    expect(goldenAge?.title).toMatch(/^(?:David )?Cameron hails a “Golden Age”/u);
    expect(goldenAge?.kind).toBe('background');
    expect(actorIds(goldenAge)).toEqual(expect.arrayContaining(['david-cameron', 'united-kingdom', 'china']));
  });

  it('returns exactly one national security law, in 2020, as background', () => {
    const [law, ...others] = eventsMatching('2020', /security law/);
    expect(others).toEqual([]);
    expect(law?.title).toBe('Beijing imposes a national security law on Hong Kong');
    expect(law?.type).toBe('law');
    expect(law?.kind).toBe('background');
    expect(actorIds(law)).toEqual(expect.arrayContaining(['china', 'hong-kong']));
  });

  it('returns exactly one Lammy–Wang meeting on 2024-10-18, reported, told by both sentences', () => {
    const [meeting, ...others] = eventsMatching('2024-10-18', /Wang/);
    expect(others).toEqual([]);
    expect(meeting?.title).toMatch(/^David Lammy meets (?:with )?Wang Yi/u);
    expect(meeting?.type).toBe('meeting');
    expect(meeting?.kind).toBe('reported');
    expect(actorIds(meeting)).toEqual(expect.arrayContaining(['david-lammy', 'wang-yi']));
    expect(meeting?.sources.map((source) => source.dateText)).toEqual(['Friday', 'Friday afternoon']);
  });

  it('returns the other happenings the article reports: Ding Xuexiang, Human Rights Watch, Shanghai', () => {
    expect(eventsMatching(/^2024-/, /Ding Xuexiang/)).toHaveLength(1);
    const [call] = eventsMatching('2024-10-18', /Human Rights Watch/);
    expect(call?.kind).toBe('reported');
    expect(actorIds(call)).toEqual(expect.arrayContaining(['human-rights-watch', 'david-lammy']));
    const [shanghai] = eventsMatching(/^2024-/, /Shanghai/);
    expect(shanghai?.title).toMatch(/to meet .*Shanghai/u);
  });

  it('returns no event for “since then” or “two-day”, and nothing dated after the visit but the plan', () => {
    expect(events.some((event) => event.summary.startsWith('Much has changed since then'))).toBe(false);
    expect(events.flatMap((event) => event.sources).some((source) => source.dateText === 'two-day')).toBe(false);
    const later = events.filter((event) => (event.date.value.slice(0, 10) > '2024-10-18' && event.date.precision === 'day'));
    expect(later).toEqual([]);
  });

  describe('coded in PLOVER’s terms', () => {
    it('returns the Lammy–Wang meeting as CONSULT, verbal cooperation, from the United Kingdom to China', () => {
      const [meeting] = eventsMatching('2024-10-18', /Wang/);
      expect(meeting?.relation).toMatchObject({ type: 'CONSULT', quad: 'verbal-cooperation', actor: 'united-kingdom', recipient: 'china' });
    });

    it('returns Human Rights Watch’s call as a REQUEST from human-rights-watch to the United Kingdom', () => {
      const [call] = eventsMatching('2024-10-18', /Human Rights Watch/);
      expect(call?.relation).toMatchObject({ type: 'REQUEST', quad: 'verbal-conflict', actor: 'human-rights-watch', recipient: 'united-kingdom' });
    });

    it('returns the 2020 security law as COERCE from China to Hong Kong', () => {
      const [law] = eventsMatching(/^2020/, /security law/);
      expect(law?.relation).toMatchObject({ type: 'COERCE', quad: 'material-conflict', actor: 'china', recipient: 'hong-kong' });
    });

    it('returns no relation for Starmer taking office, a change inside one state', () => {
      const [office] = eventsMatching(/^2024-07/, /Starmer/);
      expect(office?.relation).toBeNull();
    });
  });
});
