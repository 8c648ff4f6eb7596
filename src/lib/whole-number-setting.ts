/**
 * A setting read from the environment that must be a whole number above 0, such as
 * `ENTENTE_PAGE_SIZE`: `fallback` when unset or empty. Throws on anything else, naming the setting,
 * what it counts and its default, since a typo would otherwise silently build the wrong site.
 *
 * @example
 * wholeNumberSetting('ENTENTE_PAGE_SIZE', ' 3 ', { counting: 'events', fallback: 100 }) //=> 3
 * wholeNumberSetting('ENTENTE_PAGE_SIZE', undefined, { counting: 'events', fallback: 100 }) //=> 100
 */
export function wholeNumberSetting(name: string, setting: string | undefined, { counting, fallback }: { counting: string; fallback: number }): number {
  const value = (setting ?? '').trim();
  if (value === '') return fallback;
  if (!/^[1-9]\d*$/u.test(value)) throw new Error(`${name} is "${setting}": use a whole number of ${counting} above 0, or leave it unset for ${fallback}.`);
  return Number(value);
}
