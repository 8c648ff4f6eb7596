/**
 * A copy of `text` as one flat string: the same characters, lone surrogates included.
 *
 * V8 keeps a string put together piece by piece (`a + b`, a template literal) as a tree of its
 * pieces until something reads it whole. Such a string kept for a long time costs every full
 * garbage collection a visit to each node: the event items a build keeps (event-item-html.ts) were,
 * at 4,000 synthetic articles, 4.2 million tree nodes and 129 MB of a 527 MB heap while pages
 * rendered. No JavaScript API promises a flat string: some built-ins (`charCodeAt`, `indexOf`,
 * `JSON.stringify`) flatten a string in place as a side effect of reading it, which V8 may change.
 * `JSON.parse` returns a new string read from what `JSON.stringify` wrote: flat, with every code
 * unit kept (a lone surrogate is escaped, then read back). `toWellFormed()` makes a new string
 * only of text with characters beyond Latin-1, and `normalize()` may change the text.
 *
 * @example
 * flatString(['<li>', 'Lammy', '</li>'].reduce((html, piece) => html + piece)) //=> '<li>Lammy</li>'
 * flatString('\ud800 lone') === '\ud800 lone' //=> true
 */
export function flatString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
