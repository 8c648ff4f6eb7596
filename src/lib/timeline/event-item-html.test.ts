import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events/model.ts';
import type { EventItemLinks } from './event-item-html.ts';
import { eventItemHtml, eventItemRenderer } from './event-item-html.ts';

const links: EventItemLinks = {
  event: (id) => `/events/${id}/`,
  type: (type) => `/types/${type}/`,
  actor: (id) => `/actors/${id}/`,
  source: (source) => `/articles/${source.articleId}/#${source.anchor}`,
};

/** An event as the library gives it; `overrides` change what a case is about. */
function event(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: '1950-10-28-mexico-and-canada-establish-diplomatic-relations',
    date: { value: '1950-10-28', precision: 'day' },
    title: 'Mexico and Canada establish diplomatic relations',
    summary: 'Mexico and Canada established diplomatic relations on 28 October 1950.',
    actors: [
      { id: 'mexico', name: 'Mexico', kind: 'country' },
      { id: 'canada', name: 'Canada', kind: 'country' },
      { id: 'indonesia', name: 'Indonesia', kind: 'country' },
    ],
    type: 'agreement',
    kind: 'background',
    sources: [
      {
        articleId: '00305-juan-ramon-de-la-fuente-urges-constructive-talks-with-canada',
        articleTitle: 'Juan Ramón de la Fuente urges ‘constructive’ talks with Canada on Ottawa visit',
        line: 21,
        column: 1,
        anchor: 'L21',
        quote: 'Mexico and Canada established diplomatic relations on 28 October 1950.',
        dateText: '28 October 1950',
        dateValue: '1950-10-28',
      },
      {
        articleId: '00966-mexico-summons-indonesian-envoy-in-row-over-a-grain-corridor',
        articleTitle: 'Mexico summons Indonesian envoy in row over a grain corridor',
        line: 13,
        column: 314,
        anchor: 'L13',
        quote: 'Mexico and Indonesia established diplomatic relations on 28 October 1950.',
        dateText: '28 October 1950',
        dateValue: '1950-10-28',
      },
    ],
    relation: { type: 'SUPPORT', quad: 'verbal-cooperation', intensity: 6, actor: 'mexico', recipient: 'canada' },
    ...overrides,
  };
}

/** The item as an HTML parser reads it: what a reader sees. */
function itemOf(html: string): HTMLLIElement {
  const { document } = parseHTML(`<!doctype html><html><body><ol>${html}</ol></body></html>`);
  return document.querySelector('li') as HTMLLIElement;
}

describe('eventItemHtml', () => {
  it('returns the item the EventItem component wrote, to the byte', () => {
    // Copied from a relationship page (its events' headings are h5) built with the component.
    expect(eventItemHtml(event(), 5, links)).toBe(
      '<li id="1950-10-28-mexico-and-canada-establish-diplomatic-relations" class="event event--background" data-actors="mexico canada indonesia" data-type="agreement" data-kind="background" data-quad="verbal-cooperation" data-plover="SUPPORT">' +
        '<article aria-labelledby="1950-10-28-mexico-and-canada-establish-diplomatic-relations-title"><p class="event-meta"><time datetime="1950-10-28" data-timex="1950-10-28" class="event-date">Sat 28 Oct 1950</time>' +
        '<a class="event-type" href="/types/agreement/">Agreement</a><span class="event-kind">Background</span></p>' +
        '<h5 id="1950-10-28-mexico-and-canada-establish-diplomatic-relations-title" class="event-title"><a href="/events/1950-10-28-mexico-and-canada-establish-diplomatic-relations/">Mexico and Canada establish diplomatic relations</a></h5>' +
        '<p class="event-summary">Mexico and Canada established diplomatic relations on 28 October 1950.</p>' +
        '<ul class="actor-links"><li><a href="/actors/mexico/">Mexico</a></li><li><a href="/actors/canada/">Canada</a></li><li><a href="/actors/indonesia/">Indonesia</a></li></ul>' +
        '<p class="event-sources">2 sources, first: <a href="/articles/00305-juan-ramon-de-la-fuente-urges-constructive-talks-with-canada/#L21">Juan Ramón de la Fuente urges ‘constructive’ talks with Canada on Ottawa visit</a></p>' +
        '</article></li>',
    );
  });

  it('returns an event without actors or relation as the component did: a bare data-actors, no list, no quad', () => {
    const html = eventItemHtml(event({ actors: [], relation: null, sources: event().sources.slice(0, 1) }), 3, links);
    expect(html).toMatch(/^<li id="[^"]+" class="event event--background" data-actors data-type="agreement" data-kind="background"><article /u);
    expect(html).not.toContain('actor-links');
    expect(html).toContain('<p class="event-sources">1 source: <a href="/articles/00305-');
  });

  it('returns the heading at the level asked for', () => {
    const item = itemOf(eventItemHtml(event(), 4, links));
    expect(item.querySelector('.event-title')?.tagName).toBe('H4');
    expect(item.querySelector('article')?.getAttribute('aria-labelledby')).toBe(item.querySelector('.event-title')?.id);
  });

  it('returns a title, summary, actor and source with <, & and quotes as their text, not as markup', () => {
    const title = 'Talks on "AT&T" <script>alert(1)</script> & O\'Brien’s visit';
    const html = eventItemHtml(
      event({
        title,
        summary: '<b>Not bold</b> & "quoted"',
        actors: [{ id: 'at-t', name: 'AT&T <Ltd>', kind: 'organisation' }],
        sources: [{ ...event().sources[0]!, articleTitle: 'Q&A: "why" <now>' }],
      }),
      3,
      links,
    );
    expect(html).toContain('>Talks on &quot;AT&amp;T&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; O&#39;Brien’s visit</a></h3>');
    expect(html).not.toContain('<script>');
    const item = itemOf(html);
    expect(item.querySelector('.event-title')?.textContent).toBe(title);
    expect(item.querySelector('.event-summary')?.textContent).toBe('<b>Not bold</b> & "quoted"');
    expect(item.querySelector('.actor-links a')?.textContent).toBe('AT&T <Ltd>');
    expect(item.querySelector('.event-sources a')?.textContent).toBe('Q&A: "why" <now>');
  });

  it('returns attribute values with & and " escaped, as Astro writes them', () => {
    const html = eventItemHtml(event(), 3, { ...links, source: () => '/articles/a?x=1&y="2"#L1' });
    expect(html).toContain('href="/articles/a?x=1&amp;y=&quot;2&quot;#L1"');
    expect(itemOf(html).querySelector('.event-sources a')?.getAttribute('href')).toBe('/articles/a?x=1&y="2"#L1');
  });

  describe('edge cases', () => {
    it('returns a date HTML has no datetime for (a decade) as a <span>', () => {
      expect(eventItemHtml(event({ date: { value: '197X', precision: 'decade' } }), 3, links)).toContain(
        '<p class="event-meta"><span data-timex="197X" class="event-date">1970s</span><a class="event-type"',
      );
    });

    it('returns an event that lasts as two dates joined by a dash in one span, as EventDate does', () => {
      const html = eventItemHtml(event({ date: { value: '1972-02-21', precision: 'day', end: '1972-02-28', endPrecision: 'day' } }), 3, links);
      expect(html).toContain(
        '<p class="event-meta"><span class="event-date"><time datetime="1972-02-21" data-timex="1972-02-21">21</time>–<time datetime="1972-02-28" data-timex="1972-02-28">28 Feb 1972</time></span>',
      );
    });

    it('returns the count alone when there is no source to link', () => {
      expect(eventItemHtml(event({ sources: [] }), 3, links)).toContain('<p class="event-sources">0 sources</p>');
    });
  });
});

describe('eventItemRenderer', () => {
  it('returns the same HTML as eventItemHtml, made once per event whatever the heading level', () => {
    let calls = 0;
    const counted: EventItemLinks = { ...links, event: (id) => (calls++, links.event(id)) };
    const eventItem = eventItemRenderer(counted);
    const listed = event();
    expect(eventItem(listed, 3)).toBe(eventItemHtml(listed, 3, links));
    expect(eventItem(listed, 3)).toBe(eventItemHtml(listed, 3, links));
    expect(calls).toBe(1);
    expect(eventItem(listed, 4)).toBe(eventItemHtml(listed, 4, links));
    expect(eventItem(listed, 5)).toBe(eventItemHtml(listed, 5, links));
    expect(calls).toBe(1);
  });

  it('returns a new item for an event read again, even with the same id', () => {
    const eventItem = eventItemRenderer(links);
    expect(eventItem(event(), 3)).toContain('>Mexico and Canada establish diplomatic relations</a>');
    expect(eventItem(event({ title: 'Edited title' }), 3)).toContain('>Edited title</a>');
  });
});
