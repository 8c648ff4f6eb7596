// Subpath imports: the package root loads every date-fns function (seconds at start-up).
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { datePrecision } from '../dates/precision.ts';
import type { TimexMod } from '../dates/timex.ts';

const SEASON_NAMES: Readonly<Record<string, string>> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const MOD_PREFIXES: Partial<Record<TimexMod, string>> = { START: 'Early', MID: 'Mid-', END: 'Late', APPROX: 'Around' };

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The value at its own precision, without any modifier. */
function formatValue(value: string): string {
  const year = value.slice(0, 4);
  const part = value.slice(5, 7);
  // parseISO reads a date-only string as local midnight, and format prints it back in local time,
  // so the calendar day never shifts, whatever the build machine's time zone.
  switch (datePrecision(value)) {
    case 'day':
      return format(parseISO(value.slice(0, 10)), 'EEE d MMM yyyy');
    case 'week':
      return `Week ${Number(value.slice(6))}, ${year}`;
    case 'month':
      return format(parseISO(`${value}-01`), 'MMMM yyyy');
    case 'season':
      return `${SEASON_NAMES[part] ?? part} ${year}`;
    case 'quarter':
      return `${part} ${year}`;
    case 'half':
      return `${part === 'H1' ? 'First' : 'Second'} half of ${year}`;
    case 'year':
      return year;
    case 'decade':
      return `${value.slice(0, 3)}0s`;
    case 'century':
      return `${ordinal(Number(value) + 1)} century`;
    case undefined:
      return value;
  }
}

/**
 * A date for readers, at its own precision: a year is shown as a year, never as 1 January.
 *
 * @example
 * formatEventDate('2024-10-18') //=> 'Fri 18 Oct 2024'
 * formatEventDate('2015-10') //=> 'October 2015'
 * formatEventDate('1990', 'END') //=> 'Late 1990'
 */
export function formatEventDate(value: string, mod?: TimexMod): string {
  const text = formatValue(value);
  const prefix = mod ? MOD_PREFIXES[mod] : undefined;
  if (prefix === undefined) return text;
  return prefix.endsWith('-') ? `${prefix}${text}` : `${prefix} ${text}`;
}
