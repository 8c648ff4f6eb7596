import { describe, expect, it } from 'vitest';
import { jsonLdScript } from './json-ld.ts';

describe('jsonLdScript', () => {
  const hostile = { '@type': 'Event', name: 'Talks </script><script>alert("x")</script> & <!-- more' };

  it('returns text with no character that could end the script element or open markup', () => {
    const text = jsonLdScript(hostile);
    expect(text).not.toMatch(/[<>&]/u);
    expect(text).not.toMatch(/<\/script/iu);
  });

  it('returns JSON that parses back to the same data', () => {
    expect(JSON.parse(jsonLdScript(hostile))).toEqual(hostile);
  });

  describe('edge cases', () => {
    it('escapes the line and paragraph separators that JavaScript strings cannot hold raw', () => {
      const data = { text: 'one\u2028two\u2029three' };
      const text = jsonLdScript(data);
      expect(text).toBe('{"text":"one\\u2028two\\u2029three"}');
      expect(JSON.parse(text)).toEqual(data);
    });
  });
});
