import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = new URL('../fixtures/bad-articles/', import.meta.url);
const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/** Build the site of a content folder into a scratch folder. */
function buildSite(contentDir: string): { status: number | null; output: string } {
  const outDir = join(mkdtempSync(join(tmpdir(), 'entente-out-')), 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env: { ...process.env, ENTENTE_CONTENT: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Build a site whose only article is one bad fixture; the build must fail and say why. */
function buildWith(fixture: string): { status: number | null; output: string; source: string } {
  const contentDir = mkdtempSync(join(tmpdir(), 'entente-bad-'));
  mkdirSync(join(contentDir, 'articles'));
  const source = new URL(fixture, FIXTURES);
  copyFileSync(source, join(contentDir, 'articles', fixture));
  return { ...buildSite(contentDir), source: readFileSync(source, 'utf8') };
}

describe('astro build with bad content', { timeout: 120_000 }, () => {
  it('fails naming the file, line and field when the date is not a calendar date', () => {
    const { status, output } = buildWith('date-not-a-calendar-date.md');
    expect(status).not.toBe(0);
    expect(output).toMatch(/date-not-a-calendar-date\.md:3:7\s+error\s+"date".*2024-02-30/u);
  });

  it('fails naming the file and the field when the title is missing', () => {
    const { status, output } = buildWith('missing-title.md');
    expect(status).not.toBe(0);
    expect(output).toMatch(/missing-title\.md:\d+:\d+\s+error\s+"title" is required/u);
  });

  it('fails naming the file and the line when the YAML is broken', () => {
    const { status, output } = buildWith('broken-yaml.md');
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken-yaml\.md:2:\d+\s+error/u);
  });

  it('fails naming the file, line and field when an editor’s known event has a bad date', () => {
    const { status, output } = buildSite(new URL('../fixtures/bad-knowledge/', import.meta.url).pathname);
    expect(status).not.toBe(0);
    expect(output).toMatch(/events\/month-thirteen\.md:3:7\s+error\s+"date"/u);
  });

  it('never modifies the article it reads', () => {
    const { source } = buildWith('date-not-a-calendar-date.md');
    expect(readFileSync(new URL('date-not-a-calendar-date.md', FIXTURES), 'utf8')).toBe(source);
  });
});
