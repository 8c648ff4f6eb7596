import nlp from 'compromise';

/** compromise's parse of a text; the same sentence or clause is asked about several times. */
type Doc = ReturnType<typeof nlp>;

/**
 * compromise's last step of every parse finds noun and verb phrases ("chunks"): about 8 % of a
 * parse (measured over 7,122 sentences of generated news), needed in Entente only by `.nouns()`
 * and `.verbs()`, which few parses are asked. So Entente's parses leave it out (`parse`), and
 * {@link nounPhrases} and {@link verbPhrases} run it, over the whole parsed text as a parse
 * would, the first time they are asked of that text: a text's phrases are the same, and other
 * parses do less. compromise's steps are its world's `hooks`, read at each parse: they are set
 * for Entente's own parses only, so that any other user of compromise in the process (a site's
 * own code) still gets its whole parse.
 */
const WORLD = nlp.world() as { hooks: string[] };

/** compromise's parse of `text` without its phrases (see `WORLD`). */
function parse(text: string): Doc {
  const hooks = WORLD.hooks;
  WORLD.hooks = hooks.filter((hook) => hook !== 'chunks');
  try {
    return nlp(text);
  } finally {
    WORLD.hooks = hooks;
  }
}

/** The parsed texts (compromise's term lists, shared by a document and its views) whose phrases are found. */
const chunked = new WeakSet<object>();

/** `doc` with the phrases of its whole text found (see `WORLD`). */
function withPhrases(doc: Doc): Doc {
  const terms = doc.document as object;
  if (!chunked.has(terms)) {
    doc.all().compute('chunks');
    chunked.add(terms);
  }
  return doc;
}

/**
 * The noun phrases of a text (compromise's `.nouns()`), from its shared parse.
 *
 * @example
 * nounPhrases('Officials held a round of meetings.').out('array') //=> ['Officials', 'a round of meetings.']
 */
export function nounPhrases(text: string): ReturnType<Doc['nouns']> {
  return withPhrases(parseEnglish(text)).nouns();
}

/**
 * The verb phrases of a text (compromise's `.verbs()`), from its shared parse.
 *
 * @example
 * verbPhrases('Lammy met Wang Yi.').first().text() //=> 'met'
 */
export function verbPhrases(text: string): ReturnType<Doc['verbs']> {
  return withPhrases(parseEnglish(text)).verbs();
}

/** Enough for every sentence and clause of a few articles; the map is emptied when full to bound memory. */
const MAX_CACHED = 4096;
const cache = new Map<string, Doc>();

/**
 * Parse English text with compromise, once per distinct text. Callers must not change the
 * returned document (no `.toPresentTense()` and the like): it is shared. Its noun and verb phrases
 * are not found yet: ask for them through {@link nounPhrases} and {@link verbPhrases}, not
 * `.nouns()` or `.verbs()` (nor `.sentences()` or `<Noun>` matches), which would miss them.
 *
 * Inside {@link withinSentence}, a text whose words run unbroken in that sentence is answered
 * from the sentence's own parse (a view of its words), tagged in context and without parsing
 * again; other texts are parsed alone.
 *
 * @example
 * parseEnglish('Lammy met Wang.').has('#Verb') //=> true
 */
export function parseEnglish(text: string): Doc {
  return (scope === undefined ? undefined : inSentence(scope, text)?.doc) ?? parsedAlone(text);
}

function parsedAlone(text: string): Doc {
  let doc = cache.get(text);
  if (doc === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    doc = parse(text);
    cache.set(text, doc);
  }
  return doc;
}

/** A part of the sentence in hand: its words' view of the sentence's parse, and where each word starts in the part. */
interface SentencePart {
  doc: Doc;
  starts: readonly number[];
}

/** The sentence whose clauses, titles and phrases are being read, and the parts of it asked about so far. */
interface SentenceScope {
  doc: Doc;
  parts: Map<string, SentencePart | null>;
}

let scope: SentenceScope | undefined;

/**
 * Run `work` with `sentence` as the sentence in hand: the clauses and phrases cut from it are
 * answered from its one parse (a parse costs about 1.5 ms; a sentence's candidates ask about
 * eight parts of it). Only explicit, nested scopes, so that an answer depends on the sentence
 * alone and never on what was read before.
 *
 * @example
 * withinSentence('Visiting officials met Wang Yi.', () => parseEnglish('met Wang Yi').has('^#Verb')) //=> true
 */
export function withinSentence<T>(sentence: string, work: () => T): T {
  const outer = scope;
  scope = { doc: parsedAlone(sentence), parts: new Map() };
  try {
    return work();
  } finally {
    scope = outer;
  }
}

/** The view of the sentence's parse whose words are the text's, in order and unbroken; null when there is none. */
function inSentence(within: SentenceScope, text: string): SentencePart | null {
  const known = within.parts.get(text);
  if (known !== undefined) return known;
  let part: SentencePart | null = null;
  // Tokenising alone (no tagging) is a small part of a parse.
  const words = nlp.tokenize(text).json({ offset: true }) as Array<{ terms: Array<{ text: string; offset: { start: number } }> }>;
  const wanted = words.flatMap((sentence) => sentence.terms);
  const first = wanted[0]?.text;
  if (first !== undefined) {
    // `docs` holds each sentence's terms; `update` makes a view of one run of them: compromise's
    // pointer API, whose types take one pointer where it takes a list and return the base view.
    const terms = within.doc.docs as Array<Array<{ text: string }>>;
    const view = within.doc.update as unknown as (pointers: Array<[number, number, number]>) => Doc;
    for (let s = 0; s < terms.length && part === null; s++) {
      const run = terms[s]!;
      for (let i = 0; i + wanted.length <= run.length; i++) {
        if (run[i]!.text !== first || !wanted.every((word, k) => run[i + k]!.text === word.text)) continue;
        part = { doc: view.call(within.doc, [[s, i, i + wanted.length]]), starts: wanted.map((word) => word.offset.start) };
        break;
      }
    }
  }
  within.parts.set(text, part);
  return part;
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
  const part = scope === undefined ? null : inSentence(scope, text);
  const sentences = (part?.doc ?? parsedAlone(text)).json({ offset: true }) as Array<{
    terms: Array<{ text: string; tags: string[]; offset: { start: number } }>;
  }>;
  // A view's offsets are the sentence's; the part's own are its words'.
  return sentences.flatMap((sentence) => sentence.terms).map((term, k) => ({ text: term.text, tags: term.tags, start: part?.starts[k] ?? term.offset.start }));
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
