/**
 * A response whose body is `parts`, encoded as UTF-8 a batch at a time as it is read, so that a
 * large export is never held as one string (see the library's `jsonFileParts`): Astro reads the
 * body of a built route into one buffer, and a string of the same text beside it, with its
 * encoding, would double that.
 */
export function streamedResponse(parts: Iterable<string>, contentType: string): Response {
  const iterator = parts[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = '';
      for (let next = iterator.next(); ; next = iterator.next()) {
        if (!next.done) batch += next.value;
        if (next.done || batch.length >= BATCH_CHARACTERS) {
          if (batch !== '') controller.enqueue(encoder.encode(batch));
          if (next.done) controller.close();
          return;
        }
      }
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** How much text is encoded at once: large enough that the parts of 50,000 events make few chunks. */
const BATCH_CHARACTERS = 256 * 1024;
