/**
 * `npm run eval:events [-- DIR…]`: build folders of articles with gold events (by default
 * `../shared/eval/events-dev/`) into a temporary site, score its `events.json` with the shared
 * scorer (`events-score.mjs`), count forbidden spans read as event dates, and print the table by
 * the genre Entente read each article as, then score the PLOVER coding against the hand-coded events
 * of `tests/fixtures/relations/dev-coded.jsonl` (see relations-score.ts). `VERBOSE=1` lists every
 * miss and defect.
 *
 * Each folder holds the articles (`*.md`), `gold.jsonl` and optionally `forbidden.jsonl`
 * (the format of `../shared/eval/README.md`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../src/lib/article/load.ts';
import type { EventsDocument, TimelineEvent } from '../src/lib/index.ts';
import { buildCopy, copyProject } from './project-copy.ts';
import { scoreRelations } from './relations-score.ts';
import type { CodedEvent } from './relations-score.ts';

const shared = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
const scorer = join(shared, 'events-score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval:events needs the shared evaluation data beside the repository: ${scorer} is missing.`);
  process.exit(2);
}
const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const sets = (folders.length > 0 ? folders : [join(shared, 'events-dev')]).map((folder) => resolve(folder));

interface Gold {
  file: string;
  value: string;
  value_end?: string;
  must_mention: string[];
}
interface Forbidden {
  file: string;
  text: string;
}

const readJsonLines = <T>(path: string): T[] =>
  existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as T)
    : [];

/** The article id Entente gives a file, as the scorer computes it. */
const articleId = (file: string): string => basename(file, '.md').toLowerCase().replace(/[^a-z0-9]+/gu, '-');

const work = mkdtempSync(join(tmpdir(), 'entente-eval-events-'));
const articlesDir = join(work, 'content', 'articles');
mkdirSync(articlesDir, { recursive: true });
const gold: Gold[] = [];
const forbidden: Forbidden[] = [];
for (const set of sets) {
  for (const file of readdirSync(set).filter((name) => name.endsWith('.md') && !/^(README|ATTRIBUTION)\.md$/u.test(name))) {
    copyFileSync(join(set, file), join(articlesDir, file));
  }
  gold.push(...readJsonLines<Gold>(join(set, 'gold.jsonl')));
  forbidden.push(...readJsonLines<Forbidden>(join(set, 'forbidden.jsonl')));
}

const outDir = join(work, 'dist');
console.log(`Building ${readdirSync(articlesDir).length} articles from ${sets.join(', ')} …`);
// In a copy of the project with an Astro cache of its own: built in the project, this site's
// records of its pages would replace those of the project's own site, whose next build would then
// render and index every page again.
try {
  buildCopy(copyProject(work), {
    outDir,
    cacheDir: join(work, 'astro-cache'),
    env: { ENTENTE_CONTENT: join(work, 'content'), ENTENTE_BASE: '/', ENTENTE_SITE: '' },
    silent: true,
  });
} catch (error) {
  console.error(`${(error as Error).message}\nThe temporary site is kept in ${work}.`);
  process.exit(1);
}
const document = JSON.parse(readFileSync(join(outDir, 'events.json'), 'utf8')) as EventsDocument;

/** The genre Entente read each article as, by article id. */
const { articles } = await loadArticles(articlesDir);
const genreOf = new Map(articles.map((article) => [article.id, article.genre.genre]));
const genres = [...new Set(genreOf.values())].sort();

/** Forbidden spans that an event's source gives as the words of its date. */
function forbiddenRead(events: readonly TimelineEvent[], spans: readonly Forbidden[]): Forbidden[] {
  return spans.filter((span) =>
    events.some((event) =>
      event.sources.some(
        (source) =>
          source.articleId === articleId(span.file) &&
          source.dateText !== '' &&
          source.quote.includes(span.text) &&
          (span.text.includes(source.dateText) || source.dateText.includes(span.text)),
      ),
    ),
  );
}

interface Score {
  gold: number;
  found: number;
  recall: number;
  events: number;
  duplicates: number;
  titleDefects: number;
  afterPublication: number;
}

function score(events: TimelineEvent[], goldEvents: Gold[], label: string): Score & { forbiddenRead: number } {
  const dir = join(work, `score-${label}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'events.json'), JSON.stringify({ events }));
  writeFileSync(join(dir, 'gold.jsonl'), goldEvents.map((line) => JSON.stringify(line)).join('\n') + '\n');
  const result = spawnSync(process.execPath, [scorer, join(dir, 'events.json'), join(dir, 'gold.jsonl'), articlesDir], {
    encoding: 'utf8',
    env: { ...process.env, VERBOSE: label === 'all' ? (process.env.VERBOSE ?? '') : '' },
  });
  if (result.status !== 0) throw new Error(`events-score.mjs failed: ${result.stderr}`);
  const lines = result.stdout.trim().split('\n');
  if (label === 'all') for (const line of lines.slice(0, -1)) console.log(line);
  const read = forbiddenRead(events, forbidden.filter((span) => goldEvents.length === gold.length || genreOf.get(articleId(span.file)) === label));
  if (label === 'all' && process.env.VERBOSE) for (const span of read) console.log(`  forbidden span read as a date: ${span.file}: ${span.text}`);
  return { ...(JSON.parse(lines.at(-1)!) as Score), forbiddenRead: read.length };
}

const all = score(document.events, gold, 'all');
console.log(JSON.stringify(all));
const rows = genres.map((genre) => {
  const inGenre = (id: string | undefined) => id !== undefined && genreOf.get(id) === genre;
  const events = document.events.filter((event) => event.sources.every((source) => inGenre(source.articleId)));
  const goldEvents = gold.filter((line) => inGenre(articleId(line.file)));
  return { genre, articles: articles.filter((article) => article.genre.genre === genre).length, ...score(events, goldEvents, genre) };
});
console.log('\nBy the genre Entente read each article as:');
console.table(rows.map(({ genre, articles: count, gold: goldCount, found, recall, events, duplicates, titleDefects, afterPublication, forbiddenRead: read }) => ({
  genre,
  articles: count,
  gold: goldCount,
  found,
  recall,
  events,
  duplicates,
  titleDefects,
  afterPublication,
  forbiddenRead: read,
})));

// The coded events are those of the default set; with other folders they do not apply.
const codedFile = fileURLToPath(new URL('../tests/fixtures/relations/dev-coded.jsonl', import.meta.url));
if (folders.length > 0) console.log('\nRelations: not scored (the coded events are those of ../shared/eval/events-dev/).');
else {
  // gold.jsonl lists the same events in the same order: its must_mention words tell apart two events of one sentence.
  const coded = readJsonLines<CodedEvent>(codedFile).map((line, index) => ({ ...line, must_mention: (gold[index] as Gold | undefined)?.must_mention ?? [] }));
  const { score: relations, misses } = scoreRelations(document.events, coded);
  console.log('\nRelations (PLOVER coding) over the hand-coded events Entente finds:');
  console.table([relations]);
  if (process.env.VERBOSE) for (const miss of misses) console.log(miss);
}
rmSync(work, { recursive: true, force: true });
