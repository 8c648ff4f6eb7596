/** English month names and the abbreviations news style books use (AP: Jan., Feb., Aug., Sept., …). */
export const MONTHS: ReadonlyArray<{ number: number; name: string; abbreviations: readonly string[] }> = [
  { number: 1, name: 'January', abbreviations: ['Jan'] },
  { number: 2, name: 'February', abbreviations: ['Feb'] },
  { number: 3, name: 'March', abbreviations: ['Mar'] },
  { number: 4, name: 'April', abbreviations: ['Apr'] },
  { number: 5, name: 'May', abbreviations: [] },
  { number: 6, name: 'June', abbreviations: ['Jun'] },
  { number: 7, name: 'July', abbreviations: ['Jul'] },
  { number: 8, name: 'August', abbreviations: ['Aug'] },
  { number: 9, name: 'September', abbreviations: ['Sept', 'Sep'] },
  { number: 10, name: 'October', abbreviations: ['Oct'] },
  { number: 11, name: 'November', abbreviations: ['Nov'] },
  { number: 12, name: 'December', abbreviations: ['Dec'] },
];

const BY_WORD = new Map<string, number>();
for (const month of MONTHS) {
  // Both cases as written in prose, so the common lookups need no lower-casing.
  BY_WORD.set(month.name.toLowerCase(), month.number);
  BY_WORD.set(month.name, month.number);
  for (const abbreviation of month.abbreviations) {
    BY_WORD.set(abbreviation.toLowerCase(), month.number);
    BY_WORD.set(abbreviation, month.number);
  }
}

/**
 * Regex source for a capitalised month name or abbreviation (with optional full stop). Month names
 * are proper nouns in English, so lower-case "may" and "march" are left to the verbs and nouns.
 */
export const MONTH_SOURCE = `(?:${MONTHS.flatMap((m) => [m.name, ...m.abbreviations.map((a) => `${a}\\.?`)])
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** Month number (1–12) of a name or abbreviation, case-insensitive, trailing full stop allowed. */
export function monthNumber(word: string): number | undefined {
  const bare = word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
  return BY_WORD.get(bare) ?? BY_WORD.get(bare.toLowerCase());
}

/** Month names that are also common English words, trusted only in a date-like context. */
/** Every month name and abbreviation in lower case: the rules' starters and the words a day may precede. */
export const MONTH_WORDS: readonly string[] = MONTHS.flatMap((m) => [m.name, ...m.abbreviations]).map((word) => word.toLowerCase());

export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'aug', 'dec', 'sep']);
