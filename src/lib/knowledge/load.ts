import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { readFrontmatterFile } from '../article/frontmatter-file.ts';
import { articleId } from '../article/id.ts';
import { listArticleFiles } from '../article/load.ts';
import type { FrontmatterSpec } from '../article/validate.ts';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { eachFile } from '../each-file.ts';
import type { ActorKind, EventType } from '../events/model.ts';
import { ACTOR_FRONTMATTER, ERA_FRONTMATTER, KNOWN_EVENT_FRONTMATTER } from './schemas.ts';

/** A person, country or organisation as an editor describes it in `content/actors/<id>.md`. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  country?: string;
  role?: string;
}

/** A canonical event in `content/events/<id>.md` that extracted events merge into. */
export interface KnownEvent {
  id: string;
  title: string;
  /** TIMEX3 calendar value. */
  date: string;
  /** The last value of a known event that lasts, never before `date`. */
  end?: string;
  aliases: string[];
  type?: EventType;
  actors: string[];
}

/** A span of history shown beside the years it covers (`content/eras/<id>.md`). */
export interface Era {
  id: string;
  title: string;
  start: string;
  end: string;
  /** The era's short text, as plain markdown. */
  text: string;
}

/** What editors know beyond the articles. */
export interface Knowledge {
  actors: KnownActor[];
  knownEvents: KnownEvent[];
  eras: Era[];
}

type Loaded<Data> = { id: string; data: Data; body: string };

/** Every file of one kind under `dir`; a missing folder is no knowledge, not an error. */
async function loadKind<Schema extends z.ZodObject>(
  dir: string,
  spec: FrontmatterSpec<Schema>,
  diagnostics: Diagnostic[],
): Promise<Array<Loaded<z.infer<Schema>>>> {
  const files = await listArticleFiles(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const loaded = await eachFile(files, async (relativePath) => {
    const path = join(dir, relativePath);
    const read = readFrontmatterFile(await readFile(path), path, spec);
    diagnostics.push(...read.diagnostics);
    return read.file && { id: articleId(relativePath), data: read.file.frontmatter, body: read.file.body.trim() };
  });
  return loaded.filter((entry) => entry !== undefined);
}

/**
 * Load `actors/`, `events/` and `eras/` under a content folder, with every problem of every file.
 *
 * @example
 * (await loadKnowledge('content')).knowledge.knownEvents.map((event) => event.date)
 * //=> ['1997-07-01', '2020-06-30', '2024-07-05']
 */
export async function loadKnowledge(contentDir: string): Promise<{ knowledge: Knowledge; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const [actors, knownEvents, eras] = await Promise.all([
    loadKind(join(contentDir, 'actors'), ACTOR_FRONTMATTER, diagnostics),
    loadKind(join(contentDir, 'events'), KNOWN_EVENT_FRONTMATTER, diagnostics),
    loadKind(join(contentDir, 'eras'), ERA_FRONTMATTER, diagnostics),
  ]);
  return {
    knowledge: {
      actors: actors.map(({ id, data }) => ({ id, ...data })),
      knownEvents: knownEvents.map(({ id, data }) => ({ id, ...data })),
      eras: eras.map(({ id, data, body }) => ({ id, ...data, text: body })),
    },
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}
