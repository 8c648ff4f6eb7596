/**
 * A vocabulary as schema descriptions name it: "`day`, `week` or `month`".
 *
 * @example
 * orList(['reported', 'background']) //=> '`reported` or `background`'
 */
export function orList(words: readonly string[]): string {
  const quoted = words.map((word) => `\`${word}\``);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
