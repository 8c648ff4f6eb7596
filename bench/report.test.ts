import { describe, expect, it } from 'vitest';
import { floorLines, formatReport, median, profileSummary, targetLines, type SiteRuns, type SizeResult } from './report.ts';

/** Runs whose builds take these seconds, at 100 MiB (102,400 KB) of peak memory times `rss`. */
function site(cold: number[], warm: number[], rss = 1, pages = 10, bytes = 2e6): SiteRuns {
  return {
    cold: cold.map((seconds) => ({ ms: seconds * 1000, peakRssKb: 102_400 * rss })),
    warm: warm.map((seconds) => ({ ms: seconds * 1000, peakRssKb: 102_400 * rss })),
    pages,
    bytes,
  };
}

const result = (n: number, entente: SiteRuns, baseline: SiteRuns): SizeResult => ({ n, contentBytes: 3.9e6, seed: 1, sites: { entente, baseline } });

describe('median', () => {
  it('returns the middle value of an odd count and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('throws on no values, which have no median', () => {
    expect(() => median([])).toThrow('median of no values');
  });
});

describe('profileSummary', () => {
  it('returns the median of each phase, and render as what the build took beyond them', () => {
    const profile = { load: 1000, analyse: 3000, merge: 500, index: 1500 };
    expect(profileSummary([{ ms: 10_000, peakRssKb: 1, profile }, { ms: 12_000, peakRssKb: 1, profile }, { ms: 11_000, peakRssKb: 1, profile }])).toBe(
      'load 1.0 s · analyse 3.0 s · merge 0.5 s · render 5.0 s · index 1.5 s',
    );
  });

  it('returns undefined when no build printed a profile', () => {
    expect(profileSummary([{ ms: 1, peakRssKb: 1 }])).toBeUndefined();
  });
});

describe('formatReport', () => {
  it('returns the medians of both sites side by side with their ratios', () => {
    expect(formatReport(result(1000, site([30, 20, 40], [3, 4, 5], 3, 50, 8e6), site([10, 12, 11], [9, 9, 9], 2)))).toEqual([
      'N = 1,000 articles (3.9 MB of markdown, seed 1); medians of 3 whole-process builds of each site, alternating',
      '                         Entente    baseline  Entente/baseline',
      'cold build                30.0 s      11.0 s             2.73×',
      'peak RSS (cold)          300 MiB     200 MiB             1.50×',
      'rebuild, 1 edit            4.0 s       9.0 s             0.44×',
      'rebuild / cold              0.13        0.82',
      'pages                         50          10             5.00×',
      'output                    8.0 MB      2.0 MB             4.00×',
    ]);
  });
});

describe('floorLines', () => {
  const floors = { sentences: 50_000, parseMs: 40_000, workers: 2, pages: 60_000, pagesMs: 35_000 };

  it('shares the parsing among the workers, adds the pages and, at N = 4,000, says what twice the baseline leaves', () => {
    expect(floorLines(floors, 40_000, 4000)).toEqual([
      'Floors:           compromise parses the 50,000 distinct sentences once in 40.0 s on one thread, at best 20.0 s on 2 workers; Astro alone builds 60,000 near-empty pages in 35.0 s',
      "Entente at its floors: 55.0 s, 1.38× the baseline's cold build; 2× leaves 25.0 s for all the rest",
    ]);
  });

  it('says when twice the baseline is below the floors, leaves nothing when it equals them, and counts one worker as one', () => {
    expect(floorLines({ ...floors, workers: 1 }, 30_000, 4000)).toEqual([
      'Floors:           compromise parses the 50,000 distinct sentences once in 40.0 s on one thread, at best 40.0 s on 1 worker; Astro alone builds 60,000 near-empty pages in 35.0 s',
      "Entente at its floors: 75.0 s, 2.50× the baseline's cold build; 2× is below them",
    ]);
    expect(floorLines(floors, 27_500, 4000)[1]).toBe("Entente at its floors: 55.0 s, 2.00× the baseline's cold build; 2× leaves 0.0 s for all the rest");
  });

  it('sets no budget at sizes the issue asks no ratio of', () => {
    expect(floorLines(floors, 40_000, 1000)[1]).toBe("Entente at its floors: 55.0 s, 1.38× the baseline's cold build");
  });

  it('follows the table of the size they were measured at, against its baseline', () => {
    const lines = formatReport({ ...result(4000, site([30, 30, 30], [3, 3, 3]), site([20, 20, 20], [9, 9, 9])), floors: { ...floors, parseMs: 4000, pagesMs: 8000 } });
    expect(lines.at(-1)).toBe("Entente at its floors: 10.0 s, 0.50× the baseline's cold build; 2× leaves 30.0 s for all the rest");
  });
});

describe('targetLines', () => {
  it('returns the N = 4,000 targets, met or not', () => {
    expect(targetLines([result(4000, site([20, 20, 20], [2, 2, 2], 1.4), site([10, 10, 10], [9, 9, 9]))])).toEqual([
      'N = 4,000: cold build 2.00× the baseline\'s (≤ 2×: met), peak RSS 1.40× (≤ 1.5×: met), rebuild 0.10 of the cold build (≤ 0.15: met)',
    ]);
    expect(targetLines([result(4000, site([30, 30, 30], [9, 9, 9], 2), site([10, 10, 10], [9, 9, 9]))])[0]).toMatch(/3\.00× the baseline's \(≤ 2×: NOT met\), peak RSS 2\.00× \(≤ 1\.5×: NOT met\), rebuild 0\.30 of the cold build \(≤ 0\.15: NOT met\)/u);
  });

  it('returns the N = 20,000 growth when both sizes were built', () => {
    const lines = targetLines([result(4000, site([20, 20, 20], [2, 2, 2]), site([10, 10, 10], [9, 9, 9])), result(20_000, site([100, 100, 100], [5, 5, 5], 30), site([50, 50, 50], [9, 9, 9]))]);
    expect(lines[1]).toBe('N = 20,000: 5.00× the N = 4,000 time (≤ 5.5×: met), peak RSS 3,000 MiB (≤ 4 GiB: met)');
  });

  it('returns nothing for sizes the issue sets no target for', () => {
    expect(targetLines([result(1000, site([1, 1, 1], [1, 1, 1]), site([1, 1, 1], [1, 1, 1]))])).toEqual([]);
  });
});
