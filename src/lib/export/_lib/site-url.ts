/**
 * Where exported links point. Endpoints pass the site's address with its base: absolute when
 * `ENTENTE_SITE` is set (`https://example.org/timeline/`), otherwise the base path (`/timeline/`).
 */

/** The site URL with a trailing slash when it is an absolute http(s) URL, otherwise `undefined`. */
export function absoluteSiteUrl(siteUrl: string | undefined): string | undefined {
  if (siteUrl === undefined || !URL.canParse(siteUrl)) return undefined;
  const url = new URL(siteUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.pathname = url.pathname.replace(/\/?$/u, '/');
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A page of the site (`events/<id>/`) under the site URL, absolute or root-relative like it. */
export function sitePageUrl(siteUrl: string | undefined, path: string): string | undefined {
  if (siteUrl === undefined) return undefined;
  const absolute = absoluteSiteUrl(siteUrl);
  if (absolute !== undefined) return new URL(path, absolute).href;
  return `${siteUrl.replace(/\/?$/u, '/')}${path}`;
}

/** The address of an event's own page. */
export function eventPageUrl(siteUrl: string | undefined, eventId: string): string | undefined {
  return sitePageUrl(siteUrl, `events/${encodeURIComponent(eventId)}/`);
}
