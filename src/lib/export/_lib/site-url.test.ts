import { describe, expect, it } from 'vitest';
import { absoluteSiteUrl, eventPageUrl } from './site-url.ts';

describe('absoluteSiteUrl', () => {
  it('returns the address with a trailing slash when it is an absolute http(s) URL', () => {
    expect(absoluteSiteUrl('https://example.org/timeline')).toBe('https://example.org/timeline/');
    expect(absoluteSiteUrl('http://example.org')).toBe('http://example.org/');
  });

  it('returns undefined when the address is a path, another scheme or missing', () => {
    expect(absoluteSiteUrl('/timeline/')).toBeUndefined();
    expect(absoluteSiteUrl('file:///srv/site/')).toBeUndefined();
    expect(absoluteSiteUrl(undefined)).toBeUndefined();
  });
});

describe('eventPageUrl', () => {
  it('returns the event page under the site, absolute or root-relative like the site URL', () => {
    expect(eventPageUrl('https://example.org/timeline/', '1997-handover')).toBe('https://example.org/timeline/events/1997-handover/');
    expect(eventPageUrl('/timeline', '1997-handover')).toBe('/timeline/events/1997-handover/');
    expect(eventPageUrl('/', '1997-handover')).toBe('/events/1997-handover/');
  });

  it('returns undefined when the site is unknown', () => {
    expect(eventPageUrl(undefined, '1997-handover')).toBeUndefined();
  });
});
