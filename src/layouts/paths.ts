/** A site-relative path under the configured `base`, so the build works at `/` and at `/timeline/`. */
export function sitePath(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
  return `${base}${path.replace(/^\//u, '')}`;
}
