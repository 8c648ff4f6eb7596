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
    // js-yaml marks a duplicated key a few characters before its line starts: its column is then the line's first.
    const column = error.mark === undefined ? 1 : Math.max(1, error.mark.column + 1);
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

/** A value in the frontmatter: where it is shown, and the lines it spans. */
interface YamlNode {
  line: number;
  column: number;
  /** Whether the value starts at `column` on `line` (`{ … }`, `[ … ]`, a scalar) rather than on the lines below. */
  inline: boolean;
  /** The first line after the value. */
  end: number;
}

const BLANK_OR_COMMENT = /^\s*(?:#.*)?$/u;
const SEQUENCE_ITEM = /^-(?:[ \t]|$)/u;

function indentation(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * Where a field at any depth is written: `['events', 1, 'date']` is the `date:` of the second item
 * of `events:`, whether written one key a line or in flow style on one line (`{ date: …, title: … }`).
 * A list item is placed where its content starts, after "- ". Every part that cannot be found (a
 * key the item lacks) leaves the place of the deepest part that was: at least the item's line.
 * Only the YAML that frontmatter uses is understood: block and one-line flow collections.
 *
 * @example
 * const text = '---\nevents:\n  - match: "met"\n    date: 2024-02-30\n  - add: { date: 2024, title: A }\n---\n'
 * const block = { openLine: 1, closeLine: 6 }
 * locatePath(createLineIndex(text), block, ['events', 0, 'date']) //=> { line: 4, column: 11 }
 * locatePath(createLineIndex(text), block, ['events', 1, 'add', 'title']) //=> { line: 5, column: 31 }
 */
export function locatePath(
  lines: LineIndex,
  block: { openLine: number; closeLine: number },
  path: readonly PropertyKey[],
): { line: number; column: number } | undefined {
  const [top, ...rest] = path;
  const field = locateField(lines, block, String(top));
  if (field === undefined) return undefined;
  // locateField places a value that starts on the lines below at column 1, the key's.
  let node: YamlNode = { ...field, inline: field.column > 1, end: valueEnd(lines, field.line, 0, block.closeLine) };
  for (const part of rest) {
    const next = typeof part === 'number' ? listItem(lines, node, part) : mappingValue(lines, node, String(part));
    if (next === undefined) break;
    node = next;
  }
  return { line: node.line, column: node.column };
}

/** The line after the block value of a key indented by `indent`: a list may sit at the key's own indentation. */
function valueEnd(lines: LineIndex, keyLine: number, indent: number, limit: number): number {
  for (let line = keyLine + 1; line < limit; line++) {
    const text = lines.lineText(line);
    if (BLANK_OR_COMMENT.test(text)) continue;
    const own = indentation(text);
    if (own < indent || (own === indent && !SEQUENCE_ITEM.test(text.trimStart()))) return line;
  }
  return limit;
}

/** The first line below `line` with content, before `end`. */
function firstContentLine(lines: LineIndex, line: number, end: number): number | undefined {
  for (let next = line + 1; next < end; next++) if (!BLANK_OR_COMMENT.test(lines.lineText(next))) return next;
  return undefined;
}

/** The `index`-th item of a list value: `- …` lines, or the entries of a one-line `[ … ]`. */
function listItem(lines: LineIndex, node: YamlNode, index: number): YamlNode | undefined {
  if (node.inline) {
    const entry = flowEntries(lines.lineText(node.line), node.column - 1, '[')[index];
    return entry && { line: node.line, column: entry.start + 1, inline: true, end: node.line + 1 };
  }
  const first = firstContentLine(lines, node.line, node.end);
  if (first === undefined) return undefined;
  const indent = indentation(lines.lineText(first));
  const items: number[] = [];
  for (let line = first; line < node.end; line++) {
    const text = lines.lineText(line);
    if (indentation(text) === indent && SEQUENCE_ITEM.test(text.trimStart())) items.push(line);
  }
  const line = items[index];
  if (line === undefined) return undefined;
  const text = lines.lineText(line);
  const content = indent + 1 + (text.slice(indent + 1).length - text.slice(indent + 1).trimStart().length);
  const inline = !BLANK_OR_COMMENT.test(text.slice(content));
  return { line, column: inline ? content + 1 : indent + 1, inline, end: items[index + 1] ?? node.end };
}

/** The value of `key` in a mapping value: `key:` lines at the mapping's indentation, or an entry of a one-line `{ … }`. */
function mappingValue(lines: LineIndex, node: YamlNode, key: string): YamlNode | undefined {
  const firstText = lines.lineText(node.line);
  if (node.inline && firstText[node.column - 1] === '{') {
    const entry = flowEntries(firstText, node.column - 1, '{').find((candidate) => candidate.key === key);
    return entry && { line: node.line, column: entry.value + 1, inline: true, end: node.line + 1 };
  }
  // A mapping that starts on the item's own line ("- match: …") continues at the same column.
  const first = node.inline ? node.line : firstContentLine(lines, node.line, node.end);
  if (first === undefined) return undefined;
  const indent = node.inline ? node.column - 1 : indentation(lines.lineText(first));
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(["']?)${escaped}\\1[ \\t]*:(?:[ \\t]+|$)`, 'u');
  for (let line = first; line < node.end; line++) {
    const text = lines.lineText(line);
    if (line !== first && indentation(text) !== indent) continue;
    const match = pattern.exec(text.slice(indent));
    if (match === null) continue;
    const valueColumn = indent + match[0].length;
    const inline = !BLANK_OR_COMMENT.test(text.slice(valueColumn));
    return { line, column: inline ? valueColumn + 1 : indent + 1, inline, end: valueEnd(lines, line, indent, node.end) };
  }
  return undefined;
}

/**
 * The top-level entries of a one-line flow collection opening at `open` (0-based): where each
 * starts and, in a mapping, its key and where its value starts. Quotes and nested brackets are skipped.
 */
function flowEntries(text: string, open: number, bracket: '[' | '{'): Array<{ start: number; key?: string; value: number }> {
  const entries: Array<{ start: number; key?: string; value: number }> = [];
  let depth = 0;
  let quote: string | undefined;
  let start = open + 1;
  const close = (end: number) => {
    const raw = text.slice(start, end);
    const at = start + raw.length - raw.trimStart().length;
    if (raw.trim() === '') return;
    if (bracket === '[') {
      entries.push({ start: at, value: at });
      return;
    }
    const colon = /^(["']?)([^"':]*)\1[ \t]*:[ \t]*/u.exec(text.slice(at, end));
    entries.push(colon ? { start: at, key: colon[2]!.trim(), value: at + colon[0].length } : { start: at, value: at });
  };
  for (let index = open + 1; index < text.length; index++) {
    const char = text[index]!;
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') depth++;
    else if ((char === ']' || char === '}') && depth > 0) depth--;
    else if (char === ']' || char === '}' || (char === ',' && depth === 0)) {
      close(index);
      if (char !== ',') break;
      start = index + 1;
    }
  }
  return entries;
}
