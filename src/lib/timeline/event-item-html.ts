/**
 * An event's item in a list of events (the timeline, a year, an actor, a type, a relationship…) as
 * HTML. Written by hand rather than as an Astro component because an event is listed on about eight
 * pages: a component renders once per page (135,000 renders at 1,000 articles, most of the list
 * pages' time), this once per event and heading level, reused by every page (`eventItemRenderer`).
 * The markup is the site's components' (EventDate, ActorLinks, SourceLink) and escapes as Astro
 * does, so a page is the same to the byte as when a component wrote it.
 */
import type { EventSource, EventType, TimelineEvent } from '../events/model.ts';
// Astro escapes an expression's text the same way: the five characters HTML could read as markup.
import { escapeHtml as text } from '../export/_lib/escape-html.ts';
import { flatString } from '../text/flat-string.ts';
import { countOf } from './describe.ts';
import { facetLabel } from './facets.ts';
import type { DatePart } from './format-date.ts';
import { eventDateParts } from './format-date.ts';

/** The site's addresses an item links to (under the site's base, which only the site knows). */
export interface EventItemLinks {
  event: (id: string) => string;
  type: (type: EventType) => string;
  actor: (id: string) => string;
  source: (source: EventSource) => string;
}

/** The level of an event's heading under its year's heading. */
export type EventHeadingLevel = 3 | 4 | 5;

/**
 * An attribute as Astro writes one: left out when the value is absent, bare when it is empty, and
 * otherwise quoted with `&` and `"` escaped (all a double-quoted value needs).
 */
function attribute(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  if (value === '') return ` ${name}`;
  return ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`;
}

/** One end of an event's date: a `<time>`, or a `<span>` when HTML has no `datetime` for it ("1990s"). */
function datePart(part: DatePart, className?: string): string {
  const element = part.datetime === undefined ? 'span' : 'time';
  return `<${element}${attribute('datetime', part.datetime)}${attribute('data-timex', part.timex)}${attribute('class', className)}>${text(part.text)}</${element}>`;
}

/**
 * The `<li>` of `event` in a list of events, its title a heading of `headingLevel`: date, type and
 * kind, the linked title, the summary, the actors, and how many sources told it with a link to the first.
 *
 * @example
 * const event = {
 *   id: 'e1', title: 'Lammy & Wang meet in "Beijing" <today>', summary: 'They met.', type: 'meeting', kind: 'reported',
 *   date: { value: '2024-10-18', precision: 'day' }, relation: null, actors: [],
 *   sources: [{ articleId: 'a1', articleTitle: 'Lammy’s visit', anchor: 'L3' }],
 * }
 * const links = { event: (id) => `/events/${id}/`, type: (type) => `/types/${type}/`, actor: (id) => `/actors/${id}/`, source: (source) => `/articles/${source.articleId}/#${source.anchor}` }
 * eventItemHtml(event, 3, links)
 * //=> '<li id="e1" class="event event--reported" data-actors data-type="meeting" data-kind="reported"><article aria-labelledby="e1-title"><p class="event-meta"><time datetime="2024-10-18" data-timex="2024-10-18" class="event-date">Fri 18 Oct 2024</time><a class="event-type" href="/types/meeting/">Meeting</a><span class="event-kind">Reported</span></p><h3 id="e1-title" class="event-title"><a href="/events/e1/">Lammy &amp; Wang meet in &quot;Beijing&quot; &lt;today&gt;</a></h3><p class="event-summary">They met.</p><p class="event-sources">1 source: <a href="/articles/a1/#L3">Lammy’s visit</a></p></article></li>'
 */
export function eventItemHtml(event: TimelineEvent, headingLevel: EventHeadingLevel, links: EventItemLinks): string {
  return atLevel(eventItemParts(event, links), headingLevel);
}

/** An item without its heading's level: the HTML before, inside and after the heading's tags' names. */
type ItemParts = readonly [string, string, string];

function atLevel([before, inside, after]: ItemParts, headingLevel: EventHeadingLevel): string {
  return `${before}h${headingLevel}${inside}h${headingLevel}${after}`;
}

function eventItemParts(event: TimelineEvent, links: EventItemLinks): ItemParts {
  const { start, range } = eventDateParts(event.date);
  const date =
    range === undefined
      ? datePart(start, 'event-date')
      : `<span class="event-date">${datePart(start)}${text(range.dash)}${datePart(range.end)}</span>`;
  const actors =
    event.actors.length === 0
      ? ''
      : `<ul class="actor-links">${event.actors.map((actor) => `<li><a${attribute('href', links.actor(actor.id))}>${text(actor.name)}</a></li>`).join('')}</ul>`;
  const [firstSource] = event.sources;
  const count = event.sources.length;
  const source =
    firstSource === undefined
      ? ''
      : `${count === 1 ? ': ' : ', first: '}<a${attribute('href', links.source(firstSource))}>${text(firstSource.articleTitle)}</a>`;
  return [
    `<li${attribute('id', event.id)}${attribute('class', `event event--${event.kind}`)}` +
      `${attribute('data-actors', event.actors.map((actor) => actor.id).join(' '))}${attribute('data-type', event.type)}` +
      `${attribute('data-kind', event.kind)}${attribute('data-quad', event.relation?.quad)}${attribute('data-plover', event.relation?.type)}>` +
      `<article${attribute('aria-labelledby', `${event.id}-title`)}>` +
      `<p class="event-meta">${date}<a class="event-type"${attribute('href', links.type(event.type))}>${text(facetLabel(event.type))}</a>` +
      `<span class="event-kind">${text(facetLabel(event.kind))}</span></p><`,
    `${attribute('id', `${event.id}-title`)} class="event-title"><a${attribute('href', links.event(event.id))}>${text(event.title)}</a></`,
    `><p class="event-summary">${text(event.summary)}</p>${actors}<p class="event-sources">${text(countOf(count, 'source'))}${source}</p></article></li>`,
  ];
}

/**
 * `eventItemHtml` with `links`, made once per event and put together at each heading level asked
 * for. An event is listed at up to three levels, and what is made is kept through the build (about
 * 1.2 KB an event; at 20,000 articles the heap grew by 1.5 GB while the pages rendered): one HTML
 * for every level, not one a level. Events are told apart by identity, so an event read again
 * after an edit (`astro dev`) is a new one, made afresh, and one no longer listed is forgotten with
 * it; an event must not be changed once listed (the library's events never are).
 *
 * @example
 * const event = { id: 'e1', title: 'Lammy meets Wang', summary: '', type: 'meeting', kind: 'reported', date: { value: '2024', precision: 'year' }, relation: null, actors: [], sources: [] }
 * const links = { event: (id) => `/events/${id}/`, type: (type) => `/types/${type}/`, actor: (id) => `/actors/${id}/`, source: () => '/' }
 * const eventItem = eventItemRenderer(links)
 * eventItem(event, 4) //=> '<li id="e1" class="event event--reported" …'
 */
export function eventItemRenderer(links: EventItemLinks): (event: TimelineEvent, headingLevel: EventHeadingLevel) => string {
  const made = new WeakMap<TimelineEvent, ItemParts>();
  return (event, headingLevel) => {
    let parts = made.get(event);
    if (parts === undefined) {
      // Kept for the whole build: flat, not as the tree of pieces they were put together from (see flat-string.ts).
      const [before, inside, after] = eventItemParts(event, links);
      parts = [flatString(before), flatString(inside), flatString(after)];
      made.set(event, parts);
    }
    return atLevel(parts, headingLevel);
  };
}
