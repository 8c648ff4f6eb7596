import { pointInBlock } from './article/index.ts';
import { REPORT_DATE_RULE } from './events/analyse.ts';
import { EVENT_RULES } from './events/event-rules.ts';
import type { ContentReading } from './site-data.ts';

/** One line of the review report: a date the text states, or an event read without one. */
export interface ReviewEntry {
  file: string;
  line: number;
  column: number;
  /** `date`: a date the text states; `known-event`: a known event named without a date; `news-week`: an undated happening of the news. */
  source: 'date' | 'known-event' | 'news-week';
  /** What the text wrote: the date, the known event's alias, or nothing for the news week. */
  text: string;
  value: string;
  /** The event this mention or sentence became, or why it became none. */
  outcome: { eventId: string } | { rejectedBy: string; reason: string };
}

const RULE_REASONS = new Map<string, string>([...EVENT_RULES, REPORT_DATE_RULE].map((rule) => [rule.id, rule.reason]));

/**
 * What an editor reviews: for every article, every date it states and what became of it
 * (the event it dates, or the named rule that kept it off the timeline), and every event read
 * without a date in the text (known events, the news week), in the article's order.
 *
 * @example
 * reviewEntries(await readContent('content'))[0]
 * //=> { file: 'content/articles/lammy-beijing-visit.md', line: 8, column: 80, text: 'Friday', value: '2024-10-18', outcome: { eventId: '2024-10-18-lammy-meets-…' } }
 */
export function reviewEntries(reading: ContentReading): ReviewEntry[] {
  return reading.articles.flatMap((article, index) => {
    // analyses[index] is the analysis of articles[index].
    const analysis = reading.analyses[index]!;
    const eventIds = reading.merged.eventIdsByArticle.get(article.id) ?? [];
    const dated = new Set<number>();
    const entries = analysis.mentions.map((mention, mentionIndex): ReviewEntry => {
      const outcome = analysis.outcomes[mentionIndex];
      // Every mention lies in one of the article's blocks.
      const place = pointInBlock(article.blocks[mention.blockIndex]!, mention.start);
      const base = { file: article.path, line: place.line, column: place.column, source: 'date' as const, text: mention.timex.text, value: mention.timex.value };
      if (outcome !== undefined && 'candidate' in outcome) {
        dated.add(outcome.candidate);
        return { ...base, outcome: { eventId: eventIds[outcome.candidate] ?? '' } };
      }
      const rule = outcome?.rejectedBy ?? 'not-a-calendar-date';
      return { ...base, outcome: { rejectedBy: rule, reason: RULE_REASONS.get(rule) ?? rule } };
    });
    const undated = analysis.candidates.flatMap((candidate, candidateIndex): ReviewEntry[] => {
      const [source] = candidate.sources;
      if (dated.has(candidateIndex) || source === undefined) return [];
      return [
        {
          file: article.path,
          line: source.line,
          column: source.column,
          source: source.dateText === '' ? 'news-week' : 'known-event',
          text: source.dateText,
          value: candidate.date.value,
          outcome: { eventId: eventIds[candidateIndex] ?? '' },
        },
      ];
    });
    return [...entries, ...undated].sort((a, b) => a.line - b.line || a.column - b.column);
  });
}
