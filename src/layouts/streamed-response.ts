import { batchedParts } from '../lib/export/batched-parts.ts';

/**
 * A response whose body is `parts`, encoded as UTF-8 a batch at a time as it is read (see the
 * library's `batchedParts`): `astro dev` serves the large exports without making any of them one
 * string (events.json is 100 MB at 4,000 articles).
 */
export function streamedResponse(parts: Iterable<string>, contentType: string): Response {
  const batches = batchedParts(parts)[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
