import type { EventType } from './model.ts';

/**
 * Words that name each kind of happening, most specific kinds first: a sentence where a leader
 * "met" someone and "said" something is a meeting, not a statement. Words that are also names
 * match in lower case only: "a bill" is a law, "Bill Clinton" is not; "a ban", not "Ban Ki-moon".
 */
const EVENT_TYPE_WORDS: ReadonlyArray<readonly [EventType, readonly RegExp[]]> = [
  [
    'transfer',
    [/\b(?:hand(?:s|ed|ing)? (?:\w+ )*?(?:back|over)|handover|ceded?|transferr?(?:ed|s)?|return(?:ed)? (?:\w+ )*?to (?:\w+ )?(?:rule|sovereignty|control))\b/iu],
  ],
  ['law', [/\b(?:law|legislation|decree|constitution)\b/iu, /\bbills?\b/u, /\b\p{Lu}\p{L}+ Act\b/u]],
  ['sanction', [/\bsanction(?:s|ed)?\b|\bembargo\b|\bexpel(?:s|led)?\b/iu, /\bban(?:s|ned)?\b/u]],
  [
    'agreement',
    [
      /\b(?:sign(?:s|ed)?|agree(?:s|d)?|agreement|treaty|accord|deal|pact|memorandum|joint declaration|diplomatic relations|recogni[sz](?:e|es|ed|ing)|normali[sz](?:e|es|ed)|establish(?:es|ed)? (?:\w+ )?(?:ties|relations))\b/iu,
    ],
  ],
  ['meeting', [/\b(?:meet(?:s|ing)?|met|talks|summit|held talks)\b/iu]],
  ['office', [/\b(?:took office|takes office|came to (?:office|power)|sworn in|elected|appointed|resign(?:s|ed)|inaugurat(?:ed|ion))\b/iu]],
  ['visit', [/\b(?:visit(?:s|ed|ing)?|trip|travel(?:s|led|ed)?|arriv(?:e|es|ed)|tour(?:ed)?)\b/iu]],
  ['conflict', [/\b(?:war|invasion|invad(?:e|ed|es)|attack(?:s|ed)?|clash(?:es|ed)?|strikes?|shell(?:ed|ing))\b/iu]],
  ['protest', [/\bprotest(?:s|ed|ers)?\b|\bdemonstrat(?:ion|ors|ed)\b/iu]],
  ['trade', [/\b(?:trade|tariffs?|exports?|imports?|investment)\b/iu]],
  [
    'statement',
    [/\b(?:said|says|told|tells|urg(?:e|es|ed)|warn(?:s|ed)?|call(?:s|ed)|hail(?:s|ed|ing)?|announc(?:e|es|ed)|criticis(?:e|es|ed)|condemn(?:s|ed)?|den(?:y|ies|ied)|accus(?:e|es|ed)|statement)\b/iu],
  ],
];

/**
 * The kind of happening a headline (or, failing that, its sentence) tells.
 *
 * @example
 * eventType('London hands Hong Kong back to China', '') //=> 'transfer'
 */
export function eventType(title: string, sentence: string): EventType {
  for (const text of [title, sentence]) {
    const found = EVENT_TYPE_WORDS.find(([, words]) => words.some((pattern) => pattern.test(text)));
    if (found) return found[0];
  }
  return 'other';
}
