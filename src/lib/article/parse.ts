/**
 * One article file → `Article`, or the list of everything wrong with it.
 */
import { impliedSpeaker } from './implied-speaker.ts';
import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { extractBlocks, type Block } from './blocks.ts';
import { readFrontmatterFile } from './frontmatter-file.ts';
import { articleId } from './id.ts';
import { readGenre, type GenreReading } from './genre.ts';
import { pageDate } from './page-date.ts';
import type { EventOverride, Frontmatter } from './schema.ts';
import { blockSentences, type ArticleSentence } from './sentences.ts';
import { ARTICLE_FRONTMATTER, type FieldLocator } from './validate.ts';

/** A place in a file: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

/** One item of an article's `events:` and where it is written, for messages about it. */
export interface PlacedOverride {
  override: EventOverride;
  /** Where the item's content starts, after its "- ". */
  place: Place;
  /** Where each key's value is written: `match`, `end`, `same_as`, `add.quote`, …. */
  places: Readonly<Record<string, Place>>;
}

/** A parsed article: its frontmatter fields, its prose as blocks and sentences with positions. */
export interface Article {
  /** Stable id: path relative to the articles directory, without `.md`, slugified (see `articleId`). */
  id: string;
  /** Path of the file as given (used in messages). */
  path: string;
  title: Frontmatter['title'];
  /**
   * Publication date, `YYYY-MM-DD` exactly as written in the frontmatter or, when it has none, as
   * the page's own publication line states it (`dateFrom` says which); absent for an undated page.
   */
  date?: string;
  dateFrom?: { kind: 'frontmatter' } | { kind: 'page'; line: number; column: number; text: string };
  /** The genre the article is read as, and the rule that decided it. */
  genre: GenreReading;
  /** Who speaks in the first person: the frontmatter's `speaker:` or `author:`, else whom the title or source implies. */
  speaker?: string;
  /** The rule that gave `speaker` (see SPEAKER_RULES). */
  speakerRule?: string;
  source?: string;
  url?: string;
  tags: string[];
  /** The editors' corrections of its events (`events:`), in the order written; see `applyOverrides`. */
  eventOverrides: PlacedOverride[];
  /** The markdown after the frontmatter, unchanged. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
  blocks: Block[];
  sentences: ArticleSentence[];
}

/** Options for `parseArticle`. */
export interface ParseArticleOptions {
  /** The article's id; by default derived from the file name (`articleId(basename(path))`). */
  id?: string;
}

/**
 * Parse one article file. Never throws for bad content: `article` is present only when there is
 * no error, and `diagnostics` lists every problem found (errors and warnings) with its place.
 *
 * @example
 * parseArticle(new TextEncoder().encode('---\ntitle: A\ndate: 2024-10-18\n---\nText.'), 'a.md').article?.date
 * //=> '2024-10-18'
 */
export function parseArticle(
  bytes: Uint8Array,
  path: string,
  options: ParseArticleOptions = {},
): { article?: Article; diagnostics: Diagnostic[] } {
  const read = readFrontmatterFile(bytes, path, ARTICLE_FRONTMATTER);
  const diagnostics = read.diagnostics;
  const id = options.id ?? articleId(basename(path));
  if (id === '') {
    diagnostics.push({
      file: path,
      ruleId: 'id-empty',
      reason: 'The file name gives an empty id; name the file with letters or digits',
      fatal: true,
    });
  }
  if (read.file === undefined || id === '') return { diagnostics };
  const { frontmatter, text, lines, body, bodyOffset, locate } = read.file;

  const blocks = extractBlocks(body, bodyOffset, text, lines);
  if (blocks.length === 0) {
    diagnostics.push({
      file: path,
      line: lines.pointAt(bodyOffset).line,
      column: 1,
      ruleId: 'body-empty',
      reason: 'The article has no text after its frontmatter',
      fatal: false,
    });
  }
  const { title, source, url, tags } = frontmatter;
  const sentences = blockSentences(blocks);
  const fromPage = frontmatter.date === undefined ? pageDate(blocks) : undefined;
  const date = frontmatter.date ?? fromPage?.date;
  const dateBlock = fromPage && blocks[fromPage.blockIndex]!;
  const named = frontmatter.speaker ?? frontmatter.author;
  const sentenceTexts = sentences.map((sentence) => sentence.text);
  const speaking = impliedSpeaker({ named, title, source, sentences: sentenceTexts });
  const article: Article = {
    id,
    path,
    title,
    ...(date === undefined ? {} : { date }),
    ...(frontmatter.date !== undefined
      ? { dateFrom: { kind: 'frontmatter' } as const }
      : dateBlock
        ? { dateFrom: { kind: 'page', line: dateBlock.position.line, column: dateBlock.position.column, text: dateBlock.text } as const }
        : {}),
    // Only a speaker the frontmatter names makes a speech; one the title or source implies only says who "I" is.
    genre: readGenre({ genre: frontmatter.genre, date, speaker: named, sentences: sentenceTexts }),
    ...(speaking === undefined ? {} : { speaker: speaking.speaker, speakerRule: speaking.rule }),
    ...(source === undefined ? {} : { source }),
    ...(url === undefined ? {} : { url }),
    tags,
    eventOverrides: (frontmatter.events ?? []).map((override, index) => placeOverride(override, index, locate)),
    body,
    bodyLine: lines.pointAt(bodyOffset).line,
    blocks,
    sentences,
  };
  return { article, diagnostics };
}

/** An item of `events:` with the places of its keys; the item is found, so its place is too. */
function placeOverride(override: EventOverride, index: number, locate: FieldLocator): PlacedOverride {
  const item = ['events', index];
  const place = locate(item)!;
  const keys = [...Object.keys(override).map((key) => [key]), ...Object.keys(override.add ?? {}).map((key) => ['add', key])];
  const places = Object.fromEntries(keys.map((key) => [key.join('.'), locate([...item, ...key]) ?? place]));
  return { override, place, places };
}
