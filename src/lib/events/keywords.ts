/**
 * The content words of a headline, to tell whether two headlines name the same happening
 * ("Britain hands Hong Kong back to China", "Hong Kong handed back to Chinese rule").
 */

/** Function words and news filler that say nothing about which happening it is. */
const STOPWORDS = new Set(
  (
    'the a an and or but of to in on at for from with by as is are was were be been has have had its their his her ' +
    'this that these those it they he she we who which what when where after before over under about into than then ' +
    'also says said tells told will would could should may might year years day days week month today yesterday ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday first second last next new two three four five'
  ).split(' '),
);

/** A light stem: plural and verb endings, so "meets" and "meeting" and "met" stay close enough. */
function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/u, '');
}

/**
 * @example
 * contentWords('Britain hands Hong Kong back to China') //=> new Set(['britain', 'hand', 'hong', 'kong', 'back', 'china'])
 */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return new Set(words.filter((word) => word.length > 2 && !STOPWORDS.has(word)).map(stem));
}

/**
 * How much two sets of content words share: the count, and the share of the smaller set.
 *
 * @example
 * wordOverlap(contentWords('Beijing imposes security law'), contentWords('China passes security law')) //=> { shared: 2, ratio: 0.5 }
 */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; ratio: number } {
  const shared = [...a].filter((word) => b.has(word)).length;
  const smaller = Math.min(a.size, b.size);
  return { shared, ratio: smaller === 0 ? 0 : shared / smaller };
}
