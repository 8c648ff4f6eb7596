import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../src/lib/article/parse.ts';
import { distinctSentences, parseTime } from './parse-floor.ts';

let folder: string | undefined;
afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

/** Markdown files with these bodies, in a folder of their own. */
function articles(...bodies: string[]): string[] {
  folder = mkdtempSync(join(tmpdir(), 'parse-floor-'));
  return bodies.map((body, at) => {
    const file = join(folder!, `${at}.md`);
    writeFileSync(file, `---\ntitle: Article ${at}\ndate: 2024-10-18\n---\n\n${body}\n`);
    return file;
  });
}

describe('distinctSentences', () => {
  it('returns the sentences Entente cuts, each once, in the order they first appear', () => {
    const files = articles('Lammy met Wang Yi on Friday. Officials said talks went well.', 'Officials said talks went well. Trade rose in 2023.');
    const cut = parseArticle(readFileSync(files[0]!), files[0]!).article?.sentences.map((sentence) => sentence.text);
    expect(cut).toEqual(['Lammy met Wang Yi on Friday.', 'Officials said talks went well.']);
    expect(distinctSentences(files)).toEqual([...cut!, 'Trade rose in 2023.']);
  });
});

describe('parseTime', () => {
  it('parses each sentence and counts the people compromise finds in them', () => {
    expect(parseTime(['Lammy met Wang Yi in Beijing.', 'Trade rose.']).people).toBe(2);
    expect(parseTime([]).people).toBe(0);
  });
});
