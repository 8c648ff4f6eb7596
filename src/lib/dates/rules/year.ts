import type { Rule } from '../_lib/candidate.ts';
import { isCapitalised, nextWord, previousWord } from '../_lib/context.ts';
import { HOLIDAYS } from '../data/holidays.ts';
import { monthNumber } from '../data/months.ts';
import { SEASONS } from '../data/seasons.ts';
import { WEEKDAYS } from '../data/weekdays.ts';
import { isDigit } from '../_lib/chars.ts';

/** Words before a number that make it a year: prepositions and determiners of time. */
const YEAR_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'before', 'after', 'of',
  'between', 'and', 'or', 'the', 'this', 'that', 'early', 'late', 'mid', 'mid-', 'around', 'circa',
  'c.', 'year', 'fiscal', 'spring', 'summer', 'autumn', 'fall', 'winter', 'for', 'on', 'at', 'as',
  'than', 'into', 'within', 'throughout', 'its', 'his', 'her', 'their', 'a', 'ending', 'end',
  'beginning', 'start', 'season', 'calendar', 'financial', 'budget', 'election', 'also',
]);

/** Words before a number that make it a quantity ("about 2000 people", "more than 1500"). */
const QUANTITY_CUES = new Set([
  'about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'least', 'only', 'just', 'total',
  'over', 'under', 'up', 'down', 'another', 'additional', 'extra', 'no.', 'number', 'nos.', 'No.',
  'killed', 'injured', 'hired', 'cut', 'employs', 'employed', 'sold', 'bought', 'raised', 'lost',
  'gained', 'rose', 'fell', 'dropped', 'reached', 'hit', 'closed', 'ended', 'opened', 'scored',
]);

/**
 * Words that make a following number part of a name, not a year ("Windows 2000", "Article 2015",
 * "Flight 1549"). Other capitalised words keep the year: "WWDC 2005", "Euro 2016" name a year's event.
 * The last three lines cite parts of documents: "pages 12-14", Hansard's "vol 1990 col 1995",
 * "paras 2015-16", Command Papers ("Cmnd. 1990", "Cm 2015").
 */
/**
 * Instruments named with the year they were made: "the Seven Point Agreement 1951", "the Human
 * Rights Act 1998". Unlike "Tokyo 2020" or "Vision 2030", the year is when the happening was.
 */
const INSTRUMENT_WORDS: ReadonlySet<string> = new Set(['agreement', 'treaty', 'convention', 'accord', 'accords', 'act', 'declaration', 'protocol', 'charter', 'pact', 'communiqué', 'communique']);

const NAME_WORDS = new Set([
  'windows', 'office', 'article', 'articles', 'room', 'flight', 'route', 'highway', 'interstate', 'resolution',
  'section', 'rule', 'chapter', 'no', 'no.', 'number', 'version', 'v', 'model', 'boeing', 'airbus', 'apollo',
  'mission', 'unit', 'building', 'gate', 'platform', 'track', 'channel', 'bus', 'train', 'suite', 'lot',
  'box', 'code', 'form', 'level', 'grade', 'sector', 'block', 'zone', 'phase', 'stage', 'step', 'part',
  'page', 'item', 'exhibit', 'tier', 'volume', 'vol.', 'issue', 'pp.', 'p.', 'opus', 'op.', 'psalm',
  'apartment', 'floor', 'seat', 'row', 'cell', 'ward', 'district', 'precinct', 'squadron', 'battalion',
  'regiment', 'brigade', 'division', 'corps', 'hull', 'serial', 'patent', 'case', 'docket', 'bill', 'h.r.',
  's.', 'ps', 'xbox', 'iphone', 'galaxy', 'pixel', 'cessna', 'embraer', 'tupolev', 'antonov', 'ilyushin',
  'pages', 'items', 'sections', 'chapters', 'vol', 'vols', 'vols.', 'col', 'col.', 'cols', 'cols.', 'cc', 'para',
  'para.', 'paras', 'paras.', 'paragraph', 'paragraphs', 'annex', 'appendix', 'clause', 'clauses', 'footnote',
  'cmnd', 'cmnd.', 'cmd', 'cmd.', 'cm', 'cm.',
]);

/** Whether a word before a number makes the number part of a name or a citation ("Article 5", "pages 12-14"). */
export function namesNumber(word: string): boolean {
  return NAME_WORDS.has(word.toLowerCase());
}

/**
 * Capitalised words that still leave a following number a year: era and fiscal markers, and words
 * that name times themselves ("Easter 2016", "Ramadan 2015"; months, seasons, weekdays and fixed
 * holidays come from their tables).
 */
const TIME_NAMES = new Set([
  'ad', 'bc', 'bce', 'ce', 'fy', 'easter', 'ramadan', 'eid', 'hanukkah', 'thanksgiving', 'diwali',
  'passover', 'lent', 'advent', 'christmas', 'year', 'new', 'spring', 'summer', 'autumn', 'fall', 'winter',
  ...[...HOLIDAYS.keys()].map((name) => name.split(' ').pop()!),
  ...WEEKDAYS.map((name) => name.toLowerCase()),
  ...SEASONS.keys(),
]);

/**
 * Whether a capitalised word directly before the number makes it part of a name: "Euro 2016",
 * "Windows 2000", "WWDC 2005", "Vision 2030". A name is written with its number and no
 * preposition; "in 2016" is cued and "Christmas 2016" names a time, so those stay plain years.
 */
function namesThing(before: string): boolean {
  if (before === '' || !isCapitalised(before)) return false;
  const lower = before.toLowerCase();
  if (YEAR_CUES.has(lower) || TIME_NAMES.has(lower) || monthNumber(before) !== undefined) return false;
  return /^[\p{L}][\p{L}.-]*$/u.test(before);
}

/**
 * Whether only spaces (no line break) separate `word`, which ends just before `start`, from the
 * number, and the word does not end a sentence ("… China.\n1984: …").
 */
function sameLineSpaceOnly(text: string, start: number, word: string): boolean {
  if (word.endsWith('.')) return false;
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 160 || text.charCodeAt(i - 1) === 9)) i--;
  return text.slice(i - word.length, i) === word;
}

/** Words after a number that make it a count or a measure. */
const COUNT_NOUNS = new Set([
  'people', 'persons', 'troops', 'soldiers', 'police', 'points', 'votes', 'jobs', 'dollars', 'euros',
  'pounds', 'yuan', 'yen', 'rupees', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters',
  'feet', 'tonnes', 'tons', 'barrels', 'cases', 'deaths', 'units', 'shares', 'members', 'students',
  'workers', 'employees', 'residents', 'homes', 'houses', 'acres', 'hectares', 'kg', 'mw', 'mph',
  'percent', 'per', 'pc', 'bn', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'times',
  'children', 'men', 'women', 'civilians', 'refugees', 'migrants', 'protesters', 'passengers',
  'vehicles', 'cars', 'aircraft', 'planes', 'ships', 'items', 'copies', 'words', 'pages', 'seats',
  'delegates', 'patients', 'victims', 'fans', 'runs', 'goals', 'yards', 'calories', 'rounds', 'hours',
  'minutes', 'days', 'weeks', 'months', 'years', 'cc', 'm', 'ft',
]);

/** "resolution 2366 (2017)", "S/RES/2231 (2015)", "COM(2015) 240": a bracketed year that belongs to a document's number. */
function inDocumentNumber(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 40 || text.charCodeAt(end) !== 41) return false;
  // "COM(2015)": the code runs into the bracket.
  if (/[\p{L}\p{N}]/u.test(text.charAt(start - 2))) return true;
  let i = start - 2;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  // "2366 (2017)": the year of adoption written after the number (the UN's and the EU's style).
  return isDigit(text.charCodeAt(i));
}

const isSpace = (code: number): boolean => code === 32 || code === 160 || (code >= 9 && code <= 13);

/**
 * Whether a number written where a year can stand, from `start` (the year's first digit) to `end`
 * (the end of the expression: "2015", or "1870–71" for a range), reads as a year by its neighbours.
 * Counts, money, measures, names and document numbers refuse it ("2,000 people", "$2000",
 * "Windows 2000", "Article 2015", "resolution 2366 (2017)"); outside 1900–2099 a time word must ask
 * for it ("in 1648"), or brackets around a range of years (`bracketed`: "(1874–1965)", a life or a
 * reign). `year` is the (first) year's number.
 */
export function readsAsYear(text: string, start: number, end: number, year: number, bracketed = false): boolean {
  const before = previousWord(text, start);
  const lowered = before.toLowerCase();
  const lower = lowered === 'mid-' ? 'mid' : lowered;
  const cued = bracketed || YEAR_CUES.has(lower) || isPossessive(before) || before.endsWith('-');
  if (QUANTITY_CUES.has(lower) || QUANTITY_CUES.has(before)) return false;
  const after = nextWord(text, end).toLowerCase();
  if (COUNT_NOUNS.has(after)) return false;
  // (The next word starts with "%" or "per" whenever this can match: most years skip the slice.)
  if ((after.charCodeAt(0) === 37 || after.startsWith('per')) && /^\s*(?:%|per ?cent)/.test(text.slice(end, end + 10))) return false;
  if (INSTRUMENT_WORDS.has(lower) && isCapitalised(before) && year >= 1800 && year <= 2099 && !inDocumentNumber(text, start, end)) return true;
  // "Windows 2000", "Vision 2030", "Resolution 1973": a capitalised word that is not a month or
  // a sentence opener names the thing the number belongs to.
  if (NAME_WORDS.has(lower)) return false;
  // A year written right after a capitalised word on the same line is part of a name ("Windows
  // 2000", "Vision 2030", "Euro 2016", "WWDC 2005"): TimeML tags temporal expressions, and a
  // name is not one, even after a preposition ("in Euro 2016"). A line that starts with a year
  // ("1997 – Handover …") has no word before it on its line, so it stays a year.
  if (namesThing(before) && sameLineSpaceOnly(text, start, before)) return false;
  if (inDocumentNumber(text, start, end)) return false;
  // Outside 1900–2099 a number is a year only where the words say so ("in 1648").
  if ((year < 1900 || year > 2099) && !cued) return false;
  // A lower-case plural after an uncued number is what it counts ("2000 protesters").
  if (!cued && lowerPlural(after) && !/^(?:was|has|is|saw|marks|brings|elections|budgets|accounts|results|figures|games|olympics)$/.test(after)) return false;
  return true;
}

/**
 * Whether `word` ends in "'s" or "’s" ("Britain's 2015 election"): `/['’]s$/`, read by char codes
 * as every year asks.
 */
function isPossessive(word: string): boolean {
  const last = word.length - 1;
  const mark = word.charCodeAt(last - 1);
  return last >= 1 && word.charCodeAt(last) === 115 && (mark === 39 || mark === 0x2019);
}

/**
 * Whether `word` is lower-case ASCII letters ending in "s": `/^[a-z]+s$/`, read by char codes as
 * nearly every uncued year asks (the pattern showed in profiles of `extract --jsonl`).
 */
function lowerPlural(word: string): boolean {
  if (word.length < 2 || word.charCodeAt(word.length - 1) !== 115) return false;
  for (let i = 0; i < word.length - 1; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * A bare four-digit year used as a date: "in 2015", "since 1997", "the 2020 law", "between 1997
 * and 2047". A stated year is certain, so the value is the year itself. Numbers that are counts,
 * money, measures or parts of names ("2,000 people", "$2000", "Windows 2000", "Article 2015")
 * are refused by their neighbours.
 */
export const year: Rule = {
  name: 'year',
  starters: ['#4'],
  pattern: /(?<![\w$£€#.,:/'’])(?<!(?<!mid)-)(1[0-9]\d\d|20\d\d|21\d\d)(?![\w%]|[.,:]\d|\/\d|-\d(?!\ds\b))/g,
  extract(match, text) {
    const value = match[1]!;
    const start = match.index;
    const end = start + value.length;
    return readsAsYear(text, start, end, Number(value)) ? { start, end, type: 'DATE', value, rule: 'year' } : null;
  },
};
