/**
 * Split an article into its frontmatter data and its markdown body, with gray-matter, safely:
 * only YAML frontmatter is read (gray-matter would `eval` a `---js` block), and YAML is read
 * without timestamps (see `yaml.ts`). Every problem becomes a positioned diagnostic.
 */
import matter from 'gray-matter';
import type { Diagnostic } from '../diagnostics.ts';
import type { LineIndex } from './positions.ts';
import { isYamlError, parseYaml } from './yaml.ts';

/** The frontmatter of one article, split from its body. */
export interface SplitFrontmatter {
  /** The top-level mapping, as YAML read it (dates are strings). */
  data: Record<string, unknown>;
  /** The markdown after the closing `---` line, as written. */
  body: string;
  /** UTF-16 offset in the file's text where `body` starts. */
  bodyOffset: number;
  /** 1-based lines of the opening and closing `---`. */
  openLine: number;
  closeLine: number;
}

const JAVASCRIPT_LANGUAGES = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson']);
const YAML_LANGUAGES = new Set(['', 'yaml', 'yml']);

/** Thrown by the engines that replace gray-matter's code-running ones; never reaches the user. */
class RefusedLanguage extends Error {}

function refuse(): never {
  throw new RefusedLanguage('JavaScript frontmatter is not allowed');
}

// gray-matter looks engines up by name, then by alias (`js` → `javascript`, `cson` → `coffee`),
// so every name is replaced, not only the aliases. Defence in depth: the language is also
// checked before gray-matter runs.
const GRAY_MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    yaml: (source: string) => parseYaml(source) as object,
    js: refuse,
    javascript: refuse,
    coffee: refuse,
    coffeescript: refuse,
    cson: refuse,
    json: refuse,
  },
};

/**
 * Split and read the frontmatter of a decoded article.
 *
 * @example
 * const text = '---\ntitle: A\n---\nBody'
 * splitFrontmatter(text, 'a.md', createLineIndex(text)).frontmatter
 * //=> { data: { title: 'A' }, body: 'Body', bodyOffset: 17, openLine: 1, closeLine: 3 }
 */
export function splitFrontmatter(
  text: string,
  file: string,
  lines: LineIndex,
): { frontmatter?: SplitFrontmatter; diagnostics: Diagnostic[] } {
  const at = (line: number, column: number) => ({ file, line, column });

  if (!text.startsWith('---') || text.startsWith('----')) {
    return {
      diagnostics: [
        {
          ...at(1, 1),
          ruleId: 'frontmatter-missing',
          reason: 'The article must start with YAML frontmatter between two "---" lines',
          hint: 'Start the file with a "---" line, "title: …", "date: YYYY-MM-DD" and a closing "---" line',
          fatal: true,
        },
      ],
    };
  }

  const language = matter.language(text);
  if (!YAML_LANGUAGES.has(language.name.toLowerCase())) {
    const isCode = JAVASCRIPT_LANGUAGES.has(language.name.toLowerCase());
    return {
      diagnostics: [
        {
          ...at(1, 4),
          ruleId: isCode ? 'frontmatter-javascript' : 'frontmatter-language',
          reason: isCode
            ? 'JavaScript frontmatter is not allowed (it would run code during the build)'
            : 'Only YAML frontmatter is supported',
          found: JSON.stringify(`---${language.name}`),
          hint: 'Open the frontmatter with a plain "---" line and write it in YAML',
          fatal: true,
        },
      ],
    };
  }

  // gray-matter closes the block at the first "\n---" after the opening line.
  const afterOpening = 3 + language.raw.length;
  const closeIndex = text.indexOf('\n---', afterOpening);
  if (closeIndex === -1) {
    return {
      diagnostics: [
        {
          ...at(1, 1),
          ruleId: 'frontmatter-unclosed',
          reason: 'The frontmatter opened on line 1 is never closed by a "---" line',
          fatal: true,
        },
      ],
    };
  }
  const openLine = 1;
  const closeLine = lines.pointAt(closeIndex + 1).line;

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, GRAY_MATTER_OPTIONS);
  } catch (error) {
    return { diagnostics: [frontmatterError(error, file, openLine)] };
  }

  // `matter.data` is typed `{ [key: string]: any }`; treat it as unknown until checked.
  const data: unknown = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      diagnostics: [
        {
          ...at(openLine + 1, 1),
          ruleId: 'frontmatter-not-mapping',
          reason: 'The frontmatter must be a YAML mapping of fields ("title: …", "date: …")',
          found: Array.isArray(data) ? 'a list' : JSON.stringify(data),
          fatal: true,
        },
      ],
    };
  }

  const body = parsed.content;
  // gray-matter returns the body as a suffix of the text; its length gives the body's offset.
  const bodyOffset = text.endsWith(body) ? text.length - body.length : lines.offsetAt(closeLine + 1, 1);
  return {
    frontmatter: { data: data as Record<string, unknown>, body, bodyOffset, openLine, closeLine },
    diagnostics: [],
  };
}

function frontmatterError(error: unknown, file: string, openLine: number): Diagnostic {
  if (error instanceof RefusedLanguage) {
    return {
      file,
      line: openLine,
      column: 4,
      ruleId: 'frontmatter-javascript',
      reason: 'JavaScript frontmatter is not allowed (it would run code during the build)',
      fatal: true,
    };
  }
  if (isYamlError(error)) {
    // The YAML string gray-matter parses starts with the rest of the opening "---" line, so
    // js-yaml's 0-based line is the file's 1-based line counted from the opening line.
    const line = error.mark === undefined ? openLine : openLine + error.mark.line;
    const column = error.mark === undefined ? 1 : error.mark.column + 1;
    return {
      file,
      line,
      column,
      ruleId: 'yaml-syntax',
      reason: `Malformed YAML in the frontmatter: ${error.reason}`,
      ...(error.reason.startsWith('incomplete explicit mapping pair')
        ? { hint: 'A value that contains ": " must be quoted, e.g. title: "Lammy: a visit"' }
        : {}),
      fatal: true,
    };
  }
  return {
    file,
    line: openLine,
    column: 1,
    ruleId: 'frontmatter-unreadable',
    reason: `The frontmatter could not be read: ${error instanceof Error ? error.message : String(error)}`,
    fatal: true,
  };
}

/**
 * Where a top-level field is written in the frontmatter: the line of `field:` and the column of
 * its value (of the key when the value starts on a later line). Undefined when it is absent.
 *
 * @example
 * locateField(createLineIndex('---\ndate: 2024-02-30\n---\n'), { openLine: 1, closeLine: 3 }, 'date')
 * //=> { line: 2, column: 7 }
 */
export function locateField(
  lines: LineIndex,
  block: { openLine: number; closeLine: number },
  field: string,
): { line: number; column: number } | undefined {
  const key = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(["']?)${key}\\1[ \\t]*:[ \\t]*`);
  for (let line = block.openLine + 1; line < block.closeLine; line++) {
    const match = pattern.exec(lines.lineText(line));
    if (match === null) continue;
    const rest = lines.lineText(line).slice(match[0].length);
    return { line, column: rest === '' || rest.startsWith('#') ? 1 : match[0].length + 1 };
  }
  return undefined;
}
