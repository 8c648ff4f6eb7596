/**
 * Stable, URL-safe article ids from file paths.
 */

/**
 * The id of an article: its path relative to the articles directory, without `.md`, each
 * segment lowercased with runs of anything but letters and digits turned into one `-`. Letters
 * outside ASCII are kept (as GitHub's slugger does), so "Zürich" stays readable.
 *
 * @example
 * articleId('2024/Lammy Beijing visit.md') //=> '2024/lammy-beijing-visit'
 */
export function articleId(relativePath: string): string {
  return relativePath
    .replace(/\\/g, '/')
    .replace(/\.md$/i, '')
    .split('/')
    .map((segment) =>
      segment
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((segment) => segment !== '')
    .join('/');
}
