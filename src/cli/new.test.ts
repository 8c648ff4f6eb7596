import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../lib/article/index.ts';
import { articleTemplate, newArticle } from './new.ts';

describe('articleTemplate', () => {
  it('returns frontmatter with the fields given and a placeholder body', () => {
    expect(articleTemplate({ title: 'A', date: '2024-10-18', tags: ['china'] })).toBe(
      '---\ntitle: "A"\ndate: 2024-10-18\ntags: ["china"]\n---\n\n<!-- Paste the article text here, as written. Subheads become "## " headings. -->\n',
    );
  });

  describe('edge cases', () => {
    it.each(['Lammy: “constructive” talks', 'A # not a comment', "It's \"quoted\" \\ twice", '1984', 'true'])(
      'returns frontmatter that reads back the title %s exactly',
      (title) => {
        const text = articleTemplate({ title, date: '2024-10-18', source: 'A: B', tags: [] });
        const { article } = parseArticle(new TextEncoder().encode(text), 'a.md');
        expect([article?.title, article?.source]).toEqual([title, 'A: B']);
      },
    );
  });
});

describe('newArticle --from', () => {
  /** Run `entente new` with these arguments into a fresh folder; return the exit code, what it printed and the file it wrote. */
  async function run(...args: string[]) {
    const dir = mkdtempSync(join(tmpdir(), 'entente-new-'));
    const out = new PassThrough();
    try {
      const code = await newArticle([...args, '--dir', dir], { stdin: process.stdin, stdout: out, stderr: out });
      const files = readdirSync(dir);
      return { code, out: String(out.read() ?? ''), files, text: files[0] === undefined ? '' : readFileSync(join(dir, files[0]), 'utf8') };
    } finally {
      rmSync(dir, { recursive: true });
    }
  }

  it('returns an article with the title, date, source and address the saved page gives, and its main text', async () => {
    const { code, files, text } = await run('--from', 'tests/fixtures/pages/lammy-beijing.html');
    expect(code).toBe(0);
    expect(files).toEqual(['lammy-urges-constructive-talks-with-china-on-beijing-visit.md']);
    const { article, diagnostics } = parseArticle(new TextEncoder().encode(text), 'a.md');
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      title: 'Lammy urges ‘constructive’ talks with China on Beijing visit',
      // JSON-LD's datePublished, the day as written, before the byline's <time> of an update.
      date: '2024-10-18',
      source: 'AFP',
      url: 'https://example.org/news/lammy-beijing',
    });
    expect(article?.blocks.map((block) => block.kind === 'heading' ? `## ${block.text}` : block.text.slice(0, 30))).toEqual([
      'British Foreign Secretary Davi',
      'On Friday afternoon, Lammy met',
      '## ‘Golden era’ no more',
      'Britain and China once made mu',
      'Perhaps the biggest sticking p',
    ]);
    // Navigation, asides and the footer are left out.
    expect(text).not.toMatch(/Subscribe|Most read|All rights reserved/u);
  });

  it('returns an article whose title is the first line of a plain-text file, without a date it does not give', async () => {
    const { code, text } = await run('--from', 'tests/fixtures/pages/lammy-beijing.txt', '--tag', 'china');
    expect(code).toBe(0);
    expect(text).toBe(
      '---\ntitle: "Lammy urges ‘constructive’ talks with China on Beijing visit"\ntags: ["china"]\n---\n\n' +
        'British Foreign Secretary David Lammy told Chinese counterpart Wang Yi on Friday he hoped the two countries could discuss their differences “constructively”.\n\n' +
        'Perhaps the biggest sticking point between the two countries has been Hong Kong, the former British colony that London handed back to China in 1997.\n',
    );
  });

  it('returns the title, date and source of the command line over the page’s', async () => {
    const { text } = await run('--from', 'tests/fixtures/pages/lammy-beijing.html', 'Lammy in Beijing', '--date', '2024-10-20', '--source', 'Reuters');
    expect(text).toMatch(/^---\ntitle: "Lammy in Beijing"\ndate: 2024-10-20\nsource: "Reuters"\nurl: "https:\/\/example\.org\/news\/lammy-beijing"\n/u);
  });

  describe('edge cases', () => {
    it('returns 1 and writes nothing when the file cannot be read', async () => {
      const { code, out, files } = await run('--from', 'tests/fixtures/pages/missing.html');
      expect([code, files]).toEqual([1, []]);
      expect(out).toContain('cannot read tests/fixtures/pages/missing.html (ENOENT)');
    });
  });
});
