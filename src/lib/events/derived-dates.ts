/**
 * Dates a sentence states by arithmetic rather than by name: "the 80th anniversary of de Gaulle's
 * Appel" (marked in 2020: 1940), "the 70th year of the end of World War II", "only seven months
 * since we last met in Beijing". TimeML tags no date there; a historian dates the happening.
 * Each is a named rule; values are only as precise as the arithmetic guarantees.
 */
import { subMonths } from 'date-fns/subMonths';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { NUMBER_SOURCE, ORDINALS, numberValue } from '../dates/data/numbers.ts';
import type { DatePrecision } from '../dates/precision.ts';

/** A happening dated by arithmetic on another date of its sentence or on the publication date. */
export interface DerivedDate {
  rule: string;
  value: string;
  precision: DatePrecision;
  /** The words that state the date ("80th anniversary", "seven months since"), offsets in the sentence. */
  start: number;
  end: number;
  /** The happening the arithmetic dates, as the sentence names it ("General de Gaulle’s ‘Appel’"). */
  happening: string;
}

export interface DerivedDateRule {
  id: string;
  reason: string;
  pattern: RegExp;
  derive(match: RegExpExecArray, base: string): Omit<DerivedDate, 'rule' | 'start' | 'end' | 'happening'> | undefined;
}

/** Where the named happening ends: a clause boundary or a new clause. */
const HAPPENING_END = /(?=[,;:.!?]|\s+(?:and|which|who|that|with|where|while|as|in order|to\s+\p{Ll}+)\b|$)/u;

const ORDINAL_WORDS = [...ORDINALS.keys()].filter((word) => ORDINALS.get(word)! > 0).join('|');
const ORDINAL = `(\\d+)(?:st|nd|rd|th)|(${ORDINAL_WORDS})`;

function ordinalValue(digits: string | undefined, word: string | undefined): number | undefined {
  if (digits !== undefined) return Number(digits);
  return word === undefined ? undefined : ORDINALS.get(word.toLowerCase());
}

const year = (base: string): number => Number(base.slice(0, 4));

export const DERIVED_DATE_RULES: readonly DerivedDateRule[] = [
  {
    id: 'anniversary',
    reason: 'the Nth anniversary (or Nth year) of a happening marked in a given year dates that happening N years earlier, to the year',
    pattern: new RegExp(`\\b(?:${ORDINAL})\\s+(?:anniversary|year)\\s+(?:of|since)\\s+(?:the\\s+signing\\s+of\\s+)?`, 'giu'),
    derive: (match, base) => {
      const count = ordinalValue(match[1], match[2]);
      if (count === undefined || count <= 0 || count > year(base)) return undefined;
      return { value: String(year(base) - count).padStart(4, '0'), precision: 'year' };
    },
  },
  {
    id: 'elapsed-since',
    reason: '"seven months since we last met" dates the meeting that long before the sentence’s own date, to the unit counted',
    pattern: new RegExp(`\\b(${NUMBER_SOURCE})\\s+(years?|months?|weeks?)\\s+(?:since|after)\\s+`, 'giu'),
    derive: (match, base) => {
      const count = numberValue(match[1]!);
      if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0) return undefined;
      const unit = match[2]!.toLowerCase().replace(/s$/u, '');
      const day = parseISO(base.length === 4 ? `${base}-07-01` : base.slice(0, 10));
      if (unit === 'year') return { value: format(subYears(day, count), 'yyyy'), precision: 'year' };
      if (base.length < 7) return undefined;
      if (unit === 'month') return { value: format(subMonths(day, count), 'yyyy-MM'), precision: 'month' };
      if (base.length < 10) return undefined;
      return { value: format(subWeeks(day, count), "RRRR-'W'II"), precision: 'week' };
    },
  },
];

/**
 * Every date a sentence states by arithmetic, counted from `base` (the sentence's own date, else
 * the publication date; `YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 *
 * @example
 * deriveDates('Macron came to commemorate the 80th anniversary of General de Gaulle’s ‘Appel’.', '2020-06-18')
 * //=> [{ rule: 'anniversary', value: '1940', precision: 'year', start: 31, end: 51, happening: 'General de Gaulle’s ‘Appel’' }]
 */
export function deriveDates(sentence: string, base: string): DerivedDate[] {
  const found: DerivedDate[] = [];
  for (const rule of DERIVED_DATE_RULES) {
    for (const match of sentence.matchAll(rule.pattern)) {
      const derived = rule.derive(match, base);
      if (derived === undefined) continue;
      const after = match.index + match[0].length;
      const rest = sentence.slice(after);
      const happening = rest.slice(0, HAPPENING_END.exec(rest)?.index ?? rest.length).trim();
      if (happening.split(/\s+/u).length < 2) continue;
      found.push({ rule: rule.id, ...derived, start: match.index, end: after, happening });
    }
  }
  return found;
}
