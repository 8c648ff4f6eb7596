import type { Rule } from '../_lib/candidate.ts';
import { rangeCandidate } from '../_lib/range.ts';
import { readsAsYear } from './year.ts';

/**
 * Year ranges written with a dash or a slash: "2011–2012", "1870–71", "1961-62", "2023/24".
 * Why a rule: the year rule refuses a number run into a dash ("1990-95" may be columns or a
 * score), and "71" alone is no year. The second year, written with two digits, takes the first
 * one's century ("1999–00" is 2000) and must come within 30 years of it, which a month ("2015-06")
 * or a code does not; a slash joins consecutive years only (the fiscal and academic "2023/24",
 * not "Directive 2014/24"). The neighbours must let the first number read as a year (see
 * `readsAsYear`). Each year becomes its own DATE (see `Candidate.parts`).
 */
export const yearRange: Rule = {
  name: 'yearRange',
  starters: ['#4'],
  // "2011–12" (a non-ASCII dash always tries), "2011-12", "2011 - 12", "2023/24"
  nextChar: { '#4': '-/ \t\n\r\f\v' },
  // After a space only a dash can follow ("2011 - 12"), never a word ("2022 for").
  next: { '#4': new Set() },
  pattern: /(?<![\w$£€#.,:/'’-])(1\d{3}|2[01]\d\d)(\s*[-‑–—]\s*|\/)(\d{4}|\d{2})(?![\w%/]|[.,:‑–—-]\d)/g,
  extract(match, text) {
    const [whole, firstText, join, lastText] = match;
    const first = Number(firstText);
    let last = Number(lastText);
    if (lastText!.length === 2) {
      last += first - (first % 100);
      if (last <= first) {
        // Into the next century only for the next year ("1999–00"): "1998-02" may be February 1998.
        if (last + 100 !== first + 1) return null;
        last += 100;
      }
      if (last - first > 30) return null;
    }
    if (last <= first || last > 2199 || (join === '/' && last !== first + 1)) return null;
    const start = match.index;
    const end = start + whole.length;
    const bracketed = text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41;
    if (!readsAsYear(text, start, end, first, bracketed)) return null;
    return rangeCandidate([
      { start, end: start + 4, type: 'DATE', value: firstText!, rule: 'yearRange' },
      { start: end - lastText!.length, end, type: 'DATE', value: String(last), rule: 'yearRange' },
    ], 'yearRange');
  },
};
