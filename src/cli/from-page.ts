/**
 * A saved news page or a plain-text file → what a new article needs: its fields, filled only where
 * the file says them (never guessed, never fetched), and its text as markdown. Readability (the
 * library behind Firefox's Reader View) finds the page's main text and its metadata, over
 * linkedom's DOM; turndown writes the text as markdown. `entente new --from` loads this module
 * only when it runs, so the other commands never load these libraries.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { calendarDateSchema } from '../lib/article/schema.ts';

/** What a file says of its article; absent fields are ones it does not say. */
export interface PageArticle {
  title?: string;
  /** The publication day, `YYYY-MM-DD` as the page writes it (a date and time keeps its day). */
  date?: string;
  source?: string;
  url?: string;
  /** The text, as markdown. */
  body: string;
}

/** The day of a date or date-time the page gives, if it is a real one. */
function publicationDay(value: string | null | undefined): string | undefined {
  const day = calendarDateSchema.safeParse(value?.trim());
  return day.success ? day.data : undefined;
}

/** An address fit for `url:`: absolute, http(s). */
function pageUrl(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || !URL.canParse(value.trim())) return undefined;
  const url = new URL(value.trim());
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** The first non-empty, trimmed string. */
function firstText(...values: ReadonlyArray<string | null | undefined>): string | undefined {
  return values.map((value) => value?.trim()).find((value) => value !== undefined && value !== '');
}

/**
 * The article in a saved HTML page: title (`og:title`, else what Readability reads from JSON-LD
 * or `<title>`), publication day (`article:published_time`, JSON-LD `datePublished`, else the
 * first `<time datetime>`), source (`og:site_name`), address (`rel=canonical`, else `og:url`),
 * and the main text without navigation, asides or adverts.
 *
 * @example
 * const html = '<html><head><title>Lammy visits Beijing</title><meta property="og:site_name" content="AFP"></head>' +
 *   '<body><article><h1>Lammy visits Beijing</h1><p>' + 'Lammy met Wang Yi in Beijing on Friday. '.repeat(8) + '</p></article></body></html>'
 * const { body, ...fields } = articleFromHtml(html)
 * fields //=> { title: 'Lammy visits Beijing', source: 'AFP' }
 * body //=> 'Lammy met Wang Yi in Beijing on Friday. …'
 */
export function articleFromHtml(html: string): PageArticle {
  const { document } = parseHTML(html);
  const meta = (property: string) => document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');
  // Read before Readability, which changes the document as it reads it.
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const read = new Readability(document).parse();
  const title = firstText(meta('og:title'), read?.title, document.title);
  const date = publicationDay(meta('article:published_time')) ?? publicationDay(read?.publishedTime) ?? publicationDay(time);
  const source = firstText(meta('og:site_name'), read?.siteName);
  const url = pageUrl(canonical) ?? pageUrl(meta('og:url'));
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
  // The page's own headline is the article's title; kept in the text it would be read twice.
  const markdown = turndown.turndown(read?.content ?? document.body?.innerHTML ?? '').replace(/^# .*\n+/u, '');
  return {
    ...(title === undefined ? {} : { title }),
    ...(date === undefined ? {} : { date }),
    ...(source === undefined ? {} : { source }),
    ...(url === undefined ? {} : { url }),
    body: markdown.trim(),
  };
}

/**
 * The article in a plain-text file: its first line is the title, the rest the text.
 *
 * @example
 * articleFromText('Lammy visits Beijing\n\nLammy met Wang Yi on Friday.\n') //=> { title: 'Lammy visits Beijing', body: 'Lammy met Wang Yi on Friday.' }
 */
export function articleFromText(text: string): PageArticle {
  const [first = '', ...rest] = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n').trim().split('\n');
  const title = first.trim();
  return { ...(title === '' ? {} : { title }), body: rest.join('\n').trim() };
}

/**
 * Whether a file is an HTML page: by its name, else by its first characters.
 *
 * @example
 * isHtmlFile('page.txt', '<!doctype html><p>A</p>') //=> false
 * isHtmlFile('page', '  <!DOCTYPE html><p>A</p>') //=> true
 */
export function isHtmlFile(path: string, text: string): boolean {
  if (/\.x?html?$/iu.test(path)) return true;
  if (/\.(?:txt|text)$/iu.test(path)) return false;
  return /^\s*<(?:!doctype\s+html|html)\b/iu.test(text);
}
