import { describe, expect, it } from 'vitest';
import type { Era } from '../knowledge/load.ts';
import { codedEvent } from '../relations/_lib/coded-event.ts';
import { MAX_STRIP_COLUMNS, MAX_YEAR_LINKS, timeStrip } from './time-strip.ts';

const BRITISH_RULE: Era = { id: 'hong-kong-british-rule', title: 'Hong Kong under British rule', start: '1841', end: '1997', text: '' };

describe('timeStrip', () => {
  it('returns one column per year on a proportional axis, with the timeline’s anchors', () => {
    const strip = timeStrip([codedEvent('a', '1990-01-01', 'CONSULT'), codedEvent('b', '1999-01-01', 'ACCUSE'), codedEvent('c', '1999-02-01', null)]);
    expect(strip.years.map((year) => [year.anchor, year.x / strip.yearWidth, year.label])).toEqual([
      ['y1990', 0, '1990: 1 event'],
      ['y1999', 9, '1999: 2 events'],
    ]);
    expect(strip.width).toBeGreaterThan(10 * strip.yearWidth);
  });

  it('returns one path per class with events, stacked on the baseline, the busiest year the tallest', () => {
    const strip = timeStrip([
      codedEvent('a', '1990-01-01', 'CONSULT'),
      codedEvent('b', '1999-01-01', 'CONSULT'),
      codedEvent('c', '1999-02-01', 'SANCTION'),
      codedEvent('d', '1999-03-01', null),
    ]);
    expect(strip.marks.map((mark) => mark.quad)).toEqual(['verbal-cooperation', 'material-conflict', 'none']);
    const heights = strip.marks.flatMap((mark) => [...mark.path.matchAll(/M[\d.]+ (\d+)V(\d+)/gu)].map(([, bottom, top]) => Number(bottom) - Number(top)));
    // 1990's single event, then 1999's three, which together stand full height.
    expect(heights[0]).toBeLessThan(heights[1]! + heights[2]! + heights[3]!);
    expect(heights[1]! + heights[2]! + heights[3]!).toBe(36);
    expect(strip.marks[0]?.path.startsWith(`M${strip.markWidth / 2} ${strip.baseline}V`)).toBe(true);
  });

  it('returns decades to jump to, saying which have events, and eras clipped to the years shown', () => {
    const strip = timeStrip([codedEvent('a', '1985-01-01', 'CONSULT'), codedEvent('b', '2004-01-01', 'CONSULT')], { eras: [BRITISH_RULE] });
    expect(strip.decades.map((decade) => [decade.label, decade.anchor, decade.hasEvents])).toEqual([
      ['1980s', 'd1980', true],
      ['1990s', 'd1990', false],
      ['2000s', 'd2000', true],
    ]);
    expect(strip.showDecades).toBe(true);
    expect(strip.eras).toEqual([{ title: 'Hong Kong under British rule', x: 0, width: 13 * strip.yearWidth }]);
  });

  describe('edge cases', () => {
    it('counts events dated only to a decade as unplaced', () => {
      const decade = { ...codedEvent('decade', '1990', 'CONSULT'), date: { value: '199X', precision: 'decade' as const } };
      const strip = timeStrip([decade, codedEvent('a', '1997-07-01', 'CONSULT')]);
      expect(strip.years.map((year) => year.year)).toEqual([1997]);
      expect(strip.unplaced).toBe(1);
    });

    it('puts several years in a column over a span longer than MAX_STRIP_COLUMNS years', () => {
      const years = 3 * MAX_STRIP_COLUMNS;
      const events = Array.from({ length: years }, (_, index) => codedEvent(`e${index}`, `${1700 + index}-01-01`, index % 2 === 0 ? null : 'CONSULT'));
      const strokes = timeStrip(events).marks.flatMap((mark) => mark.path.match(/M/gu) ?? []);
      // Each column of three years holds both classes.
      expect(strokes).toHaveLength(2 * MAX_STRIP_COLUMNS);
    });

    it('links decades rather than years when more than MAX_YEAR_LINKS years have events', () => {
      const events = Array.from({ length: MAX_YEAR_LINKS + 1 }, (_, index) => codedEvent(`e${index}`, `${1900 + index}-01-01`, 'CONSULT'));
      const strip = timeStrip(events);
      expect(strip.years).toEqual([]);
      expect(strip).toMatchObject({ from: 1900, to: 1900 + MAX_YEAR_LINKS, yearsWithEvents: MAX_YEAR_LINKS + 1 });
      expect(strip.decades.map((decade) => [decade.anchor, Math.round(decade.width / strip.yearWidth)])).toEqual([
        ['d1900', 10],
        ['d1910', 10],
        ['d1920', 10],
        ['d1930', 10],
        ['d1940', 10],
        ['d1950', 1],
      ]);
    });

    it('returns an empty strip for no events', () => {
      expect(timeStrip([])).toMatchObject({ yearsWithEvents: 0, years: [], marks: [], decades: [], eras: [] });
    });
  });
});
