import { describe, expect, it } from 'vitest';
import { impliedSpeaker } from './implied-speaker.ts';

const firstPerson = ['We met the ministers.', 'We agreed to work together.', 'I welcome the agreement.'];

describe('impliedSpeaker', () => {
  it('returns the frontmatter speaker first (speaker-frontmatter)', () => {
    expect(impliedSpeaker({ named: 'Theresa May', title: 'Statement by the Foreign Secretary', sentences: firstPerson })).toEqual({
      speaker: 'Theresa May',
      rule: 'speaker-frontmatter',
    });
  });

  it.each([
    ['Government statement by Federal Chancellor Angela Merkel on the European Council', 'Angela Merkel'],
    ['Remarks by the President at the Press Conference', 'The President'],
    ['Joint press statement by the President of the European Council Herman Van Rompuy', 'Herman Van Rompuy'],
    ["Text of PM's address to the Joint Meeting of the U.S. Congress", 'The Prime Minister'],
    ["Chairman's Statement on the ASEAN Leaders' Meeting", 'The Chairman'],
  ])('returns whom the title %j names as giving the text (speaker-title)', (title, speaker) => {
    expect(impliedSpeaker({ title, sentences: [] })).toEqual({ speaker, rule: 'speaker-title' });
  });

  it('returns the source of a first-person text when it is one body (speaker-source)', () => {
    expect(impliedSpeaker({ title: 'Joint media release', source: 'Minister for Foreign Affairs, Australia', sentences: firstPerson })).toEqual({
      speaker: 'The Minister for Foreign Affairs',
      rule: 'speaker-source',
    });
  });

  it('returns undefined for a publisher, a third-person text, or a title that names a meeting, not a giver', () => {
    expect(impliedSpeaker({ title: 'China (HC Deb 27 November 1996)', source: 'Hansard (UK Parliament)', sentences: firstPerson })).toBeUndefined();
    expect(impliedSpeaker({ title: 'Talks in Geneva', source: 'Ministry of Foreign Affairs', sentences: ['The ministers met.'] })).toBeUndefined();
    expect(impliedSpeaker({ title: "PM's meeting with President Macron", sentences: [] })).toBeUndefined();
  });
});
