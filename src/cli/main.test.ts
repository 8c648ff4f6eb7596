import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewDocument } from '../lib/export/review-json.ts';
import { reviewJsonSchema } from '../lib/export/review-schema.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/entente.mjs');
// Each case starts real Node processes, which takes seconds on a busy machine.
const SLOW = { timeout: 30_000 };

/** Run the real CLI with this Node, from the repository root; never rejects. */
function entente(args: string[], options: { input?: string; nodeOptions?: string[] } = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(process.execPath, [...(options.nodeOptions ?? []), BIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr });
    });
    child.stdin?.end(options.input ?? '');
  });
}

describe('entente', SLOW, () => {
  it('returns usage and exit 2 when no command is given', async () => {
    const { code, stderr } = await entente([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: entente <command>');
  });

  it('returns usage and exit 2 when the command is unknown', async () => {
    const { code, stderr } = await entente(['bogus']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^entente: unknown command "bogus"\n\nUsage: entente/);
  });

  it('returns usage on stdout and exit 0 with --help, for the tool and each command', async () => {
    expect(await entente(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Commands:') });
    expect(await entente(['check', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: entente check') });
    expect(await entente(['help', 'new'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: entente new') });
  });

  it('returns a clear message, not a stack trace, when Node cannot strip types', async () => {
    const { code, stderr } = await entente(['check'], { nodeOptions: ['--no-experimental-strip-types'] });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Entente needs Node ≥ 22\.18 \(found v[\d.]+\); run it through npx\/npm scripts/);
  });
});

describe('entente check of the editors’ events: corrections', SLOW, () => {
  const FIXTURES = join(ROOT, 'tests/fixtures/overrides');
  let dir: string;
  /** A content folder with the fixtures' actors and known events, and these of its articles. */
  async function content(...names: string[]) {
    await cp(join(FIXTURES, 'actors'), join(dir, 'actors'), { recursive: true });
    await cp(join(FIXTURES, 'events'), join(dir, 'events'), { recursive: true });
    await mkdir(join(dir, 'articles'));
    for (const name of names) await cp(join(FIXTURES, 'articles', `${name}.md`), join(dir, 'articles', `${name}.md`));
  }
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'entente-overrides-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns a correction that matches nothing as a warning and an invalid one as an error, without --events', async () => {
    await content('match-nothing', 'same-as-unknown');
    const { code, stdout, stderr } = await entente(['check', dir]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.some((line) => line.startsWith(`${dir}/articles/match-nothing.md:6:12  warning  No event of this article matches`))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${dir}/articles/same-as-unknown.md:7:14  error  "same_as" names no known event`))).toBe(true);
    expect(lines.at(-1)).toBe('2 articles, 1 error, 1 warning');
    // With --events too, a content error is a problem listed, never an internal error.
    const events = await entente(['check', '--events', dir]);
    expect(events).toMatchObject({ code: 1, stderr: '' });
    expect(events.stdout.trimEnd().split('\n').at(-1)).toBe('2 articles, 1 error, 1 warning');
  });

  it('returns in one run an article’s file errors and the errors of another’s corrections', async () => {
    await content('invalid-date', 'same-as-unknown', 'add');
    const { code, stdout } = await entente(['check', dir]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.some((line) => line.startsWith(`${dir}/articles/invalid-date.md:7:11  error  "events[0].date" must be a date`))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${dir}/articles/same-as-unknown.md:7:14  error  "same_as" names no known event`))).toBe(true);
    expect(lines.at(-1)).toBe('2 articles, 2 errors');
  });

  it('returns an article’s file errors beside the errors of the actors and known events, with or without corrections', async () => {
    await content('invalid-date', 'add');
    await cp(join(ROOT, 'tests/fixtures/bad-knowledge/actors/unknown-kind.md'), join(dir, 'actors/unknown-kind.md'));
    for (const args of [['check', dir], ['check', '--events', dir]]) {
      const { code, stdout } = await entente(args);
      expect(code).toBe(1);
      const lines = stdout.trimEnd().split('\n');
      expect(lines.some((line) => line.startsWith(`${dir}/articles/invalid-date.md:7:11  error  "events[0].date" must be a date`))).toBe(true);
      expect(lines.some((line) => line.startsWith(`${dir}/actors/unknown-kind.md:3:7  error  "kind" must be one of`))).toBe(true);
      expect(lines.at(-1)).toBe('1 article, 2 errors');
    }
  });

  it('returns, with --events, what each correction added, corrected or dropped, and with --json the same that its JSON Schema accepts', async () => {
    await content('add', 'correct-by-words', 'drop');
    const { code, stdout } = await entente(['check', '--events', dir]);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines).toContain(`${dir}/articles/add.md:6:5  override: added 2024-10-19-lammy-meets-business-leaders-in-shanghai  "Lammy meets business leaders in Shanghai"`);
    expect(lines.some((line) => line.startsWith(`${dir}/articles/correct-by-words.md:6:5  override: corrected 2024-10-17-lammy-meets-vice-premier-ding-xuexiang (date, title)`))).toBe(true);
    expect(lines.some((line) => /^.+\/drop\.md:6:5 {2}override: dropped 2024-10-18-\S+ {2}".+": an appeal, not a diplomatic happening$/u.test(line))).toBe(true);
    expect(lines.some((line) => /^.+\/drop\.md:\d+:\d+ {2}"Friday" {2}2024-10-18 {2}skipped \[dropped-by-editor\] /u.test(line))).toBe(true);

    const json = await entente(['check', '--events', '--json', dir]);
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout) as ReviewDocument;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(reviewJsonSchema());
    expect(validate(document), JSON.stringify(validate.errors, null, 1)).toBe(true);
    const edits = document.review?.articles.flatMap((article) => article.edits ?? []) ?? [];
    expect(edits.map((edit) => edit.action).sort()).toEqual(['added', 'corrected', 'dropped']);
    expect(edits.find((edit) => edit.action === 'dropped')).toMatchObject({ line: 6, column: 5, fields: [], reason: 'an appeal, not a diplomatic happening' });
  });
});

describe('entente check', SLOW, () => {
  it('returns exit 0 and a summary when every article is valid', async () => {
    expect(await entente(['check'])).toEqual({ code: 0, stdout: '1 article, 0 errors\n', stderr: '' });
  });

  it('returns every problem of every file, positioned, and exit 1 when some are bad', async () => {
    const { code, stdout } = await entente(['check', 'tests/fixtures/bad-articles']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain(
      'tests/fixtures/bad-articles/date-not-a-calendar-date.md:3:7  error  "date" must be a real calendar date (YYYY-MM-DD); found "2024-02-30"  [date-invalid]',
    );
    expect(lines).toContain('tests/fixtures/bad-articles/missing-title.md:1:1  error  "title" is required (a non-empty string)  [title-missing]');
    expect(lines.filter((line) => line.includes('broken-yaml.md:2:13  error  Malformed YAML'))).toHaveLength(1);
    expect(lines.at(-1)).toBe('0 articles, 11 errors');
  });

  it('returns the problems of the editors’ actors and known events beside the articles', async () => {
    const { code, stdout } = await entente(['check', 'tests/fixtures/bad-knowledge']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain(
      'tests/fixtures/bad-knowledge/events/month-thirteen.md:3:7  error  "date" must be a date as a TIMEX3 value: 1997, 2020-06, 2020-06-30, 2015-Q4 or 199X; found "1997-13"  [date-invalid]',
    );
    expect(lines.some((line) => line.startsWith('tests/fixtures/bad-knowledge/actors/unknown-kind.md:3:7  error  "kind" must be one of person, country, organisation, place'))).toBe(true);
    expect(lines).toContain(
      'tests/fixtures/bad-knowledge/events/day-thirty-february.md:3:7  error  "date" must be a date as a TIMEX3 value: 1997, 2020-06, 2020-06-30, 2015-Q4 or 199X; found "2020-02-30"  [date-invalid]',
    );
    expect(lines).toContain('tests/fixtures/bad-knowledge/eras/end-before-start.md:4:6  error  "end" must not be before "start"; found "2015"  [era-end-before-start]');
    expect(lines).toContain(
      'tests/fixtures/bad-knowledge/events/end-before-date.md:4:6  error  "end" must not be before "date"; found "1986-10-11"  [event-end-before-date]',
    );
    expect(lines.at(-1)).toBe('1 article, 5 errors');
  });

  it('returns, with --events, what became of every date the articles state', async () => {
    const { code, stdout } = await entente(['check', '--events']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/lammy-beijing-visit\.md:\d+:\d+ {2}"two-day" {2}P2D {2}skipped \[not-a-calendar-date\]/u);
    expect(stdout).toMatch(/lammy-beijing-visit\.md:\d+:\d+ {2}"1997" {2}1997 {2}event 1997-/u);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ dates written: \d+ on the timeline, \d+ skipped; \d+ events$/u);
  });

  it('returns, with --events, each article’s reading, its publication date, the titles and merges', async () => {
    const { stdout } = await entente(['check', '--events']);
    const lines = stdout.split('\n');
    expect(lines).toContain('content/articles/lammy-beijing-visit.md  published 2024-10-18, from the frontmatter');
    expect(lines.some((line) => /^content\/articles\/lammy-beijing-visit\.md {2}read as news {2}\[genre-news\] /u.test(line))).toBe(true);
    expect(lines.some((line) => /^content\/articles\/lammy-beijing-visit\.md:\d+:\d+ {4}title ".+" by \[headline-short\] /u.test(line))).toBe(true);
    expect(lines.some((line) => /^content\/articles\/lammy-beijing-visit\.md:12:\d+ {4}joined the event by \[shared-people\] /u.test(line))).toBe(true);
  });

  it('returns, with --events --json, the same report as data that its JSON Schema accepts', async () => {
    const { code, stdout } = await entente(['check', '--events', '--json']);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as ReviewDocument;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(reviewJsonSchema());
    expect(validate(document), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(document.summary).toEqual({ articles: 1, errors: 0, warnings: 0 });
    expect(document.review?.articles[0]?.entries.find((entry) => entry.text === 'two-day')?.outcome).toMatchObject({ rejectedBy: 'not-a-calendar-date' });
  });

  it('returns, with --json, every problem as data and exit 1 when some are bad', async () => {
    const { code, stdout } = await entente(['check', '--json', 'tests/fixtures/bad-articles']);
    expect(code).toBe(1);
    const document = JSON.parse(stdout) as ReviewDocument;
    expect(document.summary).toEqual({ articles: 0, errors: 11, warnings: 0 });
    expect(document.diagnostics).toContainEqual(expect.objectContaining({ file: 'tests/fixtures/bad-articles/missing-title.md', ruleId: 'title-missing', fatal: true }));
    expect(document).not.toHaveProperty('review');
  });

  it('returns warnings in the summary without failing', async () => {
    const { code, stdout } = await entente(['check', 'tests/fixtures/articles']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('3 articles, 0 errors, 1 warning');
  });

  it('returns exit 2 for an unknown option', async () => {
    const { code, stderr } = await entente(['check', '--bogus']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--bogus'");
  });
});

describe('entente extract', SLOW, () => {
  it('returns each date found with its position in the file', async () => {
    const { code, stdout } = await entente(['extract', 'content/articles/lammy-beijing-visit.md']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    // Line 8 of the seed: "… Wang Yi on Friday he hoped …"; "Friday" starts at column 75.
    expect(lines).toContain('content/articles/lammy-beijing-visit.md:8:75  "Friday"  DATE 2024-10-18');
    expect(lines.some((line) => /:48:\d+ {2}"1997" {2}DATE 1997$/.test(line))).toBe(true);
  });

  it('returns diagnostics on stderr and exit 1 when a file is bad or missing', async () => {
    const { code, stderr } = await entente(['extract', 'tests/fixtures/bad-articles/missing-title.md', 'no-such.md']);
    expect(code).toBe(1);
    expect(stderr).toContain('missing-title.md:1:1  error');
    expect(stderr).toContain('no-such.md  error  The file cannot be read (ENOENT)  [file-unreadable]');
  });

  it('returns exit 2 when no file is given', async () => {
    expect((await entente(['extract'])).code).toBe(2);
  });

  it('delegates --jsonl to the JSON-lines extractor over stdin and stdout', async () => {
    const { code, stdout } = await entente(['extract', '--jsonl'], {
      input: '{"id":"x","text":"He met Wang on Friday.","dct":"2024-10-18"}\n',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim())).toMatchObject({ id: 'x' });
  });

  it('loads neither the markdown parser, the frontmatter reader nor the schema library for --jsonl and --help', async () => {
    // A module hook that prints every module Node loads, so the test sees what the command needed.
    const hook = `data:text/javascript,${encodeURIComponent(
      "import { registerHooks } from 'node:module'; registerHooks({ load(url, context, next) { process.stderr.write(url + '\\n'); return next(url, context); } });",
    )}`;
    const heavy = /\/node_modules\/(remark|remark-gfm|micromark|gray-matter|js-yaml|zod|compromise)\//u;
    for (const args of [['extract', '--jsonl'], ['--help']]) {
      const { code, stderr } = await entente(args, { nodeOptions: ['--import', hook], input: '{"id":"x","text":"on Friday","dct":"2024-10-18"}\n' });
      expect(code).toBe(0);
      expect(stderr).toContain('/src/cli/main.ts');
      expect(stderr.split('\n').filter((url) => heavy.test(url))).toEqual([]);
    }
  });
});

describe('entente new', SLOW, () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'entente-new-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns a new valid article named after the title', async () => {
    const { code, stdout } = await entente(['new', 'Lammy: a visit to Beijing', '--date', '2024-10-18', '--source', 'AFP', '--dir', dir]);
    expect(code).toBe(0);
    const path = join(dir, 'lammy-a-visit-to-beijing.md');
    expect(stdout).toBe(`Created ${path}\n`);
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('---\ntitle: "Lammy: a visit to Beijing"\ndate: 2024-10-18\nsource: "AFP"\ntags: []\n---\n')).toBe(true);
    const check = await entente(['check', dir]);
    expect(check.stdout.trimEnd().split('\n').at(-1)).toBe('1 article, 0 errors, 1 warning');
  });

  it('returns exit 1 and leaves the file alone when it already exists', async () => {
    await writeFile(join(dir, 'taken.md'), 'mine');
    const { code, stderr } = await entente(['new', 'Taken', '--dir', dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('already exists; not overwriting it');
    expect(await readFile(join(dir, 'taken.md'), 'utf8')).toBe('mine');
  });

  it('returns exit 2 when the date is not a real calendar date', async () => {
    const { code, stderr } = await entente(['new', 'A', '--date', '2024-02-30', '--dir', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('--date must be a real calendar date written YYYY-MM-DD; found "2024-02-30"');
  });
});
