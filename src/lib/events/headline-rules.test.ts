import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX_LENGTH, HEADLINE_RULES, datedCircumstance, definedHappening, datedNounPhrase, headlineDefect, refineHeadline, templateHeadline } from './headline-rules.ts';
import { withinSentence } from './parse-english.ts';
import type { Actor } from './model.ts';

const person = (name: string): Actor => ({ id: name.toLowerCase().replace(/\W+/gu, '-'), name, kind: 'person' });
const country = (name: string): Actor => ({ id: name.toLowerCase(), name, kind: 'country' });

describe('headlineDefect', () => {
  it.each([
    ['Talks held at the ministerial level on 1 and', 'ends mid-phrase on "and"'],
    ['Kenya summons the Chinese ambassador over what', 'ends mid-phrase on "what"'],
    ['The Minister says we meet again in Paris', 'speaks in the first person ("we meet")'],
    ["Speaker's Statement on the visit", 'a page label, not a happening'],
    ['I meets Mr. Qian twice', 'opens on the pronoun "I"'],
    ['These take place in December 1985', 'opens on the pronoun "These"'],
    ['From 4 to in an attempt to create a settlement', 'opens on "From", inside a clause'],
    ['Whether they will publish in the Official Report a list of dates', 'opens on "Whether", inside a clause'],
    ['Published 3 May 2019', 'a page label, not a happening'],
    ['Obama calls India one of the defining…', 'cut off with an ellipsis'],
    ['The', 'fewer than 3 words'],
  ])('returns a defect for %j', (title, defect) => {
    expect(headlineDefect(title)).toBe(defect);
  });

  it('returns undefined for a title a historian would write', () => {
    expect(headlineDefect('Britain hands Hong Kong back to China')).toBeUndefined();
  });
});

describe('HEADLINE_RULES', () => {
  it('has a unique id and a reason for every rule', () => {
    expect(new Set(HEADLINE_RULES.map((rule) => rule.id)).size).toBe(HEADLINE_RULES.length);
    expect(HEADLINE_RULES.every((rule) => rule.reason.length > 0)).toBe(true);
  });
});

describe('refineHeadline', () => {
  const context = { type: 'other' as const, actors: [] };

  it('returns the speaker for "I" (headline-speaker)', () => {
    expect(refineHeadline('I meets Mr. Qian twice', { ...context, speaker: 'Mr. Hanley' })).toEqual({ title: 'Mr. Hanley meets Mr. Qian twice', rules: ['headline-speaker'] });
  });

  it('returns "The Foreign Secretary" for a parliamentary "my right hon. Friend" (headline-speaker)', () => {
    expect(refineHeadline('My right hon. and learned Friend the Foreign Secretary meets Mr. Qian', context).title).toBe('The Foreign Secretary meets Mr. Qian');
  });

  it('returns the antecedent for an opening "They" (headline-antecedent)', () => {
    expect(refineHeadline('They highlight the successes of the friendship', { ...context, antecedent: 'The two leaders' }).title).toBe(
      'The two leaders highlight the successes of the friendship',
    );
  });

  it('returns a long title cut before a clause of its own, never mid-phrase (headline-short)', () => {
    const { title, rules } = refineHeadline(
      'Mark Field meets Parliamentary Vice-Minister Manabu Horii to discuss key foreign policy issues such as the recent attack',
      context,
    );
    expect(title).toBe('Mark Field meets Parliamentary Vice-Minister Manabu Horii');
    expect(rules).toEqual(['headline-short']);
    expect(title!.length).toBeLessThanOrEqual(HEADLINE_MAX_LENGTH);
  });

  it.each([
    ['Kenya summons the Chinese ambassador over what it called an unacceptable detention', 'Kenya summons the Chinese ambassador'],
    ['The EU adopts a sanctions package against Russia even if Hungary blocks a further one', 'The EU adopts a sanctions package against Russia'],
  ])('returns %j cut before the clause a word such as "what" or "even if" opens, not inside it (headline-short)', (long, short) => {
    expect(refineHeadline(long, context).title).toBe(short);
  });

  it('returns the clause, not the happening written before the date, when the clause tells that happening (headline-clause-tells-happening)', () => {
    const beforeDate = 'Mudavadi met Wang Yi at a closed-door meeting in Beijing on ';
    expect(refineHeadline('Mudavadi meets Wang Yi at a closed-door meeting in Beijing', { type: 'meeting', actors: [], several: true, beforeDate })).toEqual({
      title: 'Mudavadi meets Wang Yi at a closed-door meeting in Beijing',
      rules: ['headline-clause-tells-happening'],
    });
    // A clause whose own words tell another kind of happening ("commissioned") leaves the date to the meeting it follows.
    const draft = 'The Joint Studies commissioned at my meeting with the Taoiseach in Dublin';
    expect(refineHeadline(draft, { type: 'meeting', actors: [], several: true, beforeDate: 'the Joint Studies commissioned at my meeting with the Taoiseach in Dublin on ' }).title).toBe(
      'Meeting with the Taoiseach in Dublin',
    );
  });

  it('returns no parenthesis (headline-no-aside)', () => {
    expect(refineHeadline('Britain signs the Anglo-Irish Agreement (Cmnd. 9657)', context).title).toBe('Britain signs the Anglo-Irish Agreement');
  });

  it('returns a template from the type and actors when the sentence gives no usable title (headline-template)', () => {
    expect(refineHeadline('He meets Qian', { type: 'meeting', actors: [person('Douglas Hogg'), person('Qian Qichen')] })).toEqual({
      title: 'Talks between Douglas Hogg and Qian Qichen',
      rules: ['headline-template'],
    });
  });

  it('returns the reason when neither the sentence nor the actors give a title (no-headline)', () => {
    expect(refineHeadline('It agreed through the usual channels that', context)).toEqual({
      rules: ['headline-no-dangling', 'no-headline'],
      defect: 'opens on the pronoun "It"',
    });
  });

  it('returns a clause cut from its sentence without the connective it ends on (headline-no-dangling)', () => {
    expect(refineHeadline('The ceremony marks an “important milestone” which', context).title).toBe('The ceremony marks an “important milestone”');
  });
});

describe('templateHeadline', () => {
  it('returns a visit by someone to a place', () => {
    expect(templateHeadline({ type: 'visit', actors: [person('Mark Field'), country('Japan')] })).toBe('Visit by Mark Field to Japan');
  });

  it('returns undefined without actors', () => {
    expect(templateHeadline({ type: 'agreement', actors: [] })).toBeUndefined();
  });
});

describe('datedNounPhrase (headline-dated-noun)', () => {
  it.each([
    ['the Joint Studies commissioned at my meeting with the then Taoiseach in Dublin on ', 'Meeting with the Taoiseach in Dublin'],
    ['the Seven Point Agreement ', 'Seven Point Agreement'],
    ['Anglo Chinese trade regulations of ', 'Anglo Chinese trade regulations'],
    ['and the Sino-India negotiations concerning Tibet, ', 'Sino-India negotiations concerning Tibet'],
  ])('returns the happening written before the date in %j', (before, phrase) => {
    expect(datedNounPhrase(before)).toBe(phrase);
  });

  it('leaves out the name that owns the happening, however the sentence around tags it', () => {
    const sentence = "Her trip follows Foreign Secretary David Lammy's meeting with Wang Yi in Beijing in October 2024.";
    const before = sentence.slice(0, sentence.indexOf('October'));
    expect(datedNounPhrase(before)).toBe('Meeting with Wang Yi in Beijing');
    expect(withinSentence(sentence, () => datedNounPhrase(before))).toBe('Meeting with Wang Yi in Beijing');
  });

  it('returns undefined when no happening is named before the date', () => {
    expect(datedNounPhrase('The ministers spoke by telephone on ')).toBeUndefined();
  });

  it('titles an event whose sentence gives no usable headline', () => {
    expect(
      refineHeadline('It is exceptional in that the Taoiseach and I received the Joint Studies', {
        type: 'other',
        actors: [],
        beforeDate: 'the Joint Studies commissioned at my meeting with the then Taoiseach in Dublin on ',
      }),
    ).toEqual({ title: 'Meeting with the Taoiseach in Dublin', rules: ['headline-short', 'headline-dated-noun'] });
  });
});

describe('datedCircumstance (headline-dated-circumstance)', () => {
  it('returns the happening of a circumstance phrase, told by the office its possessive stands for', () => {
    expect(datedCircumstance('building upon the vision that the Prime Minister set out during her visit to Japan ', { type: 'visit', actors: [] })).toBe(
      'The Prime Minister visits Japan',
    );
  });

  it('returns the speaker for "my" and the person named before for "his"', () => {
    expect(datedCircumstance('I raised it at my meeting with the Taoiseach in Dublin on ', { type: 'meeting', actors: [], speaker: 'Margaret Thatcher' })).toBe(
      'Margaret Thatcher meets with the Taoiseach in Dublin',
    );
    expect(datedCircumstance('Obama spoke of it during his visit to India in ', { type: 'visit', actors: [person('Obama')] })).toBe('Obama visits India');
  });

  it('returns the happening alone when no owner is known, and undefined when the date follows no circumstance', () => {
    expect(datedCircumstance('Trade rose after the talks with Wang Yi in ', { type: 'meeting', actors: [] })).toBe('Talks with Wang Yi');
    expect(datedCircumstance('The ministers signed the treaty in ', { type: 'agreement', actors: [] })).toBeUndefined();
  });

  it('titles the event by the circumstance before any other rule', () => {
    expect(
      refineHeadline('I delights to be in Japan', {
        type: 'visit',
        actors: [],
        speaker: 'Mark Field',
        beforeDate: 'I am delighted to be in Japan to build upon the vision the Prime Minister set out during her visit to Japan ',
      }),
    ).toEqual({ title: 'The Prime Minister visits Japan', rules: ['headline-dated-circumstance'] });
  });
});

describe('headline rules for openings and manner', () => {
  const refine = (draft: string, speaker?: string) => refineHeadline(draft, { type: 'meeting', actors: [], ...(speaker ? { speaker } : {}) });

  it('names the happening with "The" instead of an opening possessive (headline-possessive)', () => {
    expect(refine('Its second stage held in Geneva')).toEqual({ title: 'The second stage held in Geneva', rules: ['headline-possessive'] });
  });

  it('drops how strongly something was said, and "the members of" a body (headline-no-manner)', () => {
    expect(refine('The members of the Security Council condemn in the strongest terms the assassination of the President')).toEqual({
      title: 'The Security Council condemn the assassination of the President',
      rules: ['headline-no-manner'],
    });
  });

  it('puts the speaker for an "I" that is one of two subjects (headline-speaker)', () => {
    expect(refine('President Hollande and I negotiate in Minsk', 'Angela Merkel')).toEqual({
      title: 'President Hollande and Angela Merkel negotiate in Minsk',
      rules: ['headline-speaker'],
    });
  });
});

describe('the last ways to a title', () => {
  it('cuts a long title before "of" when nothing else gives one (headline-cut-before-of)', () => {
    const draft = 'Kim Jong Un and Moon Jae-in pledge to work for the complete denuclearisation of the Korean peninsula and to pursue talks';
    expect(refineHeadline(draft, { type: 'other', actors: [] })).toEqual({
      title: 'Kim Jong Un and Moon Jae-in pledge to work for the complete denuclearisation',
      rules: ['headline-cut-before-of'],
    });
  });

  it('conjugates the verb after an adverb when the speaker replaces "We" (headline-speaker)', () => {
    expect(refineHeadline('We last met in Beijing', { type: 'meeting', actors: [], speaker: 'Herman Van Rompuy' })).toEqual({
      title: 'Herman Van Rompuy last meets in Beijing',
      rules: ['headline-speaker'],
    });
  });
});

describe('happeningNamedAfter (headline-named-after-date)', () => {
  it('titles a date written inside a happening’s name by that name', () => {
    expect(
      refineHeadline('Kim Jong Un and Moon Jae-in pledge to pursue talks to formally end the 1950-', {
        type: 'other',
        actors: [],
        beforeDate: 'Kim Jong Un and Moon Jae-in pledged to pursue talks to formally end the ',
        afterDate: ' Korean War.',
      }),
    ).toEqual({ title: 'The Korean War', rules: ['headline-named-after-date'] });
  });
});

describe('headline-speaker for communiqués and offices', () => {
  it('puts the speaker before an operative paragraph that opens on its verb', () => {
    expect(refineHeadline('Strongly condemns the coup in Mali', { type: 'statement', actors: [], speaker: 'The Peace and Security Council' })).toEqual({
      title: 'The Peace and Security Council condemns the coup in Mali',
      rules: ['headline-speaker', 'headline-no-manner'],
    });
  });

  it('writes an office standing for a speaker in lower case inside a title', () => {
    expect(refineHeadline('Obama and I meet in the Oval Office', { type: 'meeting', actors: [], speaker: 'The Prime Minister' })).toEqual({
      title: 'Obama and the Prime Minister meet in the Oval Office',
      rules: ['headline-speaker'],
    });
    expect(templateHeadline({ type: 'visit', actors: [person('The Minister for Foreign Affairs'), country('Indonesia')] })).toBe(
      'Visit by the Minister for Foreign Affairs to Indonesia',
    );
  });
});

describe('definedHappening (headline-definition)', () => {
  it.each([
    ['The Camp David Accords is a pair of political agreements signed by Egyptian Anwar Sadat and Israeli Menachem Begin', 'Anwar Sadat and Menachem Begin sign the Camp David Accords'],
    ['Resolution 2231 is a resolution endorsing the Joint Comprehensive Plan of Action', 'Resolution 2231 endorses the Joint Comprehensive Plan of Action'],
    ['The Helsinki Final Act is the document signed in Helsinki', 'The Helsinki Final Act signed in Helsinki'],
  ])('tells the happening of %j', (draft, title) => {
    expect(definedHappening(draft)).toBe(title);
  });

  it('returns undefined for a definition that tells no happening', () => {
    expect(definedHappening('Mr Smith is a diplomat')).toBeUndefined();
    expect(definedHappening('The treaty is the first of its kind')).toBeUndefined();
  });
});

describe('headline-abbreviate and the deictic words', () => {
  it('writes well-known names short when a title is too long, then drops "today"', () => {
    expect(
      refineHeadline('United Nations Security Council Resolution 2231 endorses the Joint Comprehensive Plan of Action on Iran', { type: 'other', actors: [] }).title,
    ).toBe('Resolution 2231 endorses the Joint Comprehensive Plan of Action');
    expect(refineHeadline('Security Council today authorizes the creation of a mission', { type: 'other', actors: [] }).title).toBe(
      'Security Council authorizes the creation of a mission',
    );
  });
});
