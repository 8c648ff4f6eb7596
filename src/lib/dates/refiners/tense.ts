/**
 * The tense of the clause around an expression, read from its words — enough to tell whether a
 * bare "Friday" or "February" lies before or after the DCT.
 *
 * How: in the sentence that holds the expression, find tense markers — future: will, 'll, shall,
 * won't, would, going to, plan(s/ned) to, is/are to, expected/scheduled/due/set/slated to, aims to;
 * past: was, were, had, did, said and other irregular past forms, and words ending in -ed (minus a
 * list of non-verbs such as "need", "hundred"). The marker nearest the expression wins, because in
 * "said on Monday that it will ..." each date belongs to the verb beside it. No marker: 'unknown'.
 */
export type Tense = 'past' | 'future' | 'unknown';

const FUTURE = /\b(?:will|shall|won['’]t|would|going to|plans to|planned to|planning to|(?:is|are) to|(?:expected|scheduled|due|set|slated|poised|intends?|aims?|hopes?|promised|vowed|pledged|wants?|seeks?|needs?|prepares?|prepared) to|to be held|upcoming)\b|['’]ll\b/gi;
/** Modal verbs point ahead too; lower case only, so the month May is not one. */
const MODAL = /\b(?:may|might|should|must|could)\b/g;
/**
 * A participle after these is passive, perfect or an adjective, not the clause's past tense ("will
 * be held", "has announced", "will remain closed"): it says nothing of when.
 */
const NOT_TENSE_BEFORE = /\b(?:be|been|being|is|are|am|has|have|having|get|gets|remain|remains|stay|stays|seem|seems|appear|appears|become|becomes)\s+(?:\w+ly\s+)?$/i;
/** Past markers that are never participles: auxiliaries and adverbs keep their sense after "be". */
const ALWAYS_PAST = new Set(['was', 'were', 'had', 'did', 'ago', 'last', 'earlier', 'yesterday']);
const PAST = /\b(?:was|were|had|did|said|told|met|went|came|took|made|gave|held|left|began|won|lost|saw|found|became|fell|rose|led|sent|spent|paid|brought|thought|kept|knew|ran|sat|stood|struck|wrote|spoke|broke|chose|drove|flew|grew|sold|bought|caught|taught|fought|built|meant|felt|heard|got|drew|froze|hid|rode|sank|shook|slept|stole|swore|threw|tore|woke|wore|withdrew|arose|ate|overtook|undertook|won|shot|beat|bore|forgot|forgave|sought|swung|wept|fled|ago|last|earlier|yesterday)\b|\b[a-z]{2,}ed\b/gi;
const NOT_PAST = new Set(['need', 'needed', 'speed', 'feed', 'seed', 'bleed', 'breed', 'proceed', 'exceed', 'succeed', 'indeed', 'hundred', 'red', 'bed', 'shed', 'wed', 'embed', 'united', 'limited', 'based', 'related', 'concerned', 'interested', 'advanced', 'detailed', 'dedicated', 'sophisticated', 'alleged', 'supposed', 'expected', 'scheduled', 'planned', 'proposed', 'intended', 'due', 'armed', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'aged', 'skilled', 'talented', 'qualified', 'complicated', 'reed', 'greed', 'weed', 'steed', 'deed', 'creed', 'heed', 'tweed', 'unprecedented', 'speed', 'biased', 'led']);

/** A tense marker found in a sentence: text offsets of the word(s), and the tense it signals. */
export interface TenseMarker {
  at: number;
  length: number;
  /**
   * `boundary`: where a new predicate starts ("… in July and underlined …"); `comma`: the same,
   * unless right after the expression, where it closes a fronted phrase; `unknown`: a verb
   * that governs the expression but says neither way (see AGREED_TO).
   */
  tense: Tense | 'boundary' | 'comma';
}

/**
 * What was agreed, decided or offered "to" do lies after the agreement, not after the DCT: "the
 * agreement to intensify talks in July" is the July nearer the DCT, whichever way (no tense).
 */
const AGREED_TO = /\b(?:agreement|agreed|decision|decided|commitment|committed|proposal|invitation|invited|offer|offered) to\b/gi;

/** Where a second predicate or a new clause begins: a verb after it is not the verb of an expression before it. */
const BOUNDARY = /[;,]\s+(?:and|but|while|whereas)\s|[;,]\s|\s(?:and|but|while|whereas)\s/g;

/**
 * Every tense marker of the sentence `text.slice(sentenceStart, sentenceEnd)`, past ones first,
 * then future, then modal (the order ties are settled in). Found once per sentence, however many
 * expressions in it ask.
 */
export function tenseMarkers(text: string, sentenceStart: number, sentenceEnd: number): TenseMarker[] {
  // Matched on the sentence alone: a search on the whole text would run on to the text's end.
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const markers: TenseMarker[] = [];
  const collect = (pattern: RegExp, tense: Tense): void => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const word = m[0].toLowerCase();
      if (tense === 'past' && NOT_PAST.has(word)) continue;
      if (tense === 'past' && !ALWAYS_PAST.has(word) && NOT_TENSE_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
      markers.push({ at: sentenceStart + m.index, length: m[0].length, tense });
    }
  };
  collect(PAST, 'past');
  collect(FUTURE, 'future');
  collect(MODAL, 'future');
  collect(AGREED_TO, 'unknown');
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m !== null; m = BOUNDARY.exec(sentence)) {
    // ", and the leaders agreed …" starts a new clause even right after the expression; a bare comma may close a fronted phrase.
    // Of BOUNDARY's three forms only `[;,]\s` is two characters long and starts with the mark: a
    // bare comma (this replaced a /^[;,]\s*$/ test run for every boundary).
    const mark = m[0].charCodeAt(0);
    markers.push({ at: sentenceStart + m.index, length: m[0].length, tense: m[0].length === 2 && (mark === 44 || mark === 59) ? 'comma' : 'boundary' });
  }
  return markers;
}

/**
 * A marker after the expression is often the verb of the next clause ("told Blinken on Friday that
 * they should be partners"); the verb before it governs it unless none is near.
 */
const AFTER_WEIGHT = 2;

/**
 * The tense of the marker nearest the expression at `start`..`end`. Future markers are weighted a
 * little and win ties with each other: "will visit … on Friday" spans more words.
 */
export function tenseNear(markers: readonly TenseMarker[], start: number, end: number): Tense {
  let best: Tense = 'unknown';
  let bestDistance = Infinity;
  // A verb after the expression counts only up to the next boundary: "talks in July and underlined …".
  let boundaryAfter = Infinity;
  for (let m = 0; m < markers.length; m++) {
    const { at, tense } = markers[m]!;
    // A comma right after the expression closes a fronted phrase ("On Friday, Lammy will …").
    if ((tense === 'boundary' || (tense === 'comma' && at > end)) && at >= end && at < boundaryAfter) boundaryAfter = at;
  }
  for (let m = 0; m < markers.length; m++) {
    const { at, length, tense } = markers[m]!;
    // Words inside the expression itself ("last Friday") are not the clause's verb.
    if (tense === 'boundary' || tense === 'comma' || (at >= start && at < end) || at > boundaryAfter) continue;
    const distance = at < start ? start - (at + length) : (at - end) * AFTER_WEIGHT;
    const weighted = tense === 'future' ? distance * 0.9 : distance;
    if (weighted < bestDistance) {
      bestDistance = weighted;
      best = tense;
    }
  }
  return best;
}

/**
 * Tense of the sentence `text.slice(sentenceStart, sentenceEnd)` as seen from the expression at
 * `start`..`end`.
 *
 * @example
 * tenseAround('He will travel on Friday.', 0, 25, 17, 23) //=> 'future'
 */
export function tenseAround(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): Tense {
  return tenseNear(tenseMarkers(text, sentenceStart, sentenceEnd), start, end);
}
