/**
 * Deterministic synthetic news articles for the benchmark: sentences with the date forms news
 * uses (full dates, months, years, weekdays, relative and vague expressions, durations), counts
 * and names with numbers, drawn with a seeded generator so every run sees the same text.
 */
// Subpath imports: the package root loads every date-fns function (over a second at start-up).
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { seededRandom } from './seeded-random.ts';

const PEOPLE = ['The foreign secretary', 'The prime minister', 'A spokesperson', 'The minister', 'Officials', 'The delegation', 'The chancellor', 'Diplomats'];
const PLACES = ['Beijing', 'London', 'Brussels', 'Washington', 'Tokyo', 'Delhi', 'Paris', 'Geneva', 'Hong Kong', 'Moscow'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TEMPLATES: ReadonlyArray<(r: () => number, pick: <T>(a: readonly T[]) => T) => string> = [
  (r, p) => `${p(PEOPLE)} met counterparts in ${p(PLACES)} on ${p(DAYS)}, the first such visit since ${1990 + Math.floor(r() * 34)}.`,
  (r, p) => `${p(PEOPLE)} will travel to ${p(PLACES)} on ${1 + Math.floor(r() * 28)} ${p(MONTHS)} ${2000 + Math.floor(r() * 30)} for a two-day summit.`,
  (r) => `About ${Math.floor(r() * 9000) + 1000} people joined the protest march, and ${(r() * 9).toFixed(1)} per cent of voters backed the G20 plan.`,
  (r, p) => `The treaty, signed in ${p(MONTHS)} ${1950 + Math.floor(r() * 70)}, runs for ${2 + Math.floor(r() * 48)} years under Article ${1 + Math.floor(r() * 90)}.`,
  (r, p) => `Last year trade rose to $${Math.floor(r() * 900) + 10} billion, and ${p(PEOPLE).toLowerCase()} said it may grow again next month.`,
  (r, p) => `Talks held earlier this month followed months of protests in ${p(PLACES)}, where the index closed at ${Math.floor(r() * 20000) + 1000} points.`,
  (r, p) => `On ${p(DAYS)} afternoon ${p(PEOPLE).toLowerCase()} said relations had been strained since the 1990s and would improve in the first quarter of ${2020 + Math.floor(r() * 8)}.`,
  (r, p) => `Two weeks ago a Boeing 747 landed in ${p(PLACES)}; the following day ${p(PEOPLE).toLowerCase()} announced a review due by mid-${2025 + Math.floor(r() * 5)}.`,
  (r, p) => `Meetings take place every year, most recently on ${p(MONTHS)} ${1 + Math.floor(r() * 28)}, and currently about 15 a year are planned.`,
  (r) => `The ${14 + Math.floor(r() * 3)}th five-year plan, launched in late ${2000 + Math.floor(r() * 20)}, covered the summer of ${2001 + Math.floor(r() * 20)} and the 2020 law.`,
];

/** Articles totalling at least `minChars` characters, each with its own DCT. */
export function syntheticArticles(minChars: number, seed: number): Array<{ dct: string; text: string }> {
  const random = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const articles: Array<{ dct: string; text: string }> = [];
  let total = 0;
  const base = new Date(2015, 0, 1);
  while (total < minChars) {
    const dct = format(addDays(base, Math.floor(random() * 3650)), 'yyyy-MM-dd');
    const sentences: string[] = [];
    const count = 15 + Math.floor(random() * 25);
    for (let i = 0; i < count; i++) sentences.push(pick(TEMPLATES)(random, pick));
    const text = sentences.join(random() < 0.3 ? '\n' : ' ');
    articles.push({ dct, text });
    total += text.length;
  }
  return articles;
}
