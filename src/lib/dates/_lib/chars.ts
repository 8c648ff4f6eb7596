/**
 * Whether a UTF-16 code unit is an ASCII digit: for the scans that read text by char codes, where a
 * regex per character or per value showed in profiles.
 *
 * @example
 * isDigit('7'.charCodeAt(0)) //=> true
 */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;
