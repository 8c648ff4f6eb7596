/**
 * Who says "I" and "we" in a text whose frontmatter names no `speaker:` or `author:`: the person or
 * office its title says gives it, else, for a text in the first person, its source. Named rules,
 * first match wins, so `entente check --events` can say where a speaker came from.
 */
import { firstPersonSentences } from './genre.ts';

export interface SpeakerInput {
  /** The frontmatter's `speaker:`, else its `author:`. */
  named?: string | undefined;
  title: string;
  source?: string | undefined;
  sentences: readonly string[];
}

export interface SpeakerRule {
  id: string;
  reason: string;
  speaker(input: SpeakerInput): string | undefined;
}

/** Kinds of text one person or office gives, capitalised or not (the patterns must tell capitals apart). */
const GIVEN_TEXT = `(?:${'statement remarks speech address answer interview briefing readout message letter lecture testimony declaration'
  .split(' ')
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join('|')})`;
/** A run of capitalised words: a name, an office, or both ("Federal Chancellor Angela Merkel"). */
const CAPITALISED_RUN = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?\p{Lu}[\p{L}.'’-]*)*`;
/** "Government statement by Federal Chancellor Angela Merkel on …", "Remarks by the President". */
const GIVEN_BY = new RegExp(String.raw`\b${GIVEN_TEXT}\b[^:;]*?\bby\s+(?:the\s+)?(${CAPITALISED_RUN})`, 'u');
/** "PM's address to Congress", "Chairman's Statement on …", "Angela Merkel's speech". */
const POSSESSIVE_GIVER = new RegExp(String.raw`^(?:(?:Text|Full text|Transcript) of\s+)?(?:the\s+)?(${CAPITALISED_RUN})['’]s\s+(?:[\p{L}-]+\s+){0,2}?${GIVEN_TEXT}\b`, 'u');

/** Words of an office, not of a name; a run of only these is an office ("the Prime Minister"). */
const OFFICE_WORDS = new Set(
  'federal chancellor president vice prime minister secretary foreign state general deputy chairman chairwoman chair spokesperson spokesman spokeswoman ambassador high representative commissioner premier governor mayor king queen defence defense home trade of for affairs the'.split(' '),
);
/** The most words of a person's name ("Herman Van Rompuy"). */
const NAME_MAX_WORDS = 3;
/** Abbreviated offices titles use: "PM's address". */
const ABBREVIATED_OFFICES: Readonly<Record<string, string>> = { PM: 'Prime Minister', FM: 'Foreign Minister', SG: 'Secretary-General' };
/** The most words a source may have to speak as one body ("ASEAN Secretariat", "Minister for Foreign Affairs"). */
const SOURCE_MAX_WORDS = 6;
/** Sources that publish others' words: a record or an agency never speaks in the first person itself. */
const PUBLISHER = /\b(?:hansard|gov\.uk|record|reuters|associated press|agence|afp|news|times|post|gazette|journal|bbc|wikipedia|archive)\b/iu;

/** A name or an office as a speaker: "Angela Merkel" from "Federal Chancellor Angela Merkel", "The Prime Minister" from "PM". */
function asSpeaker(run: string): string | undefined {
  const words = run.trim().split(/\s+/u);
  const expanded = ABBREVIATED_OFFICES[run.trim()];
  if (expanded !== undefined) return `The ${expanded}`;
  const isOffice = (word: string) => OFFICE_WORDS.has(word.toLowerCase().replace(/[.'’]/gu, ''));
  if (words.every(isOffice)) return `The ${words.join(' ')}`;
  // A name ends the run ("President of the European Council Herman Van Rompuy"): its last words
  // after any office word.
  const tail = words.slice(-NAME_MAX_WORDS);
  const name = tail.slice(tail.findLastIndex(isOffice) + 1).join(' ');
  return name.length > 1 ? name : undefined;
}

export const SPEAKER_RULES: readonly SpeakerRule[] = [
  {
    id: 'speaker-frontmatter',
    reason: 'the frontmatter says who speaks (`speaker:`, else `author:`)',
    speaker: ({ named }) => named,
  },
  {
    id: 'speaker-title',
    reason: 'the title says who gives the text ("Statement by Federal Chancellor Angela Merkel", "PM’s address to Congress")',
    speaker: ({ title }) => {
      const run = GIVEN_BY.exec(title)?.[1] ?? POSSESSIVE_GIVER.exec(title)?.[1];
      return run === undefined ? undefined : asSpeaker(run);
    },
  },
  {
    id: 'speaker-source',
    reason: 'a text that speaks in the first person and names no speaker speaks for its source, when that is one body ("ASEAN Secretariat")',
    speaker: ({ source, sentences }) => {
      const body = source?.split(/[,;(–—]/u)[0]?.trim();
      if (body === undefined || body === '' || PUBLISHER.test(body) || body.split(/\s+/u).length > SOURCE_MAX_WORDS) return undefined;
      if (firstPersonSentences(sentences) < 2) return undefined;
      return OFFICE_WORDS.has(body.split(/\s+/u)[0]!.toLowerCase()) ? `The ${body}` : body;
    },
  },
];

/**
 * Who says "I" and "we" in the text, with the rule that says so, or undefined when nothing does.
 *
 * @example
 * impliedSpeaker({ title: 'Government statement by Federal Chancellor Angela Merkel on the European Council', sentences: [] })
 * //=> { speaker: 'Angela Merkel', rule: 'speaker-title' }
 * impliedSpeaker({ title: "Text of PM's address to the Joint Meeting of the U.S. Congress", sentences: [] })?.speaker
 * //=> 'The Prime Minister'
 */
export function impliedSpeaker(input: SpeakerInput): { speaker: string; rule: string } | undefined {
  for (const rule of SPEAKER_RULES) {
    const speaker = rule.speaker(input);
    if (speaker !== undefined) return { speaker, rule: rule.id };
  }
  return undefined;
}
