/**
 * A string matched literally inside a regular expression.
 *
 * @example
 * escapeRegExp('U.S.') //=> 'U\\.S\\.'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
