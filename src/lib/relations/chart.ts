import { dayInterval } from '../dates/interval.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { Era } from '../knowledge/load.ts';
import { formatEventDate } from '../timeline/format-date.ts';
import type { ListPage } from '../timeline/paginate.ts';
import { labelStep, roundCoordinate } from '../timeline/axis.ts';
import { QUAD_CLASSES } from '../vocabulary.ts';
import type { QuadClass } from '../vocabulary.ts';

/**
 * A chart is drawn by month when some year has more than this many events dated within a month:
 * more than one a month on average, where yearly bars would hide the rhythm of the talks.
 */
export const MONTHLY_ABOVE_EVENTS_A_YEAR = 12;
/** …and only over at most this many years, so monthly bars stay wide enough to see and to click. */
export const MAX_MONTHLY_YEARS = 10;

/** Quad classes drawn above the axis, nearest it first, then those drawn below it. */
const ABOVE: readonly QuadClass[] = ['verbal-cooperation', 'material-cooperation'];
const BELOW: readonly QuadClass[] = ['verbal-conflict', 'material-conflict'];

/** The chart's viewBox, in user units; the page scales it to its width. */
const WIDTH = 720;
const HEIGHT = 260;
/** The left margin holds the count scale's labels, the top one the eras' names, the bottom one the years. */
const MARGIN = { top: 22, right: 8, bottom: 22, left: 28 } as const;
/** The space between two bars, as a share of a bin's width. */
const BAR_GAP = 0.2;
const MAX_TICK_LABELS = 10;

export type BinSize = 'year' | 'month';

export interface ChartSegment {
  quad: QuadClass;
  count: number;
  y: number;
  height: number;
}

/** One bin with events: a stacked bar, the events it counts, and its row of the data table. */
export interface ChartBar {
  /** `2024` or `2024-10`, a TIMEX3 value. */
  key: string;
  /** `2024` or `October 2024`. */
  label: string;
  /** The fragment id of the bin's row in the data table: `p2024`, `p2024-10`. */
  anchor: string;
  x: number;
  width: number;
  /** Nonempty segments, cooperation (above the axis) first. */
  segments: ChartSegment[];
  counts: Readonly<Record<QuadClass, number>>;
  /** The sum of the events' intensities (−10 … +10 each): warmer above zero, colder below. */
  net: number;
  events: TimelineEvent[];
}

export interface ChartBand {
  title: string;
  x: number;
  width: number;
  /** Where the band's label sits, and from which end it is anchored so it stays in the chart. */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export interface ChartTick {
  x: number;
  label: string;
}

/** A label of the count scale, right-aligned left of the plot: the largest stack, above and below, and zero. */
export interface ChartCountLabel {
  y: number;
  label: string;
}

/** A relationship's chart as plain geometry, in a `width` × `height` viewBox, for a page to print. */
export interface RelationChart {
  binSize: BinSize;
  width: number;
  height: number;
  /** The zero line: cooperation is drawn above it, conflict below. */
  axisY: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  /** The bins that have events, oldest first; empty bins are the gaps between them. */
  bars: ChartBar[];
  /** The net intensity per bin (zero where nothing happened) as an SVG path, scaled to its own largest value. */
  netPath: string;
  /** The largest net intensity of a bin, either side of zero, which the line's scale reaches. */
  netScale: number;
  /** The largest number of events stacked on one side of the axis. */
  countScale: number;
  countLabels: ChartCountLabel[];
  eras: ChartBand[];
  ticks: ChartTick[];
  /** Events whose date does not fit in one bin ("the 1990s" on a yearly chart): in no bar. */
  unbinned: TimelineEvent[];
}

/** The bin a calendar value lies wholly within, or `undefined` when it spans more than one. */
function binOf(value: string, size: BinSize): string | undefined {
  const interval = dayInterval(value);
  if (interval === undefined) return undefined;
  const length = size === 'year' ? 4 : 7;
  const start = interval.start.slice(0, length);
  return start === interval.end.slice(0, length) ? start : undefined;
}

/** A bin's position on the axis, counted in bins from year 0. */
function binIndex(key: string, size: BinSize): number {
  const year = Number(key.slice(0, 4));
  return size === 'year' ? year : year * 12 + Number(key.slice(5, 7)) - 1;
}

/**
 * Monthly bins when the events are dense (see `MONTHLY_ABOVE_EVENTS_A_YEAR`), yearly otherwise.
 *
 * @example
 * const days = (count) => Array.from({ length: count }, (_, index) => sampleEvent({ id: `e${index}`, date: { value: `2024-0${1 + (index % 9)}-01`, precision: 'day' } }))
 * chartBinSize(days(12)) //=> 'year'
 * chartBinSize(days(13)) //=> 'month'
 */
export function chartBinSize(events: readonly TimelineEvent[]): BinSize {
  const perYear = new Map<string, number>();
  for (const event of events) {
    const month = binOf(event.date.value, 'month');
    if (month !== undefined) perYear.set(month.slice(0, 4), (perYear.get(month.slice(0, 4)) ?? 0) + 1);
  }
  const years = [...perYear.keys()].map(Number);
  if (years.length === 0) return 'year';
  const span = Math.max(...years) - Math.min(...years) + 1;
  return span <= MAX_MONTHLY_YEARS && Math.max(...perYear.values()) > MONTHLY_ABOVE_EVENTS_A_YEAR ? 'month' : 'year';
}

function emptyCounts(): Record<QuadClass, number> {
  return Object.fromEntries(QUAD_CLASSES.map((quad) => [quad, 0])) as Record<QuadClass, number>;
}

/**
 * A relationship's events as a chart: one bin per year (or per month when dense), each with its
 * events stacked by quad class, cooperation above the axis and conflict below, a line of the net
 * intensity, and the eras as bands behind. Bins run without gaps from the first event to the
 * last, so a long silence is a long empty stretch.
 *
 * @example
 * const events = ['1997-07-01', '2015-10-20', '2024-10-18'].map((value) => sampleEvent({ id: value, date: { value, precision: 'day' } }))
 * const chart = relationChart(events)
 * chart.bars.map((bar) => [bar.key, bar.anchor, bar.counts['verbal-cooperation'], bar.net]) //=> [['1997', 'p1997', 1, 1], ['2015', 'p2015', 1, 1], ['2024', 'p2024', 1, 1]]
 * chart.ticks.map((tick) => tick.label) //=> ['2000', '2005', '2010', '2015', '2020']
 */
export function relationChart(events: readonly TimelineEvent[], options: { eras?: readonly Era[] } = {}): RelationChart {
  const binSize = chartBinSize(events);
  const plotLeft = MARGIN.left;
  const plotRight = WIDTH - MARGIN.right;
  const plotTop = MARGIN.top;
  const plotBottom = HEIGHT - MARGIN.bottom;
  const axisY = (plotTop + plotBottom) / 2;
  const half = (plotBottom - plotTop) / 2;

  const byBin = new Map<string, TimelineEvent[]>();
  const unbinned: TimelineEvent[] = [];
  for (const event of events) {
    const key = event.relation === null ? undefined : binOf(event.date.value, binSize);
    if (key === undefined) {
      unbinned.push(event);
      continue;
    }
    const group = byBin.get(key);
    if (group) group.push(event);
    else byBin.set(key, [event]);
  }
  const indexes = [...byBin.keys()].map((key) => binIndex(key, binSize));
  const first = indexes.length > 0 ? Math.min(...indexes) : 0;
  const last = indexes.length > 0 ? Math.max(...indexes) : 0;
  const binWidth = (plotRight - plotLeft) / (last - first + 1);
  const xOf = (index: number): number => plotLeft + (index - first) * binWidth;

  const bins = [...byBin]
    .map(([key, grouped]) => {
      const counts = emptyCounts();
      let net = 0;
      for (const event of grouped) {
        // Binned events are coded: `binOf` was only asked for those.
        counts[event.relation!.quad] += 1;
        net += event.relation!.intensity;
      }
      // Intensities have one decimal; the sum keeps one, without floating-point dust.
      return { key, index: binIndex(key, binSize), counts, net: Math.round(net * 10) / 10, events: grouped };
    })
    .sort((a, b) => a.index - b.index);
  const countScale = Math.max(1, ...bins.flatMap(({ counts }) => [ABOVE, BELOW].map((side) => side.reduce((sum, quad) => sum + counts[quad], 0))));
  const netScale = Math.max(1, ...bins.map(({ net }) => Math.abs(net)));
  const unit = half / countScale;

  const bars = bins.map(({ key, index, counts, net, events: grouped }): ChartBar => {
    const segments: ChartSegment[] = [];
    for (const [side, sign] of [[ABOVE, -1], [BELOW, 1]] as const) {
      let offset = 0;
      for (const quad of side) {
        if (counts[quad] === 0) continue;
        const height = counts[quad] * unit;
        const y = sign < 0 ? axisY - offset - height : axisY + offset;
        segments.push({ quad, count: counts[quad], y: roundCoordinate(y), height: roundCoordinate(height) });
        offset += height;
      }
    }
    return {
      key,
      label: formatEventDate(key),
      anchor: `p${key}`,
      x: roundCoordinate(xOf(index) + (binWidth * BAR_GAP) / 2),
      width: roundCoordinate(binWidth * (1 - BAR_GAP)),
      segments,
      counts,
      net,
      events: grouped,
    };
  });

  const netByIndex = new Map(bins.map(({ index, net }) => [index, net]));
  const points: string[] = [];
  for (let index = first; index <= last && bins.length > 0; index += 1) {
    const x = roundCoordinate(xOf(index) + binWidth / 2);
    const y = roundCoordinate(axisY - ((netByIndex.get(index) ?? 0) / netScale) * half);
    points.push(`${points.length === 0 ? 'M' : 'L'}${x} ${y}`);
  }

  return {
    binSize,
    width: WIDTH,
    height: HEIGHT,
    axisY,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    bars,
    netPath: points.join(''),
    netScale,
    countScale,
    countLabels: [
      { y: plotTop, label: String(countScale) },
      { y: axisY, label: '0' },
      { y: plotBottom, label: String(countScale) },
    ],
    eras: bins.length === 0 ? [] : eraBands(options.eras ?? [], binSize, first, last, xOf, binWidth),
    ticks: bins.length === 0 ? [] : ticks(binSize, first, last, xOf, binWidth),
    unbinned,
  };
}

/** The eras that overlap the chart's bins, clipped to them. */
function eraBands(
  eras: readonly Era[],
  size: BinSize,
  first: number,
  last: number,
  xOf: (index: number) => number,
  binWidth: number,
): ChartBand[] {
  const length = size === 'year' ? 4 : 7;
  const middle = (xOf(first) + xOf(last + 1)) / 2;
  return eras.flatMap((era) => {
    const start = dayInterval(era.start)?.start;
    const end = dayInterval(era.end)?.end;
    if (start === undefined || end === undefined) return [];
    const from = Math.max(first, binIndex(start.slice(0, length), size));
    const to = Math.min(last, binIndex(end.slice(0, length), size));
    if (from > to) return [];
    const x = xOf(from);
    const right = xOf(to) + binWidth;
    const labelAnchor = x <= middle ? 'start' : 'end';
    return [
      {
        title: era.title,
        x: roundCoordinate(x),
        width: roundCoordinate(right - x),
        labelX: roundCoordinate(labelAnchor === 'start' ? x + 3 : right - 3),
        labelAnchor,
      },
    ];
  });
}

/** Labelled years along the axis, at a step that keeps them apart; at the start of their bin. */
function ticks(size: BinSize, first: number, last: number, xOf: (index: number) => number, binWidth: number): ChartTick[] {
  const perYear = size === 'year' ? 1 : 12;
  const firstYear = Math.floor(first / perYear);
  const lastYear = Math.floor(last / perYear);
  const step = labelStep(lastYear - firstYear + 1, MAX_TICK_LABELS);
  const result: ChartTick[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    const index = year * perYear;
    if (index < first) continue;
    result.push({ x: roundCoordinate(xOf(index) + (size === 'year' ? binWidth / 2 : 0)), label: String(year) });
  }
  return result;
}

/**
 * How many of a bar's events its row of the data table names; the rest are one link to where the
 * relationship's list of events shows them. Naming them all, on every page of the relationship,
 * made its pages grow with its events (at 20,000 synthetic articles a pair had thousands, a page
 * 50 ms to render).
 */
export const ROW_EVENTS = 5;

/** A row of a chart's data table: the events it names, and where the list shows the rest. */
export interface ChartRow {
  shown: TimelineEvent[];
  /** How many of the bar's events are not named. */
  more: number;
  /**
   * The page of the list that shows the bar's first event (its `param`, none for the list's first
   * page), and that event's id, for a link to it; absent when the bar's events are all named.
   */
  rest?: { page: string | undefined; eventId: string };
}

/** A page of a relationship's list of events, as `listPages` makes them. */
export interface ListedPage {
  param: string | undefined;
  page: Pick<ListPage<TimelineEvent>, 'items'>;
}

/**
 * The rows of a chart's data table, one per bar, for a relationship listed in `pages` (in the list's
 * order): each names ROW_EVENTS of its bar's events, in the list's order, and links the rest to the
 * page that shows the first.
 *
 * @example
 * const events = ['2001-01-01', '2001-02-01', '2001-03-01', '2001-04-01', '2001-05-01', '2001-06-01', '2002-01-01'].map((value) => sampleEvent({ id: value, date: { value, precision: 'day' } }))
 * const pages = [{ param: '2001', page: { items: events.slice(0, 6) } }, { param: '2002', page: { items: events.slice(6) } }]
 * chartRows(relationChart(events), pages).map((row) => [row.shown.length, row.more, row.rest]) //=> [[5, 1, { page: '2001', eventId: '2001-01-01' }], [1, 0, undefined]]
 */
export function chartRows(chart: RelationChart, pages: readonly ListedPage[]): ChartRow[] {
  const listed = new Map<TimelineEvent, { page: number; place: number }>();
  pages.forEach(({ page }, index) => {
    for (const [place, event] of page.items.entries()) listed.set(event, { page: index, place });
  });
  return chart.bars.map((bar) => {
    const inOrder = bar.events
      .map((event) => ({ event, at: listed.get(event) ?? { page: Number.POSITIVE_INFINITY, place: 0 } }))
      .sort((a, b) => a.at.page - b.at.page || a.at.place - b.at.place);
    const shown = inOrder.slice(0, ROW_EVENTS).map(({ event }) => event);
    const [first] = inOrder;
    const more = bar.events.length - shown.length;
    return more === 0 || first === undefined ? { shown, more } : { shown, more, rest: { page: pages[first.at.page]?.param, eventId: first.event.id } };
  });
}
