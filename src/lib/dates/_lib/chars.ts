/**
 * Whether a UTF-16 code unit is an ASCII digit: for the scans that read text by char codes, where a
 * regex per character or per value showed in profiles.
 *
 * @example
 * isDigit('7'.charCodeAt(0)) //=> true
 */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether a word begins with a run of one or two digits ("18", "18th"), as a day of a month does
 * in "July 18"; "July 2022" does not (see `Rule.next`).
 *
 * @example
 * startsWithDayDigits('18th') //=> true
 * startsWithDayDigits('2022') //=> false
 */
export const startsWithDayDigits = (word: string): boolean =>
  isDigit(word.charCodeAt(0)) && !(isDigit(word.charCodeAt(1)) && isDigit(word.charCodeAt(2)));
