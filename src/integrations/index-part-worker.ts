/** A thread that writes one part of the search index (see index-part.ts); an error ends it and reaches the build. */
import { workerData } from 'node:worker_threads';
import { indexPart, type PartJob } from './index-part.ts';

/** What `indexPartOnThread` starts the thread with. */
const data = workerData as { indexPart?: PartJob } | null;
// Only as that thread: importing this module elsewhere (the doc-example test imports every module) does nothing.
if (data?.indexPart !== undefined) await indexPart(data.indexPart);
