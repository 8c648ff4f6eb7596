import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/parse.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { readContent } from '../site-data.ts';
import { analyseArticle, createAnalysisContext } from './analyse.ts';
import { mergeEvents } from './merge.ts';
import { DROPPED_BY_EDITOR_RULE, RELATION_BY_EDITOR_RULE, applyOverrides, mergedEdit } from './overrides.ts';

/** One article per case, all telling the same news, with a known event and two actors beside them. */
const FIXTURES = 'tests/fixtures/overrides';
const { knowledge } = await loadKnowledge(FIXTURES);
const context = createAnalysisContext(knowledge);

function parse(path: string, bytes: Uint8Array = readFileSync(path)) {
  const { article, diagnostics } = parseArticle(bytes, path);
  if (article === undefined) throw new Error(diagnostics.map((diagnostic) => formatDiagnostic(diagnostic)).join('\n'));
  return article;
}

/** The analysis of a fixture article as read, and with its `events:` applied. */
function correct(name: string, eventIds?: readonly string[]) {
  const article = parse(`${FIXTURES}/articles/${name}.md`);
  const read = analyseArticle(article, context);
  const result = applyOverrides(read, article, { ...knowledge, gazetteer: context.gazetteer, ...(eventIds ? { eventIds } : {}) });
  return { read, ...result, messages: result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic).split('\n')[0]!) };
}

/** The fixtures' article with other `events:`, written inline, and with them applied. */
function correctWith(events: string, eventIds?: readonly string[]) {
  const text = readFileSync(`${FIXTURES}/articles/drop.md`, 'utf8').replace(/^events:\n(?: .*\n)+/mu, `events:\n${events}\n`);
  const article = parse('inline.md', new TextEncoder().encode(text));
  return applyOverrides(analyseArticle(article, context), article, { ...knowledge, gazetteer: context.gazetteer, ...(eventIds ? { eventIds } : {}) });
}

const titles = (candidates: ReadonlyArray<{ title: string }>) => candidates.map((candidate) => candidate.title);

describe('applyOverrides', () => {
  it('returns an added event at its date, with its actors by id, its quote’s place and `edited: added`', () => {
    const { analysis, read, changes, messages } = correct('add');
    expect(messages).toEqual([]);
    expect(analysis.candidates).toHaveLength(read.candidates.length + 1);
    expect(analysis.candidates.at(-1)).toEqual({
      date: { value: '2024-10-19', precision: 'day' },
      title: 'Lammy meets business leaders in Shanghai',
      summary: 'He will also meet with British business leaders in Shanghai during his two-day trip.',
      actors: [{ id: 'david-lammy', name: 'David Lammy', kind: 'person' }],
      type: 'meeting',
      kind: 'reported',
      edited: 'added',
      relation: null,
      sources: [
        {
          articleId: 'add',
          articleTitle: 'Lammy meets Wang Yi in Beijing',
          line: 13,
          column: 14,
          anchor: 'L13',
          quote: 'meet with British business leaders in Shanghai',
          dateText: '',
          dateValue: '2024-10-19',
        },
      ],
    });
    expect(changes).toEqual([
      { file: `${FIXTURES}/articles/add.md`, line: 6, column: 5, action: 'added', fields: ['date', 'title', 'actors', 'type', 'quote'], candidate: 5 },
    ]);
  });

  it('returns the event its words match with the new date and title, `edited: corrected`, and what it was', () => {
    const { analysis, read, changes, messages } = correct('correct-by-words');
    expect(messages).toEqual([]);
    const index = read.candidates.findIndex((candidate) => candidate.title === 'David Lammy meets with Ding Xuexiang');
    expect(read.candidates[index]?.date).toEqual({ value: '2024-10-18', precision: 'day', mod: 'ON_OR_BEFORE' });
    expect(analysis.candidates[index]).toMatchObject({
      date: { value: '2024-10-17', precision: 'day' },
      title: 'Lammy meets Vice Premier Ding Xuexiang',
      edited: 'corrected',
      sources: read.candidates[index]!.sources,
    });
    expect(changes).toEqual([expect.objectContaining({ action: 'corrected', fields: ['date', 'title'], before: read.candidates[index], candidate: index })]);
  });

  it('returns the event its id names with the new title and actors', () => {
    const { analysis, messages } = correct('correct-by-id');
    expect(messages).toEqual([]);
    expect(analysis.candidates[0]).toMatchObject({
      title: 'Lammy and Wang Yi meet at the Diaoyutai State Guesthouse',
      actors: [
        { id: 'david-lammy', name: 'David Lammy', kind: 'person' },
        { id: 'wang-yi', name: 'Wang Yi', kind: 'person' },
      ],
      edited: 'corrected',
    });
  });

  it('returns the event an id of its address names, as merging gave it before the corrections', () => {
    const eventIds = ['merged-0', 'merged-1', 'merged-2'];
    expect(correctWith('  - match: merged-1\n    type: protest').diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['events-match-none']);
    expect(correctWith('  - match: merged-1\n    type: protest', eventIds).analysis.candidates[1]).toMatchObject({
      title: 'Advocacy group Human Rights Watch urges David Lammy',
      type: 'protest',
      edited: 'corrected',
    });
  });

  it('returns the analysis without the dropped event, its mention kept off by `dropped-by-editor`, and the reason', () => {
    const { analysis, read, changes } = correct('drop');
    expect(titles(analysis.candidates)).toEqual(titles(read.candidates).filter((title) => !title.includes('Human Rights Watch')));
    expect(analysis.outcomes).toContainEqual({ rejectedBy: DROPPED_BY_EDITOR_RULE.id });
    // Later candidates are renumbered: every outcome still names the event of its mention.
    for (const [index, outcome] of analysis.outcomes.entries()) {
      const was = read.outcomes[index]!;
      if ('candidate' in outcome && 'candidate' in was) expect(analysis.candidates[outcome.candidate]).toBe(read.candidates[was.candidate]);
    }
    expect(changes).toEqual([expect.objectContaining({ action: 'dropped', reason: 'an appeal, not a diplomatic happening', fields: [] })]);
    expect(changes[0]).not.toHaveProperty('candidate');
  });

  it('returns the event joined to the known event `same_as` names, with its title, and merged with its other tellings', () => {
    const { analysis, messages } = correct('same-as');
    expect(messages).toEqual([]);
    const joined = analysis.candidates.find((candidate) => candidate.knownEventId === 'hong-kong-handover');
    expect(joined).toMatchObject({ title: 'Britain hands Hong Kong back to China', type: 'transfer', date: { value: '1997' }, edited: 'corrected' });
    // Another article whose reading recognised the known event, as analyseArticle marks it.
    const other = correct('correct-by-id').analysis;
    const recognised = { knownEventId: 'hong-kong-handover', title: 'Britain hands Hong Kong back to China' };
    const told = { ...other, articleId: 'other', candidates: other.candidates.map((candidate) => (candidate.date.value === '1997' ? { ...candidate, ...recognised } : candidate)) };
    const [handover] = mergeEvents([analysis, told]).events;
    expect(handover).toMatchObject({ title: 'Britain hands Hong Kong back to China', edited: 'corrected' });
    expect(handover?.sources).toHaveLength(2);
  });

  it('returns a warning at the words of an item that matches no event, and changes nothing', () => {
    const { analysis, read, messages } = correct('match-nothing');
    expect(messages).toEqual([
      `${FIXTURES}/articles/match-nothing.md:6:12  warning  No event of this article matches "met the King of Spain"; the correction changes nothing  [events-match-none]`,
    ]);
    expect(analysis).toEqual(read);
  });

  it('returns an error at the end of an item whose end is before the date of the event it matches', () => {
    const { analysis, read, messages } = correct('end-before-event-date');
    expect(messages).toEqual([
      `${FIXTURES}/articles/end-before-event-date.md:7:10  error  "end" 2024-10-01 is before the date of “David Lammy meets with Ding Xuexiang”, 2024-10-18  [events-end-before-date]`,
    ]);
    expect(analysis.candidates).toEqual(read.candidates);
  });

  it('returns an error at `same_as` when no known event has its id', () => {
    const { messages } = correct('same-as-unknown');
    expect(messages).toEqual([
      `${FIXTURES}/articles/same-as-unknown.md:7:14  error  "same_as" names no known event: there is no events/hong-kong-return.md in the content folder  [events-same-as-unknown]`,
    ]);
  });

  it('returns the editor’s relation with its quad class and intensity derived, or null, by relation-by-editor', () => {
    const { analysis, changes } = correctWith('  - match: "handed back"\n    relation: { type: SANCTION, actor: china, recipient: united-kingdom }\n  - match: "urged Lammy"\n    relation: null');
    const handover = analysis.candidates.find((event) => event.date.value === '1997');
    expect(handover?.relation).toEqual({ type: 'SANCTION', quad: 'material-conflict', intensity: -4, actor: 'china', recipient: 'united-kingdom' });
    expect(handover?.relationRules).toEqual([RELATION_BY_EDITOR_RULE.id]);
    expect(analysis.candidates.find((event) => /Human Rights Watch/u.test(event.summary))?.relation).toBeNull();
    expect(changes.map((change) => change.fields)).toEqual([['relation'], ['relation']]);
  });

  it('returns an event coded again when an editor changes what it tells, and keeps the reading’s coding otherwise', () => {
    const article = parse('inline.md', new TextEncoder().encode(readFileSync(`${FIXTURES}/articles/drop.md`, 'utf8').replace(/^events:\n(?: .*\n)+/mu, 'events:\n  - match: "handed back"\n    title: China returns Hong Kong to Britain\n  - match: "met Chinese counterpart"\n    date: 2024-10-17\n')));
    const read = analyseArticle(article, context);
    const { analysis } = applyOverrides(read, article, { ...knowledge, gazetteer: context.gazetteer, relations: context.relations });
    expect(analysis.candidates.find((event) => event.date.value === '1997')?.relation).toMatchObject({ type: 'RETREAT', actor: 'china', recipient: 'united-kingdom' });
    const meeting = analysis.candidates.find((event) => event.date.value === '2024-10-17');
    expect(meeting?.relation).toEqual(read.candidates.find((event) => event.date.value === '2024-10-18' && /Wang/u.test(event.title))?.relation);
  });

  describe('edge cases', () => {
    it('returns an error at the relation’s key when its type is outside PLOVER', () => {
      const text = readFileSync(`${FIXTURES}/articles/drop.md`, 'utf8').replace(/^events:\n(?: .*\n)+/mu, 'events:\n  - match: "handed back"\n    relation: { type: MEET, actor: china, recipient: india }\n');
      const { diagnostics } = parseArticle(new TextEncoder().encode(text), 'inline.md');
      expect(diagnostics).toEqual([expect.objectContaining({ line: 7, ruleId: 'events-type-invalid', fatal: true })]);
    });

    it('returns the analysis itself when the article has no `events:`', () => {
      const article = parse('plain.md', new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nLammy met Wang Yi on Friday.'));
      const read = analyseArticle(article, context);
      expect(applyOverrides(read, article, { ...knowledge, gazetteer: context.gazetteer })).toEqual({ analysis: read, changes: [], diagnostics: [] });
    });

    it('returns a warning and corrects each event when the words match several', () => {
      const { analysis, diagnostics } = correctWith('  - match: "Lammy"\n    type: other');
      expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['events-match-several']);
      expect(analysis.candidates.filter((candidate) => candidate.edited === 'corrected').length).toBeGreaterThan(1);
    });

    it('returns a correction that keeps the start when it gives only an end', () => {
      const { analysis } = correctWith('  - match: "Wang Yi in Beijing"\n    end: 2024-10-19');
      expect(analysis.candidates[0]?.date).toEqual({ value: '2024-10-18', precision: 'day', end: '2024-10-19', endPrecision: 'day' });
    });

    it('returns the words matched whatever their case, spacing and quotation marks', () => {
      const { analysis } = correctWith('  - match: "AT THE \\"very   centre\\" OF"\n    type: protest');
      expect(analysis.candidates.find((candidate) => candidate.type === 'protest')?.title).toBe('Advocacy group Human Rights Watch urges David Lammy');
    });

    it('returns a warning at the quote of an added event the article does not have, and the event without it', () => {
      const { analysis, diagnostics } = correctWith('  - add: { date: 2024-10-19, title: Lammy visits Shanghai, actors: [Lammy], type: visit, quote: "flew to Shanghai" }');
      expect(diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`)).toEqual(['6:97 events-quote-not-found']);
      expect(analysis.candidates.at(-1)?.sources[0]).toMatchObject({ line: 6, column: 5, quote: '', anchor: 'L9' });
      expect(analysis.candidates.at(-1)?.summary).toBe('Lammy visits Shanghai');
    });

    it('returns a warning for an actor id no file has, and a person of that name', () => {
      const { analysis, diagnostics } = correctWith('  - match: "urged Lammy"\n    actors: [human-rights-watch, Maya Wang]');
      expect(diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`)).toEqual(['7:13 events-actor-unknown']);
      expect(analysis.candidates[1]?.actors).toEqual([
        { id: 'human-rights-watch', name: 'human-rights-watch', kind: 'person' },
        { id: 'maya-wang', name: 'Maya Wang', kind: 'person' },
      ]);
    });
  });
});

describe('mergedEdit', () => {
  it('returns `added` when an editor added every telling, `corrected` when any was edited', () => {
    expect([mergedEdit([{ edited: 'added' }]), mergedEdit([{ edited: 'added' }, {}]), mergedEdit([{}, { edited: 'corrected' }])]).toEqual([
      { edited: 'added' },
      { edited: 'corrected' },
      { edited: 'corrected' },
    ]);
  });

  it('returns nothing when every telling is as read', () => {
    expect(mergedEdit([{}, {}])).toEqual({});
  });
});

describe('readContent with corrections', () => {
  /** A content folder holding the fixtures' knowledge and the given override fixtures. */
  function contentWith(...names: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'entente-overrides-'));
    for (const folder of ['actors', 'events']) cpSync(join(FIXTURES, folder), join(dir, folder), { recursive: true });
    for (const name of names) cpSync(join(FIXTURES, 'articles', `${name}.md`), join(dir, 'articles', `${name}.md`));
    return dir;
  }

  it('returns the edited events merged, what each correction did, and its warnings', async () => {
    const dir = contentWith('add', 'match-nothing');
    try {
      const reading = await readContent(dir);
      expect(reading.merged.events.filter((event) => event.edited === 'added').map((event) => event.title)).toEqual(['Lammy meets business leaders in Shanghai']);
      expect(reading.edits.map((changes) => changes.map((change) => change.action))).toEqual([['added'], []]);
      expect(reading.warnings.map((warning) => warning.ruleId)).toEqual(['events-match-none']);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('throws the errors of corrections with their places, as for any content error', async () => {
    const dir = contentWith('same-as-unknown');
    try {
      await expect(readContent(dir)).rejects.toThrow(/same-as-unknown\.md:7:14 {2}error/u);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
