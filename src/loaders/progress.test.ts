import { describe, expect, it } from 'vitest';
import { doneLine, isCi, progressLine, progressReporter } from './progress.ts';

/** A reporter over a fake clock that advances `step` ms per reading, and what it printed. */
function reporter(interactive: boolean, step = 1) {
  const written: string[] = [];
  const logged: string[] = [];
  let time = 0;
  const progress = progressReporter({ interactive, write: (text) => written.push(text), log: (line) => logged.push(line) }, () => (time += step));
  return { progress, written, logged };
}

describe('progressLine', () => {
  it('returns articles read of all, the share, the time and the cache hits when known', () => {
    expect(progressLine(1200, 4000, 12_345, 800)).toBe('Read 1,200 of 4,000 articles (30%) in 12.3 s, 800 from the cache');
    expect(progressLine(1200, 4000, 12_345)).toBe('Read 1,200 of 4,000 articles (30%) in 12.3 s');
  });
});

describe('doneLine', () => {
  it('returns events, articles and time', () => {
    expect(doneLine(3456, 4000, 41_020)).toBe('3,456 events from 4,000 articles in 41.0 s');
  });
});

describe('isCi', () => {
  it('returns true when CI is set, false when it is unset, empty, "false" or "0"', () => {
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: '1' })).toBe(true);
    for (const CI of [undefined, '', 'false', '0']) expect(isCi({ CI })).toBe(false);
  });
});

describe('progressReporter', () => {
  it('logs a plain line every tenth of the way, then the closing line, when not on a terminal', () => {
    const { progress, written, logged } = reporter(false);
    for (let read = 1; read <= 100; read++) progress.update(read, 100, read - 1);
    progress.finish(230, 100);
    expect(written).toEqual([]);
    expect(logged).toHaveLength(11);
    expect(logged[0]).toMatch(/^Read 10 of 100 articles \(10%\) in 0\.0 s, 9 from the cache$/u);
    expect(logged[9]).toMatch(/^Read 100 of 100 articles \(100%\)/u);
    expect(logged[10]).toMatch(/^230 events from 100 articles in 0\.1 s, 99 from the cache$/u);
  });

  it('rewrites one line on a terminal at most every 100 ms and always at the end, then clears it for the closing line', () => {
    const { progress, written, logged } = reporter(true, 30);
    for (let read = 1; read <= 100; read++) progress.update(read, 100);
    progress.finish(230, 100);
    expect(written.length).toBeGreaterThan(10);
    expect(written.length).toBeLessThan(40);
    expect(written.slice(0, -1).every((text) => text.startsWith('\rRead ') && text.endsWith('\x1b[K'))).toBe(true);
    expect(written.at(-2)).toMatch(/^\rRead 100 of 100 articles/u);
    expect(written.at(-1)).toBe('\r\x1b[K');
    expect(logged).toEqual([expect.stringMatching(/^230 events from 100 articles in \d+\.\d s$/u)]);
  });

  describe('edge cases', () => {
    it('prints only the closing line for fewer than 50 articles', () => {
      const { progress, written, logged } = reporter(true);
      for (let read = 1; read <= 49; read++) progress.update(read, 49);
      progress.finish(3, 49);
      expect(written).toEqual([]);
      expect(logged).toEqual([expect.stringMatching(/^3 events from 49 articles in /u)]);
    });

    it('says nothing of a cache when the reading does not count hits', () => {
      const { progress, logged } = reporter(false);
      progress.finish(0, 0);
      expect(logged).toEqual(['0 events from 0 articles in 0.0 s']);
    });
  });
});
