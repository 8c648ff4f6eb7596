/**
 * Who speaks in each block of a first-person text (a speech, a statement, a parliamentary
 * record), so that "I visited Beijing" can be told as "<speaker> visits Beijing".
 *
 * The voice changes where the text says so: a line that only names someone ("Lord Denham"), an
 * attribution that opens a quotation ("Minister Field said:"), a Hansard turn ("§ Mr. Hanley …"), a
 * transcript's "Mr Jeremy Browne: …".
 * Before any, the frontmatter's `speaker:` (or `author:`) speaks.
 */
import type { Block } from '../article/blocks.ts';

/** A name as a text writes it: capitalised words, with honorifics and initials ("Mr. Hanley", "Dr. Garret FitzGerald"). */
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Minister|Secretary|President|Premier|Spokesperson|Ambassador)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?|de\s+|van\s+|and\s+)?\p{Lu}[\p{L}.'’-]*){0,4}`;

/** "Minister Field said:", "Speaking ahead of his visit Foreign Secretary Jeremy Hunt said:". */
const ATTRIBUTION = new RegExp(String.raw`(?:^|\s)(${NAME})\s+(?:said|says|stated|added|told [\p{L} ]+)\s*:\s*$`, 'u');
/** "The following is attributable to Spokesperson Matthew Miller:". */
const ATTRIBUTABLE = new RegExp(String.raw`\battributable to\s+(${NAME})\s*:?\s*$`, 'u');
/** A parliamentary turn: "§ Mr. HanleyMy right hon. …" (the name may run into the speech). */
const TURN = new RegExp(String.raw`^§\s*(?:\d+\.\s*)?(${NAME})`, 'u');
/** A turn of a transcript or a written answer: "Mr Jeremy Browne: The elections …" (a name, a colon, the words). */
const NAME_COLON = new RegExp(String.raw`^(${NAME}):\s+\S`, 'u');
/** A line naming only its speaker, with an office before a parenthesised name: "The Minister of State (Lord Lyell)". */
const OFFICE_WITH_NAME = new RegExp(String.raw`\((${NAME})\)\s*$`, 'u');
// A byline ("By Jane Doe") names the writer, who is no speaker of the text.
// A communiqué opens its operative part on its author: "The Peace and Security Council,".
const NAME_LINE = new RegExp(String.raw`^(?!By\s)(${NAME})\s*[:,]?$`, 'u');

/** A name that runs into the next word, as extracted Hansard prints it ("HanleyMy"): the name ends at the second capital. */
function unglue(name: string): string {
  return name.replace(/(\p{Ll})(\p{Lu}\p{Ll}*)$/u, '$1');
}

/** The speaker a block names for what follows, if it names one; a code in capitals ("CMXLI") names no one. */
export function speakerNamedBy(block: Pick<Block, 'kind' | 'text'>): string | undefined {
  const name = nameIn(block);
  return name !== undefined && /\p{Ll}/u.test(name) ? name : undefined;
}

function nameIn(block: Pick<Block, 'kind' | 'text'>): string | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const text = block.text.trim();
  const turn = TURN.exec(text);
  if (turn?.[1]) return unglue(turn[1]);
  const attribution = ATTRIBUTION.exec(text) ?? ATTRIBUTABLE.exec(text);
  if (attribution?.[1]) return attribution[1];
  const colon = NAME_COLON.exec(text);
  // "Date: 3 May 2019", "Note: …" are labels, not people: a name has two words or an honorific.
  if (colon?.[1] && /\s/u.test(colon[1])) return colon[1];
  if (text.split(/\s+/u).length > 12) return undefined;
  const office = OFFICE_WITH_NAME.exec(text);
  if (office?.[1]) return office[1];
  return NAME_LINE.exec(text)?.[1];
}

/**
 * The speaker of each block: the last one named before it (a turn names itself), else `initial`.
 *
 * @example
 * blockSpeakers([{ kind: 'paragraph', text: 'Lord Denham' }, { kind: 'paragraph', text: 'I will arrange it.' }], undefined)
 * //=> ['Lord Denham', 'Lord Denham']
 */
export function blockSpeakers(blocks: ReadonlyArray<Pick<Block, 'kind' | 'text'>>, initial: string | undefined): Array<string | undefined> {
  let current = initial;
  return blocks.map((block) => {
    current = speakerNamedBy(block) ?? current;
    return current;
  });
}
