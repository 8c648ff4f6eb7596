import { describe, expect, it } from 'vitest';
import { blockSpeakers, speakerNamedBy } from './speaker.ts';

const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });

describe('speakerNamedBy', () => {
  it.each([
    ['a line naming only its speaker', 'Lord Denham', 'Lord Denham'],
    ['a written answer’s speaker line', 'Mr Alok Sharma:', 'Mr Alok Sharma'],
    ['an attribution opening a quotation', 'Minister Field said:', 'Minister Field'],
    ['a long attribution', 'Speaking ahead of his visit Foreign Secretary Jeremy Hunt said:', 'Foreign Secretary Jeremy Hunt'],
    ['a Hansard turn whose name runs into the speech', '§ Mr. HanleyMy right hon. Friend has met Mr. Qian.', 'Mr. Hanley'],
    ['an office with the name in brackets', 'The Parliamentary Under-Secretary of State, Northern Ireland Office (Lord Lyell)', 'Lord Lyell'],
    ['a spokesperson line', 'The following is attributable to Spokesperson Matthew Miller:', 'Spokesperson Matthew Miller'],
    ['a communiqué’s author opening its operative part', 'The Peace and Security Council,', 'The Peace and Security Council'],
    ['a written answer’s turn, name and words', 'Mr Jeremy Browne: The elections on 7 November were neither free nor fair.', 'Mr Jeremy Browne'],
  ])('returns the speaker of %s', (_, text, speaker) => {
    expect(speakerNamedBy(paragraph(text))).toBe(speaker);
  });

  it.each(['By Jane Doe', 'Brussels, 20 September 2012', 'The ministers met in London on Friday.', 'Note: the figures are provisional.', 'PSC/PR/COMM.(CMXLI)'])('returns undefined for %j', (text) => {
    expect(speakerNamedBy(paragraph(text))).toBeUndefined();
  });
});

describe('blockSpeakers', () => {
  it('returns the frontmatter speaker until the text names another', () => {
    expect(blockSpeakers([paragraph('I arrived.'), paragraph('Lord Denham'), paragraph('I will arrange it.')], 'Mark Field')).toEqual([
      'Mark Field',
      'Lord Denham',
      'Lord Denham',
    ]);
  });
});
