/** Characters that must not appear raw in a `<script>` element's text, with their JSON escapes. */
const UNSAFE_IN_SCRIPT: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON-LD text that is safe inside `<script type="application/ld+json">`: `<` is escaped so a
 * title holding `</script>` cannot end the element (HTML's script data state ends at any
 * `</script`), `>` and `&` so no parser reads markup, and U+2028/U+2029 so the text is also valid
 * JavaScript. The escapes are JSON's own, so `JSON.parse` returns the data unchanged.
 *
 * @example
 * jsonLdScript({ name: '</script><b>' }) //=> '{"name":"\\u003c/script\\u003e\\u003cb\\u003e"}'
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/gu, (character) => UNSAFE_IN_SCRIPT[character] ?? character);
}
