/**
 * A deterministic synthetic site of `n` news articles on diplomatic relations, for the page-size
 * budget test: many countries, a few decades of background history and several reported events per
 * article, so facet, year and relationship pages grow with `n` as a real archive's do.
 *
 *   node tests/build/synthetic-site.ts <folder> <n>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../scripts/seeded-random.ts';

const COUNTRIES = [
  ['China', 'Chinese', 'Beijing'],
  ['Britain', 'British', 'London'],
  ['France', 'French', 'Paris'],
  ['Germany', 'German', 'Berlin'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['India', 'Indian', 'New Delhi'],
  ['Brazil', 'Brazilian', 'Brasília'],
  ['Canada', 'Canadian', 'Ottawa'],
  ['Australia', 'Australian', 'Canberra'],
  ['Kenya', 'Kenyan', 'Nairobi'],
  ['Mexico', 'Mexican', 'Mexico City'],
  ['Egypt', 'Egyptian', 'Cairo'],
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Country = (typeof COUNTRIES)[number];
type Sentence = (a: Country, b: Country, year: number, day: number, month: string) => string;

/** Reported news, dated in the article's own year. */
const NEWS: readonly Sentence[] = [
  (a, b, year, day, month) => `The ${a[1]} foreign minister met her ${b[1]} counterpart in ${b[2]} on ${day} ${month} ${year} to discuss trade.`,
  (a, b, year, day, month) => `${a[0]} and ${b[0]} signed a climate agreement in ${a[2]} on ${day} ${month} ${year}.`,
  (a, b, year, day, month) => `${a[0]} imposed sanctions on ${b[1]} officials on ${day} ${month} ${year}.`,
  (a, b, year, day, month) => `${a[0]} expelled two ${b[1]} diplomats on ${day} ${month} ${year}, accusing them of espionage.`,
  (a, b, year, day, month) => `The ${a[1]} prime minister visited ${b[2]} on ${day} ${month} ${year} for talks on security.`,
];

/** Background history an article recalls, years or decades before it. */
const HISTORY: readonly Sentence[] = [
  (a, b, year, _day, month) => `${a[0]} and ${b[0]} established diplomatic relations in ${month} ${year}.`,
  (a, b, year) => `${a[0]} signed a trade treaty with ${b[0]} in ${year}.`,
  (a, b, year, day, month) => `The ${a[1]} president made a state visit to ${b[0]} on ${day} ${month} ${year}.`,
];

/**
 * Write `n` articles into `folder/articles/`, the same text on every run.
 *
 * @example
 * writeSyntheticSite('/tmp/site', 300) // /tmp/site/articles/0000.md … 0299.md
 */
export function writeSyntheticSite(folder: string, n: number, seed = 11): void {
  const random = seededRandom(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const articles = join(folder, 'articles');
  mkdirSync(articles, { recursive: true });
  for (let index = 0; index < n; index++) {
    const year = 2000 + Math.floor(random() * 25);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const a = pick(COUNTRIES);
    const b = pick(COUNTRIES.filter((country) => country !== a));
    const sentence = (templates: readonly Sentence[], when: number): string =>
      pick(templates)(a, b, when, 1 + Math.floor(random() * 28), pick(MONTHS.slice(0, when === year ? month : 12)));
    const paragraphs = [
      sentence(NEWS, year),
      sentence(NEWS, year),
      sentence(HISTORY, 1950 + Math.floor(random() * (year - 1950))),
      sentence(HISTORY, 1950 + Math.floor(random() * (year - 1950))),
    ];
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    writeFileSync(
      join(articles, `${String(index).padStart(4, '0')}.md`),
      `---\ntitle: "${a[0]} and ${b[0]}: talks in ${b[2]} (${index})"\ndate: ${date}\nsource: Synthetic wire\n---\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
}

if (import.meta.main) {
  const [folder, n] = process.argv.slice(2);
  if (!folder || !n) throw new Error('usage: node tests/build/synthetic-site.ts <folder> <n>');
  writeSyntheticSite(folder, Number(n));
}
