/**
 * One copy of each string in data read back from a file or received from a worker thread. A
 * structured clone copies every string, and `JSON.parse` every one of ten characters or more; an
 * article's analysis repeats its id, title and address in every event's source, its actors' names
 * and its rule ids. The analyses of 4,000 synthetic articles, read back from JSON, held 432 MB,
 * interned 96 MB (synthetic articles also repeat their sentences; real text shares less); reading
 * 1,000 of them, everything live after the reading (articles, analyses, events) went from 115 to
 * 90 MB. Written by hand: no well-kept library interns the strings of parsed data.
 */

/** Longer strings (quotes of long sentences) are rarely repeated: not looked up. */
const LONGEST = 500;

export class StringPool {
  readonly #strings = new Map<string, string>();

  /**
   * Replace, in place, every string of `value` (plain objects and arrays, as JSON and structured
   * clones give) by the pool's copy of it, the first one met; returns `value`.
   *
   * Other objects (a typed array, a Map) are left as they are. Every string property is assigned
   * again, so `value` must not be frozen. Which copy a string is cannot be seen from JavaScript,
   * only in the heap's size (and in `size`): the values stay equal.
   *
   * @example
   * const pool = new StringPool()
   * const read = JSON.parse('{"sources":[{"articleId":"lammy-visit"},{"articleId":"lammy-visit"}]}')
   * pool.intern(read) === read //=> true
   * read.sources.map((source) => source.articleId) //=> ['lammy-visit', 'lammy-visit']
   */
  /** How many strings the pool holds: one for each distinct string it has met. */
  get size(): number {
    return this.#strings.size;
  }

  intern<T>(value: T): T {
    return this.#intern(value) as T;
  }

  #intern(value: unknown): unknown {
    if (typeof value === 'string') {
      if (value.length > LONGEST) return value;
      const kept = this.#strings.get(value);
      if (kept !== undefined) return kept;
      this.#strings.set(value, value);
      return value;
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) value[index] = this.#intern(value[index]);
    } else if (typeof value === 'object' && value !== null && isPlain(value)) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = this.#intern(record[key]);
    }
    return value;
  }
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
