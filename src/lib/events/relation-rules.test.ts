import { describe, expect, it } from 'vitest';
import { createGazetteer } from './gazetteer.ts';
import type { EventType } from './model.ts';
import {
  NO_ACTION_RULE,
  NO_COUNTERPART_RULE,
  RELATION_SIDE_RULES,
  RELATION_TYPE_RULES,
  TYPE_FALLBACK_RULE,
  articlePair,
  codeRelation,
  createRelationContext,
  relationOf,
  textVoice,
} from './relation-rules.ts';
import type { RelationInput } from './relation-rules.ts';

const knownActors = [
  { id: 'david-lammy', name: 'David Lammy', kind: 'person' as const, aliases: ['Lammy'], country: 'United Kingdom' },
  { id: 'wang-yi', name: 'Wang Yi', kind: 'person' as const, aliases: ['Wang'], country: 'China' },
  { id: 'maya-wang', name: 'Maya Wang', kind: 'person' as const, aliases: [], role: 'Associate China director, Human Rights Watch' },
  { id: 'human-rights-watch', name: 'Human Rights Watch', kind: 'organisation' as const, aliases: ['HRW'] },
];
const gazetteer = createGazetteer(knownActors);
const context = createRelationContext(knownActors, gazetteer);

/** Code a sentence that is its own title, as a dated sentence of one happening is. */
function code(text: string, options: Partial<RelationInput> = {}) {
  return codeRelation({ text, title: text, type: 'other' as EventType, actors: [], ...options }, context);
}

/** For each type rule: sentences it decides, and sentences it must leave to another rule. */
const TYPE_CASES: Record<string, { fires: string[]; not: string[] }> = {
  ceremony: { fires: ['The ceremony in Paris marked the return of France to NATO.'], not: ['France returned the islands to Spain.'] },
  'change-of-office': { fires: ['Nixon was elected president of the United States in 1968.'], not: ['The United States recognised China.'] },
  lapse: { fires: ['The treaty between China and India expired in 1962.'], not: ['China and India signed a treaty.'] },
  threaten: {
    fires: ['Russia threatened Ukraine with force.', 'China warned Japan over the islands.'],
    not: ['France feared the threat of liberalism from Britain.'],
  },
  'ease-sanctions': { fires: ['The United States lifted sanctions on Cuba.'], not: ['The United States imposed sanctions on Cuba.'] },
  sanction: { fires: ['The United States imposed sanctions on Iran.', 'Britain expelled Russian diplomats.', 'The United States withdrew from the nuclear deal with Iran.'], not: ['Britain welcomed Russian diplomats.'] },
  'promise-withdrawal': { fires: ['India said it would withdraw its troops from Pakistan.'], not: ['India withdrew its troops from Pakistan.'] },
  'sign-agreement': { fires: ['China and India signed an agreement in Peking.'], not: ['China and India negotiated an agreement.'] },
  assault: { fires: ['Iraq invaded Kuwait.', 'War broke out between China and India.', 'Russia launched missile strikes on Ukraine.'], not: ['China and India discussed their border.'] },
  coerce: { fires: ['Beijing imposed a security law on Hong Kong.', 'Iran arrested British sailors.'], not: ['Ban Ki-moon met Iran’s foreign minister.'] },
  protest: { fires: ['Protesters in Hong Kong demonstrated against China.'], not: ['Hong Kong traded with China.'] },
  mobilize: { fires: ['Russia deployed troops on the border of Ukraine.', 'China sent warships near Taiwan.'], not: ['Russia met Ukraine.'] },
  aid: { fires: ['Japan gave humanitarian aid to Turkey.', 'Canada granted asylum to a Saudi teenager.', 'The Security Council created a United Nations Verification Mission in Colombia.'], not: ['Japan met Turkey.'] },
  retreat: { fires: ['Britain handed Hong Kong back to China.', 'Iran released British sailors.', 'Ukraine and Russia exchanged prisoners of war.'], not: ['Britain said it would hand Hong Kong back to China.'] },
  reject: { fires: ['China rejected the demands of Britain.', 'Russia vetoed the resolution of France.'], not: ['China accepted the demands of Britain.'] },
  accuse: { fires: ['France condemned Iran.', 'Germany accused Russia of espionage.', 'China lodged a formal protest with Japan.'], not: ['France praised Iran.'] },
  request: { fires: ['Human Rights Watch urged Lammy to put rights first.', 'China called on Japan to apologise.', 'The EU called on China to release the activists.'], not: ['China thanked Japan.'] },
  recognise: { fires: ['France recognised Tunisia.', 'The United States established full relations with China.'], not: ['France visited Tunisia.'] },
  'host-visit': { fires: ['The Prime Minister welcomed French President Emmanuel Macron to London.'], not: ['Britain welcomed the agreement with France.'] },
  intend: { fires: ['Japan agreed to hold talks with China.', 'Nixon announced that he would visit China.', 'Britain and China are expected to sign trade deals.'], not: ['Japan held talks with China.'] },
  praise: { fires: ['Britain welcomed the decision of France.', 'David Cameron hailed China as a partner.'], not: ['Britain welcomed the meeting with France.'] },
  'diplomatic-cooperation': { fires: ['The U.S.-India Strategic Dialogue was expanded.'], not: ['The U.S.-India Strategic Dialogue met.'] },
  consult: { fires: ['Lammy met Wang Yi in Beijing.', 'Japan and China held talks.'], not: ['Lammy praised Wang Yi.'] },
  cooperate: { fires: ['France and Germany held joint military exercises.', 'The UK and France cooperate on migration.'], not: ['France and Germany discussed military exercises.'] },
  comment: { fires: ['Beijing’s foreign ministry said Britain was wrong.'], not: ['Beijing’s foreign ministry said China met Britain.'] },
};

describe('codeRelation', () => {
  it('returns the seed’s meeting as CONSULT from the United Kingdom to China, verbal cooperation, intensity 1', () => {
    const input = { text: 'On Friday afternoon, Lammy met with Wang at Beijing’s Diaoyutai State Guesthouse.', title: 'Lammy meets with Wang', dateText: 'On Friday afternoon', type: 'meeting' as const, actors: [] };
    expect(codeRelation(input, context).relation).toEqual({ type: 'CONSULT', quad: 'verbal-cooperation', intensity: 1, actor: 'united-kingdom', recipient: 'china' });
  });

  it('returns a person’s organisation from the role the editors give them', () => {
    expect(code('Maya Wang urged Lammy to put rights first.').relation).toMatchObject({ type: 'REQUEST', actor: 'human-rights-watch', recipient: 'united-kingdom' });
  });

  it('returns Hong Kong as a side of its own', () => {
    expect(code('Beijing imposed a national security law on Hong Kong.').relation).toMatchObject({ type: 'COERCE', actor: 'china', recipient: 'hong-kong' });
  });

  describe('type rules', () => {
    it('has cases for every type rule', () => {
      expect(Object.keys(TYPE_CASES).sort()).toEqual(RELATION_TYPE_RULES.map((rule) => rule.id).sort());
    });
    for (const rule of RELATION_TYPE_RULES) {
      const cases = TYPE_CASES[rule.id]!;
      for (const sentence of cases.fires) it(`returns ${rule.id} for “${sentence}”`, () => expect(code(sentence).rules[0]).toBe(rule.id));
      for (const sentence of cases.not) it(`returns another rule than ${rule.id} for “${sentence}”`, () => expect(code(sentence).rules[0]).not.toBe(rule.id));
    }
  });

  it(`returns ${TYPE_FALLBACK_RULE.id} when only the kind of happening names the action`, () => {
    expect(code('The Lancaster House Agreement between Britain and France.', { type: 'agreement' })).toEqual({
      relation: { type: 'SUPPORT', quad: 'verbal-cooperation', intensity: 8, actor: 'united-kingdom', recipient: 'france' },
      rules: [TYPE_FALLBACK_RULE.id, 'parties-between'],
    });
    expect(code('The Lancaster House Agreement between Britain and France.').rules).not.toContain(TYPE_FALLBACK_RULE.id);
  });

  it(`returns null by ${NO_ACTION_RULE.id} when neither words nor the kind of happening name an action`, () => {
    expect(code('Parliament passed the Online Safety Act in Britain.', { type: 'law' })).toEqual({ relation: null, rules: [NO_ACTION_RULE.id] });
  });

  describe('side rules', () => {
    const ids = RELATION_SIDE_RULES.map((rule) => rule.id);
    const cases: Array<[string, string, string, string, Partial<RelationInput>?]> = [
      ['welcomed-visitor', 'The Prime Minister welcomed French President Emmanuel Macron to Downing Street.', 'france', 'united-kingdom', { voice: 'united-kingdom' }],
      ['agent-after-by', 'The agreement was signed by China and India in Peking.', 'china', 'india'],
      ['parties-between', 'The Tashkent Declaration was signed between India and Pakistan.', 'india', 'pakistan'],
      ['visitor-and-host', 'Mark Field arrived in Tokyo.', 'united-kingdom', 'japan', { voice: 'united-kingdom', actors: [{ id: 'mark-field', name: 'Mark Field', kind: 'person' }] }],
      ['hyphenated-pair', 'The Sino-Indian talks resumed on trade concerning Tibet.', 'china', 'india'],
      ['subject-and-object', 'Perhaps the sticking point has been Hong Kong, the colony that London handed back to China.', 'united-kingdom', 'china'],
      ['article-pair', 'The inaugural meeting was held in September.', 'united-states', 'india', { voice: 'united-states', pair: ['united-states', 'india'] }],
      ['article-pair', 'Wu Yi came to the United Kingdom in February.', 'china', 'united-kingdom', { pair: ['china', 'united-kingdom'] }],
      ['event-actors', 'the security law', 'china', 'hong-kong', { title: 'Beijing imposes a law', editorTitle: true, actors: [{ id: 'china', name: 'China', kind: 'country' }, { id: 'hong-kong', name: 'Hong Kong', kind: 'place' }] }],
    ];
    it('has a case for every side rule', () => expect([...new Set(cases.map(([id]) => id))].sort()).toEqual([...ids].sort()));
    for (const [id, text, actor, recipient, options] of cases) {
      it(`returns ${id} with ${actor} acting on ${recipient} for “${text}”`, () => {
        const coding = code(text, options);
        expect(coding.rules[1]).toBe(id);
        expect(coding.relation).toMatchObject({ actor, recipient });
      });
    }
    it('returns an accusation of violence as ACCUSE, with or without a date after it', () => {
      const text = 'The General Assembly of the United Nations condemned Russia’s invasion of Ukraine on 2 March.';
      expect(code(text).relation).toMatchObject({ type: 'ACCUSE', actor: 'united-nations', recipient: 'russia' });
      expect(code(text, { dateText: 'on 2 March' }).relation?.type).toBe('ACCUSE');
    });

    it('returns the partner named with the subject as the other side of a happening of both', () => {
      expect(code('Argentina and Britain fought over the Falkland Islands.').relation).toMatchObject({ type: 'ASSAULT', actor: 'argentina', recipient: 'united-kingdom' });
      expect(code('Britain and France condemned Iran.').relation).toMatchObject({ type: 'ACCUSE', actor: 'united-kingdom', recipient: 'iran' });
    });

    it('returns the object of an accusation, not the place after "to", as the recipient', () => {
      expect(code('Beijing condemned the visit by the US House Speaker to Taiwan.').relation).toMatchObject({ actor: 'china', recipient: 'united-states' });
    });

    it('returns the first-person voice as a side', () => {
      expect(code('I have also met Mr. Qian in Peking.', { voice: 'united-kingdom' }).relation).toMatchObject({ actor: 'united-kingdom', recipient: 'china' });
    });
  });

  describe('edge cases', () => {
    it('returns no side from the article’s pair for a conflict, nor for a side named twice', () => {
      const pair = ['china', 'india'];
      expect(code('War broke out in the Himalayas.', { pair }).relation).toBeNull();
      expect(code('War broke out between the two sides.', { pair }).relation).toMatchObject({ type: 'ASSAULT', actor: 'china', recipient: 'india' });
      expect(code('Chinese officials met Chinese business leaders.', { pair }).relation).toBeNull();
    });

    it(`returns null by ${NO_COUNTERPART_RULE.id} when one side only is named`, () => {
      expect(code('Lammy met British business leaders in Shanghai.')).toEqual({ relation: null, rules: ['consult', NO_COUNTERPART_RULE.id] });
    });

    it('returns the longer of two phrases that end together before the date', () => {
      expect(code('Britain and China were expected to sign trade deals on Wednesday.', { dateText: 'on Wednesday' }).relation?.type).toBe('AGREE');
    });

    it('returns the action written beside the date when a sentence names several', () => {
      const text = 'The Tashkent Declaration was signed between India and Pakistan on 10 January 1966 to resolve the Indo-Pakistani War of 1965.';
      expect(code(text, { dateText: '1965', title: 'Tashkent Declaration signed' }).relation?.type).toBe('ASSAULT');
      expect(code(text, { dateText: '10 January 1966', title: 'Tashkent Declaration signed' }).relation?.type).toBe('SUPPORT');
    });

    it('returns a capital that people also go by as the host after a place word', () => {
      expect(code('Chinese Foreign Minister Wang Yi met officials in Washington.').relation).toMatchObject({ actor: 'china', recipient: 'united-states' });
      expect(code('Washington Irving wrote to China.').relation).toBeNull();
    });

    it('returns the title’s action when the text names one only after the date', () => {
      const input = { text: 'The mission was established on 27 January 2016 to monitor the ceasefire in Colombia.', dateText: '27 January 2016', pair: ['united-nations', 'colombia'] };
      expect(code(input.text, { ...input, title: 'United Nations Mission in Colombia established' }).relation?.type).toBe('AID');
      expect(code(input.text, input).relation?.type).toBe('RETREAT');
    });

    it('returns no side for a name the parser took for an organisation without an organisation’s word', () => {
      const actors = [{ id: 'joint-comprehensive', name: 'Joint Comprehensive', kind: 'organisation' as const }];
      expect(code('The resolution endorsed the Joint Comprehensive Plan on the nuclear program of Iran.', { actors }).relation).toBeNull();
    });
  });
});

describe('relationOf', () => {
  it('returns the quad class and the Goldstein weight of the type’s CAMEO code', () => {
    expect(relationOf('ASSAULT', 'russia', 'ukraine')).toEqual({ type: 'ASSAULT', quad: 'material-conflict', intensity: -10, actor: 'russia', recipient: 'ukraine' });
    expect(relationOf('SUPPORT', 'china', 'india', '057').intensity).toBe(8);
  });
});

describe('articlePair', () => {
  it('returns the sides the title names, then those the text names most', () => {
    expect(articlePair('China', ['The United Kingdom and China met.', 'The UK thanked China.', 'Japan watched.'], context)).toEqual(['china', 'united-kingdom']);
  });

  it('returns no side for a capital that opens a longer name', () => {
    expect(articlePair('Tashkent Declaration', ['India and Pakistan signed it.'], context)).toEqual(['india', 'pakistan']);
  });
});

describe('textVoice', () => {
  it('returns the side of the speaker, else the first side the source names, else none', () => {
    expect(textVoice({ source: 'AFP' }, { name: 'David Lammy', actor: { id: 'david-lammy', name: 'David Lammy', kind: 'person' } }, context)).toBe('united-kingdom');
    expect(textVoice({ source: 'US Department of State' }, undefined, context)).toBe('united-states');
    expect(textVoice({ source: 'Wikipedia' }, undefined, context)).toBeUndefined();
  });
});
