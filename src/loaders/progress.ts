/**
 * Progress of reading the content on a long build: articles read of all, time so far and, when
 * the reading says, how many came from the cache; then events, articles and time at the end. On a
 * terminal one line is rewritten in place; in CI or a log file, a plain line every tenth of the way.
 */

/** Where progress goes: a rewritable line on a terminal, or plain lines through the logger. */
export interface ProgressOutput {
  /** Whether `write` reaches a terminal, where `\r` rewrites the line. */
  interactive: boolean;
  /** Raw text to the terminal, for the line rewritten in place. */
  write: (text: string) => void;
  /** One line of the build log. */
  log: (line: string) => void;
}

export interface ProgressReporter {
  /** After each article: `read` of `total`, `cacheHits` of them from the cache when known. */
  update: (read: number, total: number, cacheHits?: number) => void;
  /** After the whole reading: the events and articles it gave. */
  finish: (events: number, articles: number) => void;
}

/** Fewer articles than this read in a moment: no progress, only the closing line. */
export const PROGRESS_FROM_ARTICLES = 50;

/** A terminal line rewritten more often than this (ms) costs time and is unreadable anyway. */
const REDRAW_MS = 100;

const count = (value: number): string => value.toLocaleString('en-US');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const hits = (cacheHits: number | undefined): string => (cacheHits === undefined ? '' : `, ${count(cacheHits)} from the cache`);

/**
 * The progress line after `read` of `total` articles.
 *
 * @example
 * progressLine(1200, 4000, 12_345, 800) //=> 'Read 1,200 of 4,000 articles (30%) in 12.3 s, 800 from the cache'
 */
export function progressLine(read: number, total: number, elapsedMs: number, cacheHits?: number): string {
  return `Read ${count(read)} of ${count(total)} articles (${Math.floor((100 * read) / total)}%) in ${seconds(elapsedMs)}${hits(cacheHits)}`;
}

/**
 * The closing line of a reading.
 *
 * @example
 * doneLine(3456, 4000, 41_020, 3999) //=> '3,456 events from 4,000 articles in 41.0 s, 3,999 from the cache'
 */
export function doneLine(events: number, articles: number, elapsedMs: number, cacheHits?: number): string {
  return `${count(events)} events from ${count(articles)} articles in ${seconds(elapsedMs)}${hits(cacheHits)}`;
}

/**
 * Whether the environment is a CI run, where a line rewritten in place would only litter the log
 * (the `CI` variable every CI service sets; `CI=false` and `CI=0` say it is not).
 *
 * @example
 * isCi({ CI: 'true' }) //=> true
 */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
}

/**
 * A reporter of one reading's progress to `output`, timed from now by `now` (milliseconds).
 *
 * @example
 * const lines = []
 * const reporter = progressReporter({ interactive: false, write: () => {}, log: (line) => lines.push(line) })
 * for (let read = 1; read <= 100; read++) reporter.update(read, 100)
 * reporter.finish(230, 100)
 * lines //=> ['Read 10 of 100 articles (10%) in …', 'Read 20 of 100 articles (20%) in …', …]
 * lines.at(-1) //=> '230 events from 100 articles in …'
 */
export function progressReporter(output: ProgressOutput, now: () => number = () => performance.now()): ProgressReporter {
  const started = now();
  let lastHits: number | undefined;
  let logged = 0;
  let drawn = -Infinity;
  let drawing = false;
  return {
    update(read, total, cacheHits) {
      lastHits = cacheHits;
      if (total < PROGRESS_FROM_ARTICLES) return;
      const time = now();
      if (output.interactive) {
        if (read < total && time - drawn < REDRAW_MS) return;
        drawn = time;
        drawing = true;
        // `\x1b[K` clears what a longer previous line left at the end.
        output.write(`\r${progressLine(read, total, time - started, cacheHits)}\x1b[K`);
        return;
      }
      if (read < total && read - logged < total / 10) return;
      logged = read;
      output.log(progressLine(read, total, time - started, cacheHits));
    },
    finish(events, articles) {
      // The closing line replaces the rewritten one rather than follow it.
      if (drawing) output.write('\r\x1b[K');
      output.log(doneLine(events, articles, now() - started, lastHits));
    },
  };
}
