/**
 * Any markdown file with frontmatter (articles, actors, known events, eras): bytes → validated
 * frontmatter and body, with every problem as a positioned diagnostic.
 */
import type { z } from 'zod';
import { compareDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { decodeUtf8 } from './decode.ts';
import { locatePath, splitFrontmatter } from './frontmatter.ts';
import { createLineIndex, type LineIndex } from './positions.ts';
import { validateAgainst, type FieldLocator, type FrontmatterSpec } from './validate.ts';

/** A file whose frontmatter passed its schema. */
export interface FrontmatterFile<Data> {
  frontmatter: Data;
  /** The whole decoded text, and its line index for positions. */
  text: string;
  lines: LineIndex;
  /** The markdown after the closing `---` line, and where it starts in `text`. */
  body: string;
  bodyOffset: number;
  /** Where a field of the frontmatter is written, for messages about it after validation. */
  locate: FieldLocator;
}

/**
 * Decode (fatal UTF-8), split and validate one file. Never throws for bad content: `file` is
 * present only when there is no error; `diagnostics` lists every problem, top to bottom.
 *
 * @example
 * readFrontmatterFile(new TextEncoder().encode('---\nname: Wang Yi\nkind: person\n---\n'), 'wang-yi.md', ACTOR_FRONTMATTER).file?.frontmatter
 * //=> { name: 'Wang Yi', kind: 'person', aliases: [] }
 */
export function readFrontmatterFile<Schema extends z.ZodObject>(
  bytes: Uint8Array,
  path: string,
  spec: FrontmatterSpec<Schema>,
): { file?: FrontmatterFile<z.infer<Schema>>; diagnostics: Diagnostic[] } {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return {
      diagnostics: [
        {
          file: path,
          line: decoded.line,
          column: decoded.column,
          ruleId: 'encoding-invalid',
          reason: `The file is not valid UTF-8 (first bad byte at offset ${decoded.byteOffset})`,
          hint: 'Save the file as UTF-8',
          fatal: true,
        },
      ],
    };
  }
  const text = decoded.text;
  const lines = createLineIndex(text);
  const split = splitFrontmatter(text, path, lines);
  if (split.frontmatter === undefined) return { diagnostics: split.diagnostics };
  const { data, body, bodyOffset, openLine, closeLine } = split.frontmatter;
  const locate: FieldLocator = (fieldPath) => locatePath(lines, { openLine, closeLine }, fieldPath);
  const validated = validateAgainst(spec, data, path, locate, openLine);
  // Sorted by position so a file's problems read top to bottom (the sort is stable).
  const diagnostics = [...split.diagnostics, ...validated.diagnostics].sort(compareDiagnostics);
  if (validated.frontmatter === undefined) return { diagnostics };
  return { file: { frontmatter: validated.frontmatter, text, lines, body, bodyOffset, locate }, diagnostics };
}
