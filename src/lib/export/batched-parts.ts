/** How much text a batch holds, about: parts of one event each would be 50,000 writes for a large site. */
const BATCH_CHARACTERS = 256 * 1024;

/**
 * `parts` joined into batches of about 256 K characters, to be written or sent one at a time.
 *
 * @example
 * [...batchedParts(['a', 'b'])] //=> ['ab']
 * [...batchedParts([])] //=> []
 */
export function* batchedParts(parts: Iterable<string>): Generator<string> {
  let batch = '';
  for (const part of parts) {
    batch += part;
    if (batch.length >= BATCH_CHARACTERS) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}
