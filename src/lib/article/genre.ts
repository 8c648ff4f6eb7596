/**
 * Which genre an article is read as, and so how its dates are placed and who its "I" is: named
 * rules, first match wins, so `entente check --events` can say which reading it used and why.
 */
import { GENRE_READING, type Genre } from './genres.ts';

/** What the genre rules look at. */
export interface GenreInput {
  genre?: Genre | undefined;
  date?: string | undefined;
  speaker?: string | undefined;
  author?: string | undefined;
  /** The text of every sentence, in order. */
  sentences: readonly string[];
}

/** The genre an article is read as, with the rule that decided it. */
export interface GenreReading {
  genre: Genre;
  /** `narrative` places underspecified dates from the time the text has reached; `news` from its publication date. */
  reading: 'news' | 'narrative';
  rule: string;
  reason: string;
}

export interface GenreRule {
  id: string;
  reason: string;
  /** The genre this rule reads the article as, or undefined when it does not apply. */
  decide(input: GenreInput): Genre | undefined;
}

/** "I", "we", "my", "our", "us" as words (a capital "US" is the country). */
export const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|[Ww]e|[Mm]y|[Oo]ur|us)(?=[^\p{L}’']|$)/u;
/** Quoted speech inside a sentence: a reporter quoting someone is not the text speaking. */
const QUOTED = /[“"][^”"]*[”"]/gu;

/** Sentences whose own voice (outside quotation marks) is the first person. */
export function firstPersonSentences(sentences: readonly string[]): number {
  return sentences.filter((sentence) => FIRST_PERSON.test(sentence.replace(QUOTED, ' '))).length;
}

/** Share of sentences in the first person above which the text speaks for itself (a speech, a statement). */
const FIRST_PERSON_SHARE = 0.2;

/** The reading of a dated text in the third person: the last rule, which always decides. */
const NEWS_RULE = {
  id: 'genre-news',
  reason: 'a dated text in the third person reads as news: its dates are placed from the publication date',
  decide: () => 'news',
} as const satisfies GenreRule;

export const GENRE_RULES: readonly GenreRule[] = [
  {
    id: 'genre-frontmatter',
    reason: 'the frontmatter says which genre the article is (`genre:`)',
    decide: ({ genre }) => genre,
  },
  {
    id: 'genre-undated',
    reason: 'a page with no publication date is reference text: its dates are placed by the narrative',
    decide: ({ date }) => (date === undefined ? 'reference' : undefined),
  },
  {
    id: 'genre-speaker',
    reason: 'the frontmatter names a speaker or author and the text is in the first person: a speech',
    decide: ({ speaker, author, sentences }) => ((speaker ?? author) !== undefined && firstPersonSentences(sentences) > 0 ? 'speech' : undefined),
  },
  {
    id: 'genre-first-person',
    reason: 'a fifth or more of its sentences speak in the first person outside quotation marks: a statement',
    decide: ({ sentences }) => {
      const count = firstPersonSentences(sentences);
      return count >= 2 && count >= sentences.length * FIRST_PERSON_SHARE ? 'statement' : undefined;
    },
  },
  NEWS_RULE,
];

/**
 * The genre an article is read as.
 *
 * @example
 * readGenre({ sentences: ['In March 1972 the talks resumed.'] })
 * //=> { genre: 'reference', reading: 'narrative', rule: 'genre-undated', reason: 'a page with no publication date is reference text: its dates are placed by the narrative' }
 */
export function readGenre(input: GenreInput): GenreReading {
  for (const rule of GENRE_RULES) {
    const genre = rule.decide(input);
    if (genre !== undefined) return { genre, reading: GENRE_READING[genre], rule: rule.id, reason: rule.reason };
  }
  return { genre: NEWS_RULE.decide(), reading: GENRE_READING.news, rule: NEWS_RULE.id, reason: NEWS_RULE.reason };
}
