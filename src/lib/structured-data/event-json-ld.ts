import type { ActorKind, EventSource, TimelineEvent } from '../events/model.ts';
import { schemaDates } from './schema-date.ts';

const SCHEMA_TYPES: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  country: 'Country',
  organisation: 'Organization',
  place: 'Place',
};

export interface EventJsonLdOptions {
  /** The event page's address: absolute when the site's address is known. */
  url: string;
  /** The address of the place in an article a source points at. */
  sourceUrl: (source: EventSource) => string;
}

/**
 * A schema.org `Event` for an event page: its date at its own precision, the places among its
 * actors as `location`, everyone else as `about`, and the articles that tell it as `subjectOf`.
 *
 * @example
 * const handover = sampleEvent({ id: '1997-handover', date: { value: '1997', precision: 'year' } })
 * eventJsonLd(handover, { url: '/events/1997-handover/', sourceUrl: (source) => source.url }).startDate //=> '1997'
 */
export function eventJsonLd(event: TimelineEvent, { url, sourceUrl }: EventJsonLdOptions): Record<string, unknown> {
  const thing = (actor: TimelineEvent['actors'][number]) => ({ '@type': SCHEMA_TYPES[actor.kind], name: actor.name });
  const places = event.actors.filter((actor) => actor.kind === 'place').map(thing);
  const about = event.actors.filter((actor) => actor.kind !== 'place').map(thing);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    ...schemaDates(event.date.value, event.date.end),
    url,
    ...(places.length > 0 ? { location: places.length === 1 ? places[0] : places } : {}),
    ...(about.length > 0 ? { about } : {}),
    subjectOf: event.sources.map((source) => ({
      '@type': 'NewsArticle',
      headline: source.articleTitle,
      url: sourceUrl(source),
      ...(source.url ? { isBasedOn: source.url } : {}),
    })),
  };
}
