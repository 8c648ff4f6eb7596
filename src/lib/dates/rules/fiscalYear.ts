import type { Rule } from '../_lib/candidate.ts';

const FISCAL_WORDS = new Set(['fiscal', 'financial']);
const AFTER_FISCAL: ReadonlySet<string> = new Set(['year', '#']);
const YEAR_WORD: ReadonlySet<string> = new Set(['year']);

/**
 * Fiscal and financial years: "fiscal year 2024", "fiscal 2024", "FY2024", "FY 2023-24",
 * "financial year 2023/24", "the 2024 fiscal year", "the 2023-24 financial year". TimeML writes a
 * fiscal year as `FY` and its year (TIMEX3 guidelines: "FY1999"); a year written as two ("2023-24",
 * run from one into the next) is named by the year it ends in, as the US federal and most company
 * fiscal years are. Why a rule: the year rule would read "2024" alone and lose that it is not the
 * calendar year, and refuses "2023-24".
 */
export const fiscalYear: Rule = {
  name: 'fiscalYear',
  starters: ['fiscal', 'financial', 'fy', '#4'],
  capitalised: ['fy'],
  next: { fiscal: AFTER_FISCAL, financial: YEAR_WORD, '#4': FISCAL_WORDS },
  // "2024 fiscal", "2023-24 financial", "2023/24 financial"
  nextChar: { '#4': '-/ \t\n\r\f\v' },
  pattern: /(?<![\w$£€#.,:/-])(?:(?:[Ff]iscal(?:\s+[Yy]ear)?|[Ff]inancial\s+[Yy]ear)\s+|FY\s?)(\d{4})(?:\s*[-–/]\s*(\d{4}|\d{2}))?(?![\w%/]|[.,:]\d)|(?<![\w$£€#.,:/-])(\d{4})(?:\s*[-–/]\s*(\d{4}|\d{2}))?\s+(?:[Ff]iscal|[Ff]inancial)\s+[Yy]ear\b/g,
  extract(match) {
    const firstText = (match[1] ?? match[3])!;
    const lastText = match[2] ?? match[4];
    const first = Number(firstText);
    if (first < 1900 || first > 2199) return null;
    let year = first;
    if (lastText !== undefined) {
      // "2023-24", "2023/2024": the year the fiscal year runs into, which must be the next one.
      year = lastText.length === 2 ? first - (first % 100) + Number(lastText) + (Number(lastText) < first % 100 ? 100 : 0) : Number(lastText);
      if (year !== first + 1) return null;
    }
    const start = match.index;
    return { start, end: start + match[0].length, type: 'DATE', value: `FY${year}`, rule: 'fiscalYear' };
  },
};
