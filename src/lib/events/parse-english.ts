import nlp from 'compromise';

/** compromise's parse of a text; the same sentence or clause is asked about several times. */
type Doc = ReturnType<typeof nlp>;

/** Enough for every clause of a few articles; the map is emptied when full to bound memory. */
const MAX_CACHED = 4096;
const cache = new Map<string, Doc>();

/**
 * Parse English text with compromise, once per distinct text. Callers must not change the
 * returned document (no `.toPresentTense()` and the like): it is shared.
 *
 * @example
 * parseEnglish('Lammy met Wang.').has('#Verb') //=> true
 */
export function parseEnglish(text: string): Doc {
  let doc = cache.get(text);
  if (doc === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    doc = nlp(text);
    cache.set(text, doc);
  }
  return doc;
}

/** The verb forms compromise conjugates: `{ Infinitive: 'meet', PastTense: 'met', PresentTense: 'meets', … }`. */
export type VerbForms = Partial<Record<'Infinitive' | 'PastTense' | 'PresentTense' | 'Gerund' | 'FutureTense', string>>;

/** The part of compromise's plugin API (`nlp.world()`) that conjugates one verb. */
interface VerbTransforms {
  methods: {
    two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense?: string): string; conjugate(infinitive: string, model: unknown): VerbForms } } };
  };
  model: unknown;
}

// `nlp.world()` is typed as a bare object; its shape is compromise's documented plugin API.
const world = nlp.world() as VerbTransforms;

/**
 * Every form of one verb, from any of its forms, without parsing a document (a parse is a
 * thousand times slower than this look-up).
 *
 * @example
 * conjugateVerb('handed', 'PastTense').PresentTense //=> 'hands'
 */
export function conjugateVerb(word: string, tense: string): VerbForms {
  const verb = world.methods.two.transform.verb;
  return verb.conjugate(verb.toInfinitive(word.toLowerCase(), world.model, tense), world.model);
}

/** One word of a parsed text with its part-of-speech tags and its offset in the text. */
export interface TaggedTerm {
  text: string;
  tags: readonly string[];
  start: number;
}

/**
 * The words of a text with their tags, from the shared parse.
 *
 * @example
 * taggedTerms('Lammy met Wang')[1] //=> { text: 'met', tags: ['Verb', 'PastTense'], start: 6 }
 */
export function taggedTerms(text: string): TaggedTerm[] {
  const sentences = parseEnglish(text).json({ offset: true }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset: { start: number } }>;
  }>;
  return sentences.flatMap((sentence) => sentence.terms.map((term) => ({ text: term.text, tags: term.tags, start: term.offset.start })));
}

/** compromise's lexicon: the tags it knows a word by ("victoria" → Person, "brussels" → City). */
const LEXICON = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon;

/**
 * The tags compromise's lexicon gives a single word, without parsing.
 *
 * @example
 * lexiconTags('Jordan') //=> ['Person']
 */
export function lexiconTags(word: string): string[] {
  const tags = LEXICON[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
