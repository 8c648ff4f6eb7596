/** Weekday names, indexed as `Date#getDay` and date-fns count them (0 = Sunday). */
export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const BY_WORD = new Map<string, number>();
WEEKDAYS.forEach((name, index) => {
  // The name as written too, so the common lookup needs no lower-casing.
  BY_WORD.set(name, index);
  BY_WORD.set(name.toLowerCase(), index);
  BY_WORD.set(name.slice(0, 3).toLowerCase(), index);
});
BY_WORD.set('tues', 2);
BY_WORD.set('wed', 3);
BY_WORD.set('thur', 4);
BY_WORD.set('thurs', 4);

/** Regex source for a capitalised weekday name or its usual abbreviation ("Fri.", "Thurs."). */
export const WEEKDAY_SOURCE = `(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|(?:Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\\.)`;

/** Weekday index (0 = Sunday) of a name or abbreviation. */
export function weekdayNumber(word: string): number | undefined {
  return BY_WORD.get(word) ?? BY_WORD.get(word.toLowerCase().replace(/\.$/, ''));
}
