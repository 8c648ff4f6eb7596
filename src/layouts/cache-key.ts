/**
 * The `cacheKey` of a page from `getStaticPaths()`, for Astro's incremental build
 * (`experimental.incrementalBuild` in astro.config.mjs): a page whose key, code, config and lockfile
 * are those of the previous build is copied from that build's output instead of being rendered.
 *
 * A key must therefore change whenever anything the page's HTML is made from changes. Astro hashes
 * the code and the config; the key covers the rest: the page's props, which must hold every piece
 * of content data the page shows (no page or component reads the site's data while rendering a page
 * with a key), and the settings read from the environment while rendering.
 */
import { createHash } from 'node:crypto';

/**
 * Values a key may be made of: what JSON keeps whole. A Map, a Set, a Date or a function would be
 * written as `{}`, a string or nothing, so two different pages could share a key; they are refused
 * where they appear: `staticPath`, `eventPageRoutes` and `listPageRoutes` (site.ts) take only props of this type.
 * (Interfaces of plain data pass: only the leaves are checked.)
 */
export type KeyData<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | Date | ((...args: never[]) => unknown) | bigint | symbol
    ? never
    : T extends readonly unknown[]
      ? { readonly [I in keyof T]: KeyData<T[I]> }
      : { [K in keyof T]: KeyData<T[K]> };

/** The keys of one build's pages (see `pageCacheKeys`). */
export interface PageCacheKeys {
  /** The `cacheKey` of a page's props. */
  keyOf(props: unknown): string;
  /**
   * Marks values many pages show (the events, the articles) and returns them: each is digested once,
   * when a key first meets it, and a key holds its digest in its place. A value is digested as it is
   * then, so it must not be changed afterwards: the library's values never are.
   */
  share<T extends object>(values: T[]): T[];
}

/**
 * The page keys of one build: `settings` are what every page's rendering reads besides its props
 * (the timeline's order, the page size, the site's address and base); a page's key is a SHA-256 of
 * the settings and of its props as JSON, each shared value in them written as its own digest. At
 * 1,000 articles the 18,000 keys then hash 30 MB instead of 470 MB (each event is on ~14 pages).
 *
 * @example
 * // Two builds of the same data give the same keys; another datum or setting, another key.
 * const keyIn = (order, id) => {
 *   const { keyOf, share } = pageCacheKeys({ order })
 *   return keyOf({ items: share([{ id }]) })
 * }
 * keyIn('oldest', 'a') === keyIn('oldest', 'a') //=> true
 * keyIn('oldest', 'a') === keyIn('oldest', 'b') //=> false
 * keyIn('oldest', 'a') === keyIn('newest', 'a') //=> false
 */
export function pageCacheKeys(settings: Record<string, string | number | undefined>): PageCacheKeys {
  const shared = new WeakSet<object>();
  const digests = new WeakMap<object, string>();
  const digestOf = (text: string): string => createHash('sha256').update(text).digest('base64url');
  const replacer = (_key: string, value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || !shared.has(value)) return value;
    let digest = digests.get(value);
    if (digest === undefined) {
      digest = `#${digestOf(JSON.stringify(value))}`;
      digests.set(value, digest);
    }
    return digest;
  };
  // Hashed once; each key then starts from a copy of this state.
  const base = createHash('sha256').update(JSON.stringify(settings)).update('\n');
  return {
    keyOf: (props) => base.copy().update(JSON.stringify(props, replacer) ?? 'undefined').digest('base64url'),
    share: (values) => {
      for (const value of values) shared.add(value);
      return values;
    },
  };
}
