import { dayInterval } from '../dates/interval.ts';
import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import type { Era } from '../knowledge/load.ts';
import { formatEventDate } from './format-date.ts';
import type { TimelineOrder } from './order.ts';
import { compareText } from '../text/compare-text.ts';

/** An era beside one year group; `first` marks the group where the era's band is labelled. */
export interface EraMark {
  era: Era;
  first: boolean;
}

export interface YearGroup {
  /** "1997"; for a decade or century-precision event, its own label ("1990s"). */
  label: string;
  /** A fragment id for the group: `y1997`. */
  anchor: string;
  /** The calendar year the group starts in, for year pages and eras. */
  year: number;
  events: TimelineEvent[];
  /** The eras covering this year, in the order they start. */
  eras: EraMark[];
}

export interface DecadeGroup {
  label: string;
  anchor: string;
  years: YearGroup[];
}

export interface Timeline {
  /** Decade headings are shown only when the events span more than one decade. */
  showDecades: boolean;
  decades: DecadeGroup[];
}

export interface TimelineOptions {
  /** `oldest` (the default) or `newest` first: decades, years and the events in a year alike. */
  order?: TimelineOrder;
  eras?: readonly Era[];
}

function startYear(event: TimelineEvent): number {
  return Number((dayInterval(event.date.value)?.start ?? event.date.value).slice(0, 4));
}

function yearLabel(event: TimelineEvent): string {
  const { precision, value } = event.date;
  return precision === 'decade' || precision === 'century' ? formatEventDate(value) : String(startYear(event));
}

/** The first and last calendar years an era covers, or `undefined` for a value off the calendar. */
function eraYears(era: Era): readonly [number, number] | undefined {
  const start = dayInterval(era.start)?.start;
  const end = dayInterval(era.end)?.end;
  return start && end ? [Number(start.slice(0, 4)), Number(end.slice(0, 4))] : undefined;
}

function markEras(decades: readonly DecadeGroup[], eras: readonly Era[]): void {
  const spans = eras
    .map((era) => ({ era, years: eraYears(era) }))
    .filter((span): span is { era: Era; years: readonly [number, number] } => span.years !== undefined)
    .sort((a, b) => a.years[0] - b.years[0] || compareText(a.era.title, b.era.title));
  const labelled = new Set<string>();
  for (const year of decades.flatMap((decade) => decade.years)) {
    for (const { era, years } of spans) {
      if (year.year < years[0] || year.year > years[1]) continue;
      year.eras.push({ era, first: !labelled.has(era.id) });
      labelled.add(era.id);
    }
  }
}

/**
 * Sort events chronologically and group them by decade, then year, with the eras that cover each
 * year beside it.
 *
 * @example
 * const events = ['1997', '2015', '2020'].map((year) => sampleEvent({ id: year, date: { value: year, precision: 'year' } }))
 * groupTimeline(events).decades.map((decade) => decade.label) //=> ['1990s', '2010s', '2020s']
 * groupTimeline(events, { order: 'newest' }).decades.map((decade) => decade.label) //=> ['2020s', '2010s', '1990s']
 */
export function groupTimeline(events: readonly TimelineEvent[], options: TimelineOptions = {}): Timeline {
  const sorted = [...events].sort(compareEvents);
  if (options.order === 'newest') sorted.reverse();
  const decades: DecadeGroup[] = [];
  for (const event of sorted) {
    const year = startYear(event);
    const decadeLabel = `${Math.floor(year / 10) * 10}s`;
    let decade = decades.at(-1);
    if (decade?.label !== decadeLabel) {
      decade = { label: decadeLabel, anchor: `d${decadeLabel.slice(0, -1)}`, years: [] };
      decades.push(decade);
    }
    const label = yearLabel(event);
    let group = decade.years.at(-1);
    if (group?.label !== label) {
      group = { label, anchor: `y${label.replace(/[^0-9a-z]/giu, '')}`, year, events: [], eras: [] };
      decade.years.push(group);
    }
    group.events.push(event);
  }
  markEras(decades, options.eras ?? []);
  return { showDecades: decades.length > 1, decades };
}
