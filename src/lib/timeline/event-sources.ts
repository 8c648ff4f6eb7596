/** How many of an event's sources its page quotes; any more are listed by article and line. */
export const SOURCES_QUOTED = 20;

/**
 * An event's sources as its page lists them: the first `quoted` with the sentence that tells the
 * event, the rest by article and line only. An event told by hundreds of articles (a background
 * fact every article on a pair repeats) then keeps a page of readable size, every source still linked.
 *
 * @example
 * sourceListing(['a', 'b', 'c'], 2) //=> { quoted: ['a', 'b'], listed: ['c'] }
 */
export function sourceListing<Source>(sources: readonly Source[], quoted: number = SOURCES_QUOTED): { quoted: Source[]; listed: Source[] } {
  return { quoted: sources.slice(0, quoted), listed: sources.slice(quoted) };
}
