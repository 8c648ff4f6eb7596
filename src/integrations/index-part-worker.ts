/** A thread that writes one part of the search index (see index-part.ts); an error ends it and reaches the build. */
import { workerData } from 'node:worker_threads';
import { indexPart, type PartJob } from './index-part.ts';

await indexPart(workerData as PartJob);
