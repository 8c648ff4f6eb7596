import { dayInterval } from '../dates/interval.ts';
import { compareEvents } from '../events/merge.ts';
import type { TimelineEvent } from '../events/model.ts';
import { formatEventDate } from './format-date.ts';

export interface YearGroup {
  /** "1997"; for a decade or century-precision event, its own label ("1990s"). */
  label: string;
  /** A fragment id for the group: `y1997`. */
  anchor: string;
  events: TimelineEvent[];
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

function startYear(event: TimelineEvent): number {
  return Number((dayInterval(event.date.value)?.start ?? event.date.value).slice(0, 4));
}

function yearLabel(event: TimelineEvent): string {
  const { precision, value } = event.date;
  return precision === 'decade' || precision === 'century' ? formatEventDate(value) : String(startYear(event));
}

/**
 * Sort events chronologically and group them by decade, then year.
 *
 * @example
 * groupTimeline(events).decades.map((decade) => decade.label) //=> ['1990s', '2010s', '2020s']
 */
export function groupTimeline(events: readonly TimelineEvent[]): Timeline {
  const decades: DecadeGroup[] = [];
  for (const event of [...events].sort(compareEvents)) {
    const decadeLabel = `${Math.floor(startYear(event) / 10) * 10}s`;
    let decade = decades.at(-1);
    if (decade?.label !== decadeLabel) {
      decade = { label: decadeLabel, anchor: `d${decadeLabel.slice(0, -1)}`, years: [] };
      decades.push(decade);
    }
    const label = yearLabel(event);
    let year = decade.years.at(-1);
    if (year?.label !== label) {
      year = { label, anchor: `y${label.replace(/[^0-9a-z]/giu, '')}`, events: [] };
      decade.years.push(year);
    }
    year.events.push(event);
  }
  return { showDecades: decades.length > 1, decades };
}
