/**
 * Deterministic synthetic news articles for `npm run bench`: about 600 words each, frontmatter as
 * real articles carry it (title, date, source, url, tags), prose with the date forms news uses
 * (full dates in both orders, months, years, weekdays, relative and vague expressions, decades,
 * seasons), officials and organisations that act on each other, places and quotations.
 *
 * Article `i` depends only on the seed and `i`, never on how many are made, so the first 1,000
 * articles of a 4,000-article run are the 1,000 of a 1,000-article run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../scripts/seeded-random.ts';

interface Country {
  name: string;
  adjective: string;
  capital: string;
  tag: string;
  leader: string;
  minister: string;
}

const COUNTRIES: readonly Country[] = [
  { name: 'China', adjective: 'Chinese', capital: 'Beijing', tag: 'china', leader: 'President Xi Jinping', minister: 'Wang Yi' },
  { name: 'the United Kingdom', adjective: 'British', capital: 'London', tag: 'united-kingdom', leader: 'Prime Minister Keir Starmer', minister: 'David Lammy' },
  { name: 'France', adjective: 'French', capital: 'Paris', tag: 'france', leader: 'President Emmanuel Macron', minister: 'Jean-Noël Barrot' },
  { name: 'Germany', adjective: 'German', capital: 'Berlin', tag: 'germany', leader: 'Chancellor Olaf Scholz', minister: 'Annalena Baerbock' },
  { name: 'Japan', adjective: 'Japanese', capital: 'Tokyo', tag: 'japan', leader: 'Prime Minister Shigeru Ishiba', minister: 'Takeshi Iwaya' },
  { name: 'India', adjective: 'Indian', capital: 'New Delhi', tag: 'india', leader: 'Prime Minister Narendra Modi', minister: 'Subrahmanyam Jaishankar' },
  { name: 'Brazil', adjective: 'Brazilian', capital: 'Brasília', tag: 'brazil', leader: 'President Luiz Inácio Lula da Silva', minister: 'Mauro Vieira' },
  { name: 'Canada', adjective: 'Canadian', capital: 'Ottawa', tag: 'canada', leader: 'Prime Minister Justin Trudeau', minister: 'Mélanie Joly' },
  { name: 'Kenya', adjective: 'Kenyan', capital: 'Nairobi', tag: 'kenya', leader: 'President William Ruto', minister: 'Musalia Mudavadi' },
  { name: 'Mexico', adjective: 'Mexican', capital: 'Mexico City', tag: 'mexico', leader: 'President Claudia Sheinbaum', minister: 'Juan Ramón de la Fuente' },
  { name: 'Egypt', adjective: 'Egyptian', capital: 'Cairo', tag: 'egypt', leader: 'President Abdel Fattah al-Sisi', minister: 'Badr Abdelatty' },
  { name: 'Australia', adjective: 'Australian', capital: 'Canberra', tag: 'australia', leader: 'Prime Minister Anthony Albanese', minister: 'Penny Wong' },
  { name: 'South Africa', adjective: 'South African', capital: 'Pretoria', tag: 'south-africa', leader: 'President Cyril Ramaphosa', minister: 'Ronald Lamola' },
  { name: 'Indonesia', adjective: 'Indonesian', capital: 'Jakarta', tag: 'indonesia', leader: 'President Prabowo Subianto', minister: 'Sugiono' },
  { name: 'Turkey', adjective: 'Turkish', capital: 'Ankara', tag: 'turkey', leader: 'President Recep Tayyip Erdoğan', minister: 'Hakan Fidan' },
  { name: 'Norway', adjective: 'Norwegian', capital: 'Oslo', tag: 'norway', leader: 'Prime Minister Jonas Gahr Støre', minister: 'Espen Barth Eide' },
];
const ORGANISATIONS = ['the United Nations', 'the European Union', 'NATO', 'the African Union', 'ASEAN', 'the World Trade Organization', 'the G20'];
const VENUES = ['the foreign ministry', 'a state guesthouse', 'the presidential palace', 'the sidelines of a regional summit', 'a closed-door meeting', 'the parliament building'];
const TOPICS = ['trade', 'climate finance', 'maritime security', 'critical minerals', 'visa rules', 'a grain corridor', 'debt relief', 'nuclear safety', 'fisheries', 'student exchanges'];
const SOURCES = ['AFP', 'Reuters', 'Associated Press', 'BBC News', 'Al Jazeera', 'Kyodo', 'Deutsche Welle'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SEASONS = ['spring', 'summer', 'autumn', 'winter'];

/** What one article is about, drawn once so that its sentences agree with each other. */
interface Story {
  a: Country;
  b: Country;
  organisation: string;
  topic: string;
  venue: string;
  /** Publication date, as year, month (1–12) and day. */
  year: number;
  month: number;
  day: number;
  /** The weekday of the publication date, 0 for Sunday. */
  weekday: number;
}

type Draw = <T>(items: readonly T[]) => T;
type Sentence = (story: Story, pick: Draw, random: () => number) => string;

const between = (random: () => number, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

/** The day the story happened, a weekday of the week before publication or the day itself. */
const reportedDay = (story: Story, random: () => number): string => WEEKDAYS[(story.weekday + 7 - between(random, 0, 4)) % 7]!;

/** Sentences of the day's news: what happened, said against the publication date. */
const NEWS: readonly Sentence[] = [
  (s, _p, r) => `${s.a.adjective} Foreign Minister ${s.a.minister} met ${s.b.adjective} counterpart ${s.b.minister} at ${s.venue} in ${s.b.capital} on ${reportedDay(s, r)}, the first such visit since ${s.year - between(r, 2, 9)}.`,
  (s, _p, r) => `${s.a.minister} told reporters on ${reportedDay(s, r)} that the two governments had agreed to resume talks on ${s.topic} before the end of the year.`,
  (s, _p, r) => `The two sides signed a memorandum on ${s.topic} on ${reportedDay(s, r)} afternoon, officials in ${s.a.capital} said.`,
  (s) => `${s.b.leader} is expected to travel to ${s.a.capital} next month for a state visit, according to a statement from ${s.b.adjective} officials.`,
  (s, _p, r) => `Earlier this week ${s.a.name} summoned the ${s.b.adjective} ambassador over what it called an unacceptable detention, and on ${reportedDay(s, r)} it recalled its own envoy for consultations.`,
  (s) => `Last week ${s.b.minister} warned that ${s.b.name} would impose sanctions if the dispute over ${s.topic} was not settled by the spring.`,
  (s) => `${s.a.leader} and ${s.b.leader} held a phone call two days ago, their first conversation in more than a year.`,
  (s, p) => `Delegations from both countries will meet again in ${p(['Geneva', 'Vienna', 'Doha', 'Singapore', 'Oslo', 'Nairobi'])} on ${s.day} ${MONTHS[s.month % 12]} ${s.month === 12 ? s.year + 1 : s.year}, a spokesperson said.`,
  (s) => `${s.b.name} said it would host a ministerial meeting of ${s.organisation} later this year.`,
  (s, _p, r) => `On ${reportedDay(s, r)} ${s.b.name} announced it would send a trade mission to ${s.a.capital} early next year; the following day ${s.a.name} said it welcomed the move.`,
  (s) => `${s.a.minister} arrived in ${s.b.capital} on the weekend and is due to leave on ${WEEKDAYS[(s.weekday + 2) % 7]} after talks with ${s.b.leader}.`,
  (s, _p, r) => `The ${s.a.adjective} government said on ${reportedDay(s, r)} that it aims to double exports of ${s.topic} to ${s.b.name} by ${s.year + between(r, 3, 10)}.`,
];

/** Background: history the article recalls, with dates of every precision. */
const HISTORY: readonly Sentence[] = [
  (s, p, r) => `${s.a.name} and ${s.b.name} established diplomatic relations on ${between(r, 1, 28)} ${p(MONTHS)} ${between(r, 1950, 1990)}.`,
  (s, p, r) => `Relations soured in ${p(MONTHS)} ${between(r, 1995, s.year - 1)}, when ${s.b.name} expelled two ${s.a.adjective} diplomats accused of espionage.`,
  (s, p, r) => `A trade agreement signed on ${p(MONTHS)} ${between(r, 1, 28)}, ${between(r, 1990, s.year - 1)}, cut tariffs on ${s.topic} by a third.`,
  () => `The two countries fought a border dispute in the 1970s and only restored full ties in the 1990s.`,
  (s, p, r) => `${s.b.adjective} troops joined a peacekeeping mission of ${s.organisation} in the ${p(SEASONS)} of ${between(r, 1992, s.year - 1)}.`,
  (s, _p, r) => `In ${between(r, 1980, s.year - 1)} the then ${s.a.adjective} prime minister made a landmark visit to ${s.b.capital}.`,
  (s, _p, r) => `Talks collapsed in late ${between(r, 2000, s.year - 1)} and resumed only in mid-${between(r, 2001, s.year)}.`,
  (s, _p, r) => `A joint commission on ${s.topic} has met every year since ${between(r, 1985, s.year - 2)}.`,
  (s, _p, r) => `Three years ago ${s.b.name} froze a loan programme, and a week later ${s.a.name} cut its aid budget by ${between(r, 5, 40)} per cent.`,
  (s, _p, r) => `Ties improved in the first quarter of ${between(r, 2005, s.year - 1)}, after ${s.organisation} brokered a deal on ${s.topic}.`,
  (s, p, r) => `On ${p(MONTHS).slice(0, 3)}. ${between(r, 1, 28)}, ${between(r, 2008, s.year - 1)}, the two foreign ministers opened a hotline between ${s.a.capital} and ${s.b.capital}.`,
  () => `Relations were strained throughout the 2010s, above all during the 2008 financial crisis and its long aftermath.`,
];

/** Words said: quotations, with their speakers. */
const QUOTES: readonly Sentence[] = [
  (s) => `“We are ready to work with our partners in ${s.b.capital} on ${s.topic},” ${s.a.minister} said. “Neither of us has an interest in escalation.”`,
  (s) => `“This is a relationship that matters for the whole region,” ${s.b.minister} told a news conference, adding that “differences should be discussed constructively”.`,
  (s) => `A spokesperson for ${s.organisation} said the meeting was “a welcome step” and urged both governments to “keep talking”.`,
  (_s, p) => `“Our position has not changed,” said ${p(['a senior official', 'an adviser to the minister', 'a diplomat in the delegation'])}, who asked not to be named.`,
  (s) => `“We expect concrete results by the summer,” ${s.b.leader} said in a televised address, according to a transcript released by ${s.b.adjective} state media.`,
  (s, _p, r) => `Asked on ${reportedDay(s, r)} whether sanctions were still possible, ${s.a.minister} replied: “Nothing is off the table.”`,
];

/** Colour that carries no date: figures, places, context. */
const CONTEXT: readonly Sentence[] = [
  (s, _p, r) => `Trade between the two countries reached $${between(r, 12, 480)} billion, and ${between(r, 2, 60)} per cent of it passed through ports near ${s.a.capital}.`,
  (s) => `Analysts in ${s.a.capital} said the visit was intended to reassure investors worried about ${s.topic}.`,
  (s, _p, r) => `About ${between(r, 2, 40) * 1000} people protested outside the ${s.b.adjective} embassy, police said.`,
  (s) => `Human rights groups had urged ${s.a.minister} to raise the cases of detained journalists with ${s.b.adjective} officials.`,
  (s) => `Opposition lawmakers in ${s.b.capital} criticised the government for moving too quickly on ${s.topic}.`,
  (s) => `Diplomats from ${s.organisation} were present as observers, and a joint statement is to follow.`,
  (s, _p, r) => `The ${s.b.adjective} economy grew ${between(r, 1, 7)}.${between(r, 0, 9)} per cent last year, while inflation has fallen since January.`,
  (s) => `The talks took place at a time of rising tension across the region, with ${s.organisation} calling for restraint.`,
  (s, p) => `Flights between ${s.a.capital} and ${s.b.capital} are expected to resume this ${p(SEASONS)}, airline officials said.`,
];

const HEADLINES: ReadonlyArray<(s: Story) => string> = [
  (s) => `${s.a.minister} urges ‘constructive’ talks with ${s.b.name} on ${s.b.capital} visit`,
  (s) => `${s.a.name} and ${s.b.name} sign memorandum on ${s.topic}`,
  (s) => `${s.b.leader} to visit ${s.a.capital} as ties thaw`,
  (s) => `${s.a.name} summons ${s.b.adjective} envoy in row over ${s.topic}`,
];

const SUBHEADS = ['‘A new chapter’', 'Decades of mistrust', 'What comes next', 'A wary welcome'];

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** A string's slug: lower case, ASCII letters and digits joined by hyphens. */
const slug = (text: string): string =>
  text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '');

/** A seed for article `index` alone, so articles do not depend on how many are generated. */
const articleSeed = (seed: number, index: number): number => Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);

/**
 * Article number `index` of the synthetic collection made from `seed`: its file name and text.
 *
 * @example
 * syntheticArticle(7, 0).name //=> '00000-…'
 * // The same on every run:
 * syntheticArticle(7, 0).text === syntheticArticle(7, 0).text //=> true
 */
export function syntheticArticle(seed: number, index: number): { name: string; text: string } {
  const random = seededRandom(articleSeed(seed, index));
  const pick: Draw = (items) => items[Math.floor(random() * items.length)]!;
  const a = pick(COUNTRIES);
  const b = pick(COUNTRIES.filter((country) => country !== a));
  const year = between(random, 2000, 2025);
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  const story: Story = {
    a,
    b,
    organisation: pick(ORGANISATIONS),
    topic: pick(TOPICS),
    venue: pick(VENUES),
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
  const title = pick(HEADLINES)(story);
  // Each kind of sentence at most once, in a shuffled order (Fisher–Yates): real copy seldom repeats itself.
  const deck = [...NEWS, ...HISTORY, ...QUOTES, ...CONTEXT];
  for (let i = deck.length - 1; i > 0; i--) {
    const j = between(random, 0, i);
    [deck[i], deck[j]] = [deck[j]!, deck[i]!];
  }
  // Between 540 and 620 words, about 600 with the last paragraph: news copy of one length would
  // hide per-article costs that vary.
  const targetWords = between(random, 540, 620);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords && deck.length > 0) {
    const paragraph = deck.splice(0, between(random, 2, 4)).map((sentence) => sentence(story, pick, random)).join(' ');
    if (paragraphs.length > 0 && random() < 0.08) paragraphs.push(`## ${pick(SUBHEADS)}`);
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/u).length;
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const name = `${pad(index, 5)}-${slug(title).slice(0, 60).replace(/-$/u, '')}.md`;
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    `source: ${pick(SOURCES)}`,
    `url: https://news.example.org/${year}/${pad(month)}/${slug(title)}`,
    `tags: [${a.tag}, ${b.tag}, diplomacy]`,
    '---',
  ];
  return { name, text: `${frontmatter.join('\n')}\n\n${paragraphs.join('\n\n')}\n` };
}

/**
 * Write `count` synthetic articles into `<folder>/articles/` and return their file paths:
 * `writeSyntheticArticles('/tmp/site', 1000, 20241018)` writes `/tmp/site/articles/00000-….md`
 * to `00999-….md`.
 */
export function writeSyntheticArticles(folder: string, count: number, seed: number): string[] {
  const articles = join(folder, 'articles');
  mkdirSync(articles, { recursive: true });
  return Array.from({ length: count }, (_, index) => {
    const { name, text } = syntheticArticle(seed, index);
    const path = join(articles, name);
    writeFileSync(path, text);
    return path;
  });
}
