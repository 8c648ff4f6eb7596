import pLimit from 'p-limit';

/**
 * How many files one `eachFile` reads or writes at once. Node opens a file for each `readFile` in
 * flight: 20,000 articles read by one `Promise.all` ran out of file descriptors (EMFILE) on a
 * machine allowing 20,000, and a file then read as broken. Past a few dozen, more at once is no
 * faster on a local disk.
 */
export const FILES_AT_ONCE = 64;

/**
 * `work` applied to each item, at most `FILES_AT_ONCE` at a time, the results in the items' order.
 *
 * @example
 * await eachFile(['a', 'b'], async (name, index) => `${index}:${name}`) //=> ['0:a', '1:b']
 */
export function eachFile<Item, Result>(items: Iterable<Item>, work: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  return pLimit(FILES_AT_ONCE).map(items, work);
}
