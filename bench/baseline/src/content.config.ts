import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const content = process.env.BENCH_CONTENT;
if (content === undefined) throw new Error('Set BENCH_CONTENT to the folder of generated articles (npm run bench does)');

/** The articles' frontmatter, as Astro's documentation would have it validated. */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${content}/articles` }),
  schema: z.object({
    title: z.string(),
    date: z.coerce.date(),
    source: z.string().optional(),
    url: z.string().url().optional(),
    tags: z.array(z.string()).default([]),
  }),
});

export const collections = { articles };
