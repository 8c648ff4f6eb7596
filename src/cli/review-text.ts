/**
 * The review report as editors read it in a terminal: `file:line:column` first on every line, so
 * editors and terminals can jump to it; details of a line indented under it; articles apart.
 */
import { DATE_SPAN_RULE } from '../lib/events/date-span.ts';
import type { ArticleReview, ReviewCoding, ReviewEdit, ReviewEntry, ReviewHeadline, ReviewReport, RuleReference } from '../lib/review.ts';

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

const ruleText = ({ id, reason }: RuleReference) => `[${id}] ${reason}`;

/** Where the article's publication date came from. */
function publishedLine({ file, published }: ArticleReview): string {
  switch (published.from) {
    case 'frontmatter':
      return `${file}  published ${published.value}, from the frontmatter`;
    case 'page':
      return `${file}:${published.line}:${published.column}  published ${published.value}, from the page: ${JSON.stringify(published.text)}`;
    case 'none':
      return `${file}  no publication date: dates counted from one ("yesterday") are skipped`;
  }
}

/** How a telling was coded: "coded CONSULT united-kingdom → china (verbal-cooperation, +1) by [consult] …; [visitor-and-host] …". */
function codingLine({ relation, rules }: ReviewCoding): string | undefined {
  if (rules.length === 0) return undefined;
  const by = rules.map(ruleText).join('; ');
  if (relation === null) return `coded no interaction by ${by}`;
  const intensity = relation.intensity > 0 ? `+${relation.intensity}` : String(relation.intensity);
  return `coded ${relation.type} ${relation.actor} → ${relation.recipient} (${relation.quad}, ${intensity}) by ${by}`;
}

/** How a telling's title was made, when there is more to say than "the sentence's own words". */
function headlineLine(headline: ReviewHeadline, eventTitle: string): string | undefined {
  const title = JSON.stringify(headline.title);
  const rules = headline.rules.map(ruleText).join('; ');
  const made = {
    'known-event': 'title of the known event',
    template: 'title from a template',
    'dated-noun': 'title from the happening the date follows',
    sentence: 'title',
  }[headline.madeFrom];
  const other = headline.title === eventTitle ? '' : ' (the event is titled by another telling)';
  if (rules === '' && other === '' && (headline.madeFrom === 'sentence' || headline.madeFrom === 'known-event')) return undefined;
  return `${made} ${title}${other}${rules === '' ? '' : ` by ${rules}`}`;
}

/** What one item of the article's `events:` did: `added <id>`, `corrected <id> (title, date)`, `dropped <id>: <reason>`. */
function editLine(edit: ReviewEdit): string {
  const place = `${edit.file}:${edit.line}:${edit.column}`;
  const title = JSON.stringify(edit.eventTitle);
  switch (edit.action) {
    case 'added':
      return `${place}  override: added ${edit.eventId}  ${title}`;
    case 'corrected':
      return `${place}  override: corrected ${edit.eventId} (${edit.fields.join(', ')})  ${title}`;
    case 'dropped':
      return `${place}  override: dropped ${edit.eventId}  ${title}${edit.reason === undefined ? '' : `: ${edit.reason}`}`;
  }
}

/** A date or undated telling, then what explains it, indented under it. */
function entryLines(entry: ReviewEntry): string[] {
  const place = `${entry.file}:${entry.line}:${entry.column}`;
  const written = {
    date: JSON.stringify(entry.text),
    derived: `counted from ${JSON.stringify(entry.text)}`,
    'known-event': `known event ${JSON.stringify(entry.text)}`,
    'news-week': 'undated, tied to the news',
  }[entry.source];
  const { outcome } = entry;
  if ('rejectedBy' in outcome) return [`${place}  ${written}  ${entry.value}  skipped [${outcome.rejectedBy}] ${outcome.reason}${outcome.detail ? ` (${outcome.detail})` : ''}`];
  // The end of a span belongs to the telling its start has just described.
  const told =
    entry.dateRule?.id === DATE_SPAN_RULE.id
      ? []
      : [
          headlineLine(outcome.headline, outcome.eventTitle),
          outcome.joinedBy && `joined the event by ${ruleText(outcome.joinedBy)}`,
          outcome.eventDate && `the event keeps ${outcome.eventDate.value}  ${ruleText({ id: outcome.eventDate.rule, reason: outcome.eventDate.reason })}`,
          codingLine(outcome.coding),
        ];
  const details = [entry.dateRule && `dated by ${ruleText(entry.dateRule)}`, ...told];
  return [
    `${place}  ${written}  ${entry.value}  event ${outcome.eventId}  ${JSON.stringify(outcome.eventTitle)}`,
    ...details.flatMap((detail) => (detail ? [`${place}    ${detail}`] : [])),
  ];
}

/**
 * The review report as lines of text: each article's reading and publication date, what the
 * editors' `events:` corrections did, then its dates and undated tellings in the order of the text, each with what explains it; then a count.
 *
 * @example
 * reviewLines(reviewReport(await readContent('content'))).at(-1)
 * //=> '… dates written: … on the timeline, … skipped; … events'
 */
export function reviewLines(report: ReviewReport): string[] {
  const articles = report.articles.map((article) => {
    const { file, genre } = article;
    return [
      `${file}  read as ${genre.genre}  ${ruleText({ id: genre.rule, reason: genre.reason })}`,
      publishedLine(article),
      ...(article.speaker === undefined ? [] : [`${file}  spoken by ${article.speaker.name}  ${ruleText(article.speaker.rule)}`]),
      ...(article.edits ?? []).map(editLine),
      ...article.entries.flatMap(entryLines),
    ];
  });
  const { dates, onTimeline, skipped, events } = report.totals;
  return [...articles.flatMap((lines) => [...lines, '']), `${plural(dates, 'date')} written: ${onTimeline} on the timeline, ${skipped} skipped; ${plural(events, 'event')}`];
}
