import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Era, SiteArticle, TimelineEvent } from './lib/index.ts';
import { ententeLoader } from './loaders/entente-loader.ts';

/** The folder the site is built from; tests point it at fixtures. */
const contentDir = process.env.ENTENTE_CONTENT ?? 'content';

// The library has already validated and typed these entries; the schemas only carry the types.
const events = defineCollection({
  loader: ententeLoader('events', contentDir),
  schema: z.custom<TimelineEvent>(),
});

const articles = defineCollection({
  loader: ententeLoader('articles', contentDir),
  schema: z.custom<SiteArticle>(),
});

const eras = defineCollection({
  loader: ententeLoader('eras', contentDir),
  schema: z.custom<Era>(),
});

// A number new with each reading of the content: in `astro dev`, the only entry stored (see ententeLoader).
const revision = defineCollection({
  loader: ententeLoader('revision', contentDir),
  schema: z.object({ revision: z.number() }),
});

export const collections = { events, articles, eras, revision };
