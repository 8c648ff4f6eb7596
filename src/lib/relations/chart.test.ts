import { describe, expect, it } from 'vitest';
import type { Era } from '../knowledge/load.ts';
import { codedEvent } from './_lib/coded-event.ts';
import { listPages } from '../timeline/period-pages.ts';
import type { EventsListPage } from '../timeline/period-pages.ts';
import { MAX_MONTHLY_YEARS, MONTHLY_ABOVE_EVENTS_A_YEAR, ROW_EVENTS, chartBinSize, chartRows, relationChart } from './chart.ts';

const GOLDEN_ERA: Era = { id: 'golden-era', title: 'Golden Era', start: '2015', end: '2018', text: '' };

/** `count` events in 2024, one a month round the year. */
function denseYear(count: number) {
  return Array.from({ length: count }, (_, index) => codedEvent(`e${index}`, `2024-${String((index % 12) + 1).padStart(2, '0')}-01`, 'CONSULT'));
}

describe('relationChart', () => {
  it('returns one bar per year with events, stacking cooperation above the axis and conflict below', () => {
    const chart = relationChart([
      codedEvent('a', '2015-10-20', 'CONSULT', { intensity: 1 }),
      codedEvent('b', '2015-10-21', 'COOPERATE', { intensity: 6 }),
      codedEvent('c', '2015-11-01', 'ACCUSE', { intensity: -2 }),
      codedEvent('d', '2017-01-01', 'SANCTION', { intensity: -8 }),
    ]);
    expect(chart.binSize).toBe('year');
    expect(chart.bars.map((bar) => [bar.key, bar.net, bar.events.map((event) => event.id)])).toEqual([
      ['2015', 5, ['a', 'b', 'c']],
      ['2017', -8, ['d']],
    ]);
    const [first] = chart.bars;
    const [verbal, material, conflict] = first!.segments;
    expect(first!.segments.map((segment) => [segment.quad, segment.count])).toEqual([
      ['verbal-cooperation', 1],
      ['material-cooperation', 1],
      ['verbal-conflict', 1],
    ]);
    expect(verbal!.y + verbal!.height).toBe(chart.axisY);
    expect(material!.y + material!.height).toBe(verbal!.y);
    expect(conflict!.y).toBe(chart.axisY);
    expect(chart.countScale).toBe(2);
    expect(chart.countLabels).toEqual([
      { y: chart.plotTop, label: '2' },
      { y: chart.axisY, label: '0' },
      { y: chart.plotBottom, label: '2' },
    ]);
    expect(chart.netScale).toBe(8);
  });

  it('returns bins without gaps between the first event and the last, so silences take room', () => {
    const chart = relationChart([codedEvent('a', '2010-01-01', 'CONSULT'), codedEvent('b', '2019-01-01', 'CONSULT')]);
    const [first, last] = chart.bars;
    expect(last!.x - first!.x).toBeCloseTo(9 * (chart.plotRight - chart.plotLeft) / 10, 0);
    // One point of the net line per bin, empty ones at zero.
    expect(chart.netPath.match(/[ML]/gu)).toHaveLength(10);
  });

  it('returns era bands clipped to the chart, with labels that stay inside it', () => {
    const chart = relationChart([codedEvent('a', '2010-01-01', 'CONSULT'), codedEvent('b', '2016-01-01', 'CONSULT')], { eras: [GOLDEN_ERA] });
    const [band] = chart.eras;
    expect(band?.title).toBe('Golden Era');
    expect(band!.x).toBeCloseTo(chart.plotLeft + (5 * (chart.plotRight - chart.plotLeft)) / 7, 0);
    expect(band!.x + band!.width).toBeCloseTo(chart.plotRight, 0);
    expect(band?.labelAnchor).toBe('end');
  });

  it('returns monthly bars when a year has more than MONTHLY_ABOVE_EVENTS_A_YEAR events', () => {
    const chart = relationChart(denseYear(MONTHLY_ABOVE_EVENTS_A_YEAR + 1));
    expect(chart.binSize).toBe('month');
    expect(chart.bars[0]).toMatchObject({ key: '2024-01', label: 'January 2024', anchor: 'p2024-01' });
    expect(chart.bars[0]?.events).toHaveLength(2);
    expect(chart.ticks.map((tick) => tick.label)).toEqual(['2024']);
  });

  describe('edge cases', () => {
    it('leaves out of the bars an event whose date spans more than one bin', () => {
      const decade = { ...codedEvent('decade', '2010', 'CONSULT'), date: { value: '201X', precision: 'decade' as const } };
      const chart = relationChart([decade, codedEvent('a', '2015-01-01', 'CONSULT')]);
      expect(chart.bars.map((bar) => bar.key)).toEqual(['2015']);
      expect(chart.unbinned.map((event) => event.id)).toEqual(['decade']);
    });

    it('returns an empty chart for no events', () => {
      expect(relationChart([])).toMatchObject({ bars: [], netPath: '', eras: [], ticks: [] });
    });
  });
});

describe('chartBinSize', () => {
  it('returns year for events as sparse as one a month', () => {
    expect(chartBinSize(denseYear(MONTHLY_ABOVE_EVENTS_A_YEAR))).toBe('year');
  });

  it('returns year for dense events over more than MAX_MONTHLY_YEARS years', () => {
    const events = [...denseYear(MONTHLY_ABOVE_EVENTS_A_YEAR + 1), codedEvent('old', `${2024 - MAX_MONTHLY_YEARS}-01-01`, 'CONSULT')];
    expect(chartBinSize(events)).toBe('year');
  });
});

/** The pages of events of a relationship's list (see `listPages`), without its first page of counts. */
function listedPages(events: Parameters<typeof listPages>[0], order: 'oldest' | 'newest', size: number): EventsListPage[] {
  return listPages(events, { order, size, latest: 5 }).filter((view): view is EventsListPage => 'page' in view);
}

describe('chartRows', () => {
  it('names ROW_EVENTS of a bar’s events in the list’s order, and links the rest to the page that shows the first of them', () => {
    // Eleven events in 2024 and one in 2023, listed newest first, two to a page: each year on pages of its own.
    const events = [...denseYear(11), codedEvent('old', '2023-06-01', 'CONSULT')];
    const pages = listedPages(events, 'newest', 2);
    const [row2023, row2024] = chartRows(relationChart(events), pages);
    expect(row2024?.shown.map((event) => event.id)).toEqual(['e10', 'e9', 'e8', 'e7', 'e6'].slice(0, ROW_EVENTS));
    expect([row2024?.more, row2024?.rest]).toEqual([11 - ROW_EVENTS, { page: '2024', eventId: 'e10' }]);
    // Three to a page, the list is paged in order (see listPages): the rest are on its first page.
    expect(chartRows(relationChart(events), listedPages(events, 'newest', 3))[1]?.rest).toEqual({ page: undefined, eventId: 'e10' });
    expect(row2023).toEqual({ shown: [events.at(-1)], more: 0 });
  });

  it('names each bar’s events whatever the size of the relationship: a row stays the same size', () => {
    const events = denseYear(600);
    const pages = listedPages(events, 'oldest', 100);
    const rows = chartRows(relationChart(events), pages);
    expect(rows.map((row) => row.shown.length)).toEqual(rows.map(() => ROW_EVENTS));
    // Twelve monthly bars of 50 events: each links to the page of 2024 that holds its first.
    const listed = pages.flatMap(({ param, page }) => page.items.map((event) => ({ id: event.id, param })));
    expect(rows.map((row) => row.rest)).toEqual(rows.map((row) => ({ eventId: row.shown[0]?.id, page: listed.find((item) => item.id === row.shown[0]?.id)?.param })));
    expect(new Set(rows.map((row) => row.rest?.page))).toEqual(new Set(['2024', '2024/2', '2024/3', '2024/4', '2024/5', '2024/6']));
  });
});
