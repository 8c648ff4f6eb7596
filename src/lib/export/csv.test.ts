import { describe, expect, it } from 'vitest';
import { buildSiteData } from '../site-data.ts';
import { EVENTS_CSV_COLUMNS, eventsCsv } from './csv.ts';
import { parseCsv } from './_lib/parse-csv.ts';
import { sampleEvent } from './_lib/sample-event.ts';

/** The index of a column, so tests read cells by name. */
function column(name: (typeof EVENTS_CSV_COLUMNS)[number]): number {
  return EVENTS_CSV_COLUMNS.indexOf(name);
}

describe('eventsCsv', () => {
  it('returns a header row and one CRLF-terminated row per event', () => {
    const csv = eventsCsv([sampleEvent()]);
    expect(csv.split('\r\n')[0]).toBe(
      'id,date,precision,end,end_precision,title,summary,type,kind,relation_type,quad,intensity,relation_actor,relation_recipient,actors,sources,first_source,url',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
    expect(parseCsv(csv)).toHaveLength(2);
  });

  it('returns each column filled from the event', () => {
    const [, row] = parseCsv(eventsCsv([sampleEvent()], { siteUrl: 'https://example.org/timeline/' }));
    expect(Object.fromEntries(EVENTS_CSV_COLUMNS.map((column, index) => [column, row?.[index]]))).toEqual({
      id: '2024-10-18-lammy-meets-wang-yi',
      date: '2024-10-18',
      precision: 'day',
      end: '',
      end_precision: '',
      title: 'Lammy meets Wang Yi in Beijing',
      summary: sampleEvent().summary,
      type: 'meeting',
      kind: 'reported',
      relation_type: 'CONSULT',
      quad: 'verbal-cooperation',
      intensity: '1',
      relation_actor: 'united-kingdom',
      relation_recipient: 'china',
      actors: 'David Lammy; Wang Yi',
      sources: '1',
      first_source: 'Lammy urges ‘constructive’ talks with China on Beijing visit',
      url: 'https://example.org/timeline/events/2024-10-18-lammy-meets-wang-yi/',
    });
  });

  it('returns the coding cells empty when the event is no interaction, and a negative intensity as a plain number', () => {
    const relation = { type: 'COERCE' as const, quad: 'material-conflict' as const, intensity: -7, actor: 'china', recipient: 'hong-kong' };
    const [, uncoded, coerced] = parseCsv(eventsCsv([sampleEvent({ relation: null }), sampleEvent({ id: 'b', relation })]));
    const cells = (row: string[] | undefined) => (['relation_type', 'quad', 'intensity', 'relation_actor', 'relation_recipient'] as const).map((name) => row?.[column(name)]);
    expect(cells(uncoded)).toEqual(['', '', '', '', '']);
    expect(cells(coerced)).toEqual(['COERCE', 'material-conflict', '-7', 'china', 'hong-kong']);
  });

  it('returns the end and its precision when the event lasts', () => {
    const range = sampleEvent({ date: { value: '1972-02-21', precision: 'day', end: '1972-03', endPrecision: 'month' } });
    const [, row] = parseCsv(eventsCsv([range]));
    expect([row?.[column('date')], row?.[column('end')], row?.[column('end_precision')]]).toEqual(['1972-02-21', '1972-03', 'month']);
  });

  it('returns a site-relative url when the site is known only by its base path', () => {
    const [, row] = parseCsv(eventsCsv([sampleEvent()], { siteUrl: '/timeline/' }));
    expect(row?.at(-1)).toBe('/timeline/events/2024-10-18-lammy-meets-wang-yi/');
    const [, bare] = parseCsv(eventsCsv([sampleEvent()]));
    expect(bare?.at(-1)).toBe('');
  });

  it('returns fields with quotes, commas and line breaks quoted, inner quotes doubled', () => {
    const summary = 'He said "no", then left.\r\nLater: more';
    const csv = eventsCsv([sampleEvent({ summary, title: 'Talks, again' })]);
    expect(csv).toContain(',"Talks, again","He said ""no"", then left.\r\nLater: more",');
    expect(parseCsv(csv)[1]?.[column('summary')]).toBe(summary);
  });

  it('returns the events in chronological order whatever order they come in', () => {
    const early = sampleEvent({ id: '1997-handover', date: { value: '1997', precision: 'year' }, title: 'Handover' });
    const rows = parseCsv(eventsCsv([sampleEvent(), early]));
    expect(rows.slice(1).map((row) => row[0])).toEqual(['1997-handover', '2024-10-18-lammy-meets-wang-yi']);
  });

  it('returns rows that read back as the events from the seed', async () => {
    const { events } = await buildSiteData('content');
    const rows = parseCsv(eventsCsv(events, { siteUrl: '/' }));
    expect(rows).toHaveLength(events.length + 1);
    expect(rows.every((row) => row.length === EVENTS_CSV_COLUMNS.length)).toBe(true);
    expect(rows.slice(1).map((row) => [row[0], row[column('title')], row[column('summary')]])).toEqual(
      events.map((event) => [event.id, event.title, event.summary.replace(/^[=+\-@\t\r]/u, "'$&")]),
    );
  });

  describe('edge cases', () => {
    it.each([
      ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
      ['+1 talks', "'+1 talks"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
      ['\t=1+1', "'\t=1+1"],
      ['\r=1+1', `"'\r=1+1"`],
    ])('returns %j defused with a leading apostrophe', (title, cell) => {
      const csv = eventsCsv([sampleEvent({ title })]);
      expect(csv.split('\r\n').slice(1).join('\r\n')).toContain(`,${cell},`);
      expect(parseCsv(csv)[1]?.[column('title')]).toBe(`'${title}`);
    });

    it('returns cells that merely contain formula characters unchanged', () => {
      const [, row] = parseCsv(eventsCsv([sampleEvent({ title: 'UK–China talks = progress @ Beijing' })]));
      expect(row?.[column('title')]).toBe('UK–China talks = progress @ Beijing');
    });

    it('returns actor names containing formula characters defused as one cell', () => {
      const [, row] = parseCsv(eventsCsv([sampleEvent({ actors: [{ id: 'x', name: '=cmd', kind: 'organisation' }] })]));
      expect(row?.[column('actors')]).toBe("'=cmd");
    });

    it('returns only the header when there are no events', () => {
      expect(eventsCsv([])).toBe(
        'id,date,precision,end,end_precision,title,summary,type,kind,relation_type,quad,intensity,relation_actor,relation_recipient,actors,sources,first_source,url\r\n',
      );
    });
  });
});
