import type { TimelineEvent } from '../../events/model.ts';

/** A complete event for export tests, shaped like the seed's Lammy–Wang meeting; override any field. */
export function sampleEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: '2024-10-18-lammy-meets-wang-yi',
    date: { value: '2024-10-18', precision: 'day' },
    title: 'Lammy meets Wang Yi in Beijing',
    summary: 'British Foreign Secretary David Lammy told Chinese counterpart Wang Yi on Friday that he wanted talks.',
    actors: [
      { id: 'david-lammy', name: 'David Lammy', kind: 'person' },
      { id: 'wang-yi', name: 'Wang Yi', kind: 'person' },
    ],
    type: 'meeting',
    kind: 'reported',
    relation: { type: 'CONSULT', quad: 'verbal-cooperation', intensity: 1, actor: 'united-kingdom', recipient: 'china' },
    sources: [
      {
        articleId: 'lammy-beijing-visit',
        articleTitle: 'Lammy urges ‘constructive’ talks with China on Beijing visit',
        url: 'https://example.org/news/lammy-beijing',
        line: 7,
        column: 1,
        anchor: 'L7',
        quote: 'British Foreign Secretary David Lammy told Chinese counterpart Wang Yi on Friday …',
        dateText: 'on Friday',
        dateValue: '2024-10-18',
      },
    ],
    ...overrides,
  };
}
