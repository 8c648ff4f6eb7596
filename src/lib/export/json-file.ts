/**
 * The text of a JSON export, `JSON.stringify(document, null, 2)` and a newline, in parts: the
 * document up to its array at `key`, each item of that array, and the rest. The array may be given
 * as a generator, read once, an item at a time: the text is then that of the document with the
 * generated items as its array. A site's exports are
 * then never one string: at 4,000 articles `events.json` is 100 MB, and making it in one piece
 * (the string, then its UTF-8 bytes) took 700 MB above what the build's pages needed.
 *
 * @example
 * const document = { version: 1, events: [{ id: 'a', tags: [] }, { id: 'b', tags: ['x'] }] };
 * [...jsonFileParts(document, 'events')].join('') === `${JSON.stringify(document, null, 2)}\n` //=> true
 * [...jsonFileParts({ events: [] }, 'events')].join('') //=> '{\n  "events": []\n}\n'
 * // The items may be made as they are read:
 * [...jsonFileParts({ events: (function* () { yield 1; yield 2; })() }, 'events')].join('') //=> '{\n  "events": [\n    1,\n    2\n  ]\n}\n'
 */
export function* jsonFileParts<Key extends string>(document: { readonly [key in Key]: readonly unknown[] | Generator<unknown> }, key: Key): Generator<string> {
  // The document with its array holding one item, 0, on a line of its own between the array's brackets.
  const frame = JSON.stringify({ ...document, [key]: [0] }, null, 2);
  // The document's own key, two spaces in: a key of the same name deeper in it is indented more.
  const opening = `\n  ${JSON.stringify(key)}: [\n`;
  const lineStart = frame.indexOf(opening) + opening.length;
  const indent = '    ';
  // Each item is written once the next is known, to end it with a comma or not: the items may be
  // made one at a time as they are read (`timelineJsParts`), never all held at once.
  let previous: string | undefined;
  for (const item of document[key]) {
    yield previous === undefined ? frame.slice(0, lineStart) : `${indent}${previous},\n`;
    // JSON escapes a line break inside a string, so every one in an item's text is between its lines.
    previous = (JSON.stringify(item, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
  }
  if (previous === undefined) {
    yield `${JSON.stringify({ ...document, [key]: [] }, null, 2)}\n`;
    return;
  }
  yield `${indent}${previous}\n`;
  yield `${frame.slice(lineStart + `${indent}0\n`.length)}\n`;
}
