import type { TimelineEvent } from '../events/model.ts';
import { escapeHtml } from '../export/_lib/escape-html.ts';
import type { SiteArticle } from '../site-data.ts';
import { countOf } from '../timeline/describe.ts';
import { formatEventDateRange } from '../timeline/format-date.ts';

/**
 * How many of the newest articles the feed carries: readers poll it for what is new, and a feed of
 * every article grows with the archive on every poll.
 */
export const FEED_ARTICLES = 50;

/** One RSS item, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  title: string;
  link: string;
  /** Absent for an undated reference page. */
  pubDate?: Date;
  description: string;
  /** The item's HTML: the events read from the article, each linked to its page. */
  content: string;
  categories: string[];
}

/**
 * An article as an RSS item listing the events read from it.
 *
 * @example
 * const handover = sampleEvent({ title: 'Britain hands Hong Kong back to China', date: { value: '1997', precision: 'year' } })
 * const article = { title: 'Lammy visits Beijing', date: '2024-10-18', tags: [] }
 * articleFeedItem(article, { link: '/articles/a/', events: [handover, sampleEvent()], eventUrl: (event) => `/events/${event.id}/` }).description
 * //=> '2 events: 1997: Britain hands Hong Kong back to China; Fri 18 Oct 2024: Lammy meets Wang Yi in Beijing'
 */
export function articleFeedItem(
  article: Pick<SiteArticle, 'title' | 'date' | 'tags'>,
  { link, events, eventUrl }: { link: string; events: readonly TimelineEvent[]; eventUrl: (event: TimelineEvent) => string },
): FeedItem {
  const lines = events.map((event) => ({ date: formatEventDateRange(event.date), event }));
  return {
    title: article.title,
    link,
    // A publication date is a calendar day; midnight UTC keeps that day in every reader.
    ...(article.date === undefined ? {} : { pubDate: new Date(`${article.date}T00:00:00Z`) }),
    description: `${countOf(events.length, 'event')}: ${lines.map(({ date, event }) => `${date}: ${event.title}`).join('; ')}`,
    content: `<ul>${lines
      .map(({ date, event }) => `<li>${escapeHtml(date)}: <a href="${escapeHtml(eventUrl(event))}">${escapeHtml(event.title)}</a></li>`)
      .join('')}</ul>`,
    categories: article.tags,
  };
}
