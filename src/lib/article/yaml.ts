/**
 * YAML for frontmatter, read with the js-yaml that gray-matter itself depends on, but with the
 * core schema: no `timestamp` type, so `date: 2024-02-30` stays the string the author wrote
 * instead of silently becoming 1 March (and `0001-01-01` does not become 1901), and no `!!js/…`
 * types that could build functions.
 */
import { createRequire } from 'node:module';

/** The part of js-yaml 3 that Entente uses (gray-matter ships js-yaml 3, without types). */
interface JsYaml {
  load(source: string, options: { schema: unknown; filename?: string }): unknown;
  CORE_SCHEMA: unknown;
}

/** What js-yaml 3 throws: `mark` is 0-based within the string it was given. */
export interface YamlErrorLike {
  name: 'YAMLException';
  reason: string;
  mark?: { line: number; column: number };
}

// Resolve js-yaml from gray-matter's own location so we use the same major version it does
// (the top-level node_modules/js-yaml may be another major, brought by another package).
const requireHere = createRequire(import.meta.url);
const requireFromGrayMatter = createRequire(requireHere.resolve('gray-matter'));
// `require` returns `any`; the interface above states the little we rely on.
const jsYaml = requireFromGrayMatter('js-yaml') as JsYaml;

/**
 * Parse a YAML document without timestamps or JavaScript types.
 *
 * @example
 * parseYaml('date: 2024-10-18\ntags: [a]')
 * //=> { date: '2024-10-18', tags: ['a'] }
 */
export function parseYaml(source: string): unknown {
  return jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA });
}

/** Whether a thrown value is a js-yaml syntax error. */
export function isYamlError(error: unknown): error is YamlErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'YAMLException' &&
    typeof (error as { reason?: unknown }).reason === 'string'
  );
}
