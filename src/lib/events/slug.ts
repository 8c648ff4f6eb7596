/**
 * A URL-safe slug: lower case ASCII letters, digits and single hyphens.
 *
 * @example
 * slugify('Lammy meets Wang Yi in Beijing’s Diaoyutai') //=> 'lammy-meets-wang-yi-in-beijings-diaoyutai'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
