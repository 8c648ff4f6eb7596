import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { ententeLoader } from './loaders/entente-loader.ts';

/** The folder the site is built from; tests point it at fixtures. */
const contentDir = process.env.ENTENTE_CONTENT ?? 'content';

// One entry: the revision of the loader's newest reading of the content, which the pages read from
// memory (src/loaders/readings.ts). Its change is what makes `astro dev` reload the open pages.
const revision = defineCollection({
  loader: ententeLoader(contentDir),
  schema: z.object({ revision: z.number() }),
});

export const collections = { revision };
