/**
 * Code-unit order of two strings: the same on every machine, whatever its locale, so sorted
 * output (and the ids given in that order) never changes with the build machine's `LANG`.
 *
 * @example
 * ['Zoll', 'Ärger'].sort(compareText) //=> ['Zoll', 'Ärger']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
