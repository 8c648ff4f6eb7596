import { tagTimexes } from '../tagger.ts';

/** Test helper: the tagger's output as [text, type, value, mod?] tuples. */
export function tag(text: string, dct = '2024-10-18'): Array<[string, string, string] | [string, string, string, string]> {
  return tagTimexes(text, { dct }).map((t) => (t.mod ? [t.text, t.type, t.value, t.mod] : [t.text, t.type, t.value]));
}
