import { dayInterval } from '../dates/interval.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { Era } from '../knowledge/load.ts';
import { QUAD_CLASSES } from '../vocabulary.ts';
import type { QuadClass } from '../vocabulary.ts';
import { labelStep, roundCoordinate } from './axis.ts';
import { countOf } from './describe.ts';
import { groupTimeline } from './group.ts';

/** A mark's colour: its quad class, or `none` for an event not coded as a relation. */
export type StripClass = QuadClass | 'none';
export const STRIP_CLASSES: readonly StripClass[] = [...QUAD_CLASSES, 'none'];

/** The strip's room for marks across, in user units: the same for every span, so its labels keep their size. */
const MARKS_WIDTH = 720;
const MARK_HEIGHT = 36;
/** Above the marks: room for the era bands' top; below: the decade labels. */
const TOP = 4;
const LABELS_HEIGHT = 16;
/** Room after the last year, so its decade's label is not cut. */
const RIGHT = 36;
const MAX_DECADE_LABELS = 12;
/**
 * Bounds that keep the strip's SVG under 15 KB however many events there are: at most this many
 * columns of marks (a long span puts several years in a column)…
 */
export const MAX_STRIP_COLUMNS = 100;
/** …and a link per year only while at most this many years have events; beyond, the decades are the links. */
export const MAX_YEAR_LINKS = 50;

/** One year with events: the link's target and what it says. */
export interface StripYear {
  year: number;
  /** The year's fragment id on the timeline (`y1997`), as `groupTimeline` gives it. */
  anchor: string;
  x: number;
  /** "1997: 3 events". */
  label: string;
}

export interface StripDecade {
  /** "1990s". */
  label: string;
  /** The decade's fragment id on the timeline (`d1990`), as `groupTimeline` gives it. */
  anchor: string;
  x: number;
  /** The years up to the next labelled decade, the link's target area when years are not links. */
  width: number;
  /** Whether the decade has events, and so a heading to jump to. */
  hasEvents: boolean;
}

/**
 * The whole span of a timeline at a glance, as plain geometry: columns of a year (or of a few
 * years, over a long span) on a proportional axis, their events as a stack of marks coloured by
 * quad class, eras as bands behind, and the years or decades to jump to. Marks are drawn as one
 * path per class (a vertical stroke per column), so the SVG stays small.
 */
export interface TimeStrip {
  /** The first and last years with events, and how many years have events; `yearsWithEvents` is 0 for an empty strip. */
  from: number;
  to: number;
  yearsWithEvents: number;
  width: number;
  height: number;
  /** The width of one year: a year's link is this wide. */
  yearWidth: number;
  /** Every mark is a stroke this wide: a column, less a gap when there is room. */
  markWidth: number;
  /** The baseline the marks stand on. */
  baseline: number;
  /** Each class with its path of strokes; classes without events are left out. */
  marks: Array<{ quad: StripClass; path: string }>;
  /** The years with events, each a link; none when more than `MAX_YEAR_LINKS` years have events. */
  years: StripYear[];
  decades: StripDecade[];
  /** Whether the timeline shows decade headings, which the decades link to. */
  showDecades: boolean;
  eras: Array<{ title: string; x: number; width: number }>;
  /** Events dated only to a decade or a century: on the timeline, but in no column of the strip. */
  unplaced: number;
}

/**
 * The time strip of a set of events, over the years from the first to the last.
 *
 * @example
 * const events = [sampleEvent({ id: 'a', date: { value: '1997-07-01', precision: 'day' }, relation: null }), sampleEvent({ id: 'b' })]
 * const strip = timeStrip(events)
 * strip.years.map((year) => [year.anchor, year.label]) //=> [['y1997', '1997: 1 event'], ['y2024', '2024: 1 event']]
 * strip.marks.map((mark) => mark.quad) //=> ['verbal-cooperation', 'none']
 * strip.decades.map((decade) => [decade.label, decade.hasEvents]) //=> [['1990s', true], ['2000s', false], ['2010s', false], ['2020s', true]]
 */
export function timeStrip(events: readonly TimelineEvent[], options: { eras?: readonly Era[] } = {}): TimeStrip {
  const timeline = groupTimeline(events);
  const groups = timeline.decades.flatMap((decade) => decade.years);
  const placed = groups.filter((group) => /^\d{4}$/u.test(group.label));
  const unplaced = groups.filter((group) => !placed.includes(group)).reduce((sum, group) => sum + group.events.length, 0);
  const first = placed[0]?.year ?? 0;
  const last = placed.at(-1)?.year ?? 0;
  const span = placed.length === 0 ? 1 : last - first + 1;
  const yearsPerColumn = Math.ceil(span / MAX_STRIP_COLUMNS);
  const yearWidth = MARKS_WIDTH / span;
  const columnWidth = yearWidth * yearsPerColumn;
  // A gap between neighbouring columns only when a column is wide enough to spare it.
  const markWidth = roundCoordinate(columnWidth > 2 ? columnWidth - 1 : columnWidth);
  const baseline = TOP + MARK_HEIGHT;
  const xOf = (year: number): number => roundCoordinate((year - first) * yearWidth);

  const columns = new Map<number, TimelineEvent[]>();
  for (const group of placed) {
    const column = Math.floor((group.year - first) / yearsPerColumn);
    columns.set(column, [...(columns.get(column) ?? []), ...group.events]);
  }
  const most = Math.max(1, ...[...columns.values()].map((grouped) => grouped.length));
  const paths = new Map<StripClass, string[]>();
  for (const [column, grouped] of columns) {
    // Square-root heights: a dense column stands out, and a column of one event is still seen.
    const height = Math.max(2, Math.round(MARK_HEIGHT * Math.sqrt(grouped.length / most)));
    const x = roundCoordinate(column * columnWidth + markWidth / 2);
    let below = 0;
    let bottom = baseline;
    for (const quad of STRIP_CLASSES) {
      const count = grouped.filter((event) => (event.relation?.quad ?? 'none') === quad).length;
      if (count === 0) continue;
      below += count;
      const top = baseline - Math.round((height * below) / grouped.length);
      if (top === bottom) continue;
      paths.set(quad, [...(paths.get(quad) ?? []), `M${x} ${bottom}V${top}`]);
      bottom = top;
    }
  }

  const decades: StripDecade[] = [];
  if (placed.length > 0) {
    const step = labelStep(span, MAX_DECADE_LABELS, 10);
    const withEvents = new Set(timeline.decades.map((decade) => decade.anchor));
    for (let decade = Math.floor(first / step) * step; decade <= last; decade += step) {
      // A decade begun before the first year is labelled at its start only if the next label leaves room.
      if (decade < first && (decade + step - first) * yearWidth < RIGHT && decade + step <= last) continue;
      const anchor = `d${decade}`;
      const x = xOf(Math.max(decade, first));
      decades.push({ label: `${decade}s`, anchor, x, width: roundCoordinate(xOf(Math.min(decade + step, last + 1)) - x), hasEvents: withEvents.has(anchor) });
    }
  }

  return {
    from: first,
    to: last,
    yearsWithEvents: placed.length,
    width: MARKS_WIDTH + RIGHT,
    height: baseline + LABELS_HEIGHT,
    yearWidth: roundCoordinate(yearWidth),
    markWidth,
    baseline,
    marks: STRIP_CLASSES.flatMap((quad) => (paths.has(quad) ? [{ quad, path: paths.get(quad)!.join('') }] : [])),
    years:
      placed.length > MAX_YEAR_LINKS
        ? []
        : placed.map((group) => ({ year: group.year, anchor: group.anchor, x: xOf(group.year), label: `${group.year}: ${countOf(group.events.length, 'event')}` })),
    decades,
    showDecades: timeline.showDecades,
    eras: placed.length === 0 ? [] : eraBands(options.eras ?? [], first, last, xOf),
    unplaced,
  };
}

/** The eras over the strip's years, clipped to them. */
function eraBands(eras: readonly Era[], first: number, last: number, xOf: (year: number) => number): TimeStrip['eras'] {
  return eras.flatMap((era) => {
    const start = dayInterval(era.start)?.start;
    const end = dayInterval(era.end)?.end;
    if (start === undefined || end === undefined) return [];
    const from = Math.max(first, Number(start.slice(0, 4)));
    const to = Math.min(last, Number(end.slice(0, 4)));
    return from > to ? [] : [{ title: era.title, x: xOf(from), width: roundCoordinate(xOf(to + 1) - xOf(from)) }];
  });
}
