import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonFileParts } from './json-file.ts';
import { sampleEvent } from './_lib/sample-event.ts';

const whole = (document: { items: readonly unknown[] }): string => [...jsonFileParts(document, 'items')].join('');

describe('a JSON export in parts', () => {
  it('is, joined, the document as JSON.stringify prints it, whatever its items and the keys around them', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (before, items, after) => {
        const document = { ...before, items, ...after, ...(Object.hasOwn(after, 'items') ? { items } : {}) };
        expect(whole(document)).toBe(`${JSON.stringify(document, null, 2)}\n`);
      }),
    );
  });

  it('gives for generated items the text of the array of them, whatever keys are around it, and for none the empty array', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), (before, items, after) => {
        function* made(): Generator<unknown> {
          yield* items;
        }
        const around = { ...before, items: 0, ...after };
        expect([...jsonFileParts({ ...around, items: made() }, 'items')].join('')).toBe(`${JSON.stringify({ ...around, items }, null, 2)}\n`);
      }),
    );
  });

  it('reads generated items one at a time, as their parts are asked for', () => {
    let read = 0;
    function* made(): Generator<number> {
      for (let item = 1; item <= 1_000; item++) {
        read += 1;
        yield item;
      }
    }
    const parts = jsonFileParts({ items: made() }, 'items');
    parts.next();
    parts.next();
    expect(read).toBe(2);
  });

  it('tells events with line breaks, quotes and other scripts in their text as JSON.stringify does', () => {
    const document = { version: 1, items: [sampleEvent({ title: 'Talks\n"resume"', summary: '王毅 met Lammy — again' }), sampleEvent({ actors: [] })] };
    expect(whole(document)).toBe(`${JSON.stringify(document, null, 2)}\n`);
    expect(JSON.parse(whole(document))).toEqual(document);
  });

  it('finds the document’s own array, not one of the same name deeper in it', () => {
    const document = { meta: { items: ['entente', 0] }, items: [{ items: [1] }, 2] };
    expect(whole(document)).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('gives one part an item, between the document’s head and its end', () => {
    expect([...jsonFileParts({ items: [1, 2, 3] }, 'items')]).toEqual(['{\n  "items": [\n', '    1,\n', '    2,\n', '    3\n', '  ]\n}\n']);
  });
});
