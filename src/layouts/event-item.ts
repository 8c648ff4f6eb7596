import { eventItemRenderer } from '../lib/index.ts';
import { actorPath, eventPath, sourcePath, typePath } from './paths.ts';

/**
 * An event's `<li>` in the site's lists of events, made once per event and heading level in a
 * build and reused on every page that lists the event (see event-item-html.ts).
 */
export const eventItem = eventItemRenderer({ event: eventPath, type: typePath, actor: actorPath, source: sourcePath });
