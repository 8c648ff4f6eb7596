/**
 * Doctests: read the JSDoc `@example` blocks of a source file, run them and compare with what they
 * say they return. An example is code followed by `//=> expected`, where `expected` is a JavaScript
 * literal; lines starting with `//` and two or more spaces continue it. `…` in the expectation means
 * "the rest is not shown": inside a string it stands for any text, after `key:` for any value, as an
 * array item for any further items, as an object entry for any further keys.
 */
import ts from 'typescript';

/** One checked case of an example: the code to run (the block up to its `//=>`) and what it should give. */
export interface Example {
  /** 1-based line of the case's first code line in the source file. */
  line: number;
  /** The declaration the JSDoc belongs to. */
  name: string;
  code: string;
  expected: string;
}

const JSDOC = /\/\*\*[\s\S]*?\*\//gu;
/** The name declared after a JSDoc comment: a function, class, variable, or an object's method or property. */
const DECLARATION = /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:(?:function\*?|class|const|let|interface|type)\s+)?([\w$]+)/u;
/** A line continuing an expectation: `//` then at least two spaces, so `// note` stays a comment. */
const CONTINUATION = /^\/\/\s{2,}(.*)$/u;

/** Every example case in `source`; a block with no `//=>` gives one case with an empty expectation. */
export function collectExamples(source: string): Example[] {
  return [...source.matchAll(JSDOC)].flatMap((comment) => {
    const firstLine = source.slice(0, comment.index).split('\n').length;
    const name = DECLARATION.exec(source.slice(comment.index + comment[0].length))?.[1] ?? '(anonymous)';
    const lines = comment[0].split('\n').map((text, index) => ({
      line: firstLine + index,
      text: text.replace(/^\s*(?:\/\*\*|\*(?!\/))? ?/u, '').replace(/\s*\*\/$/u, ''),
    }));
    return exampleBlocks(lines).flatMap((block) => {
      const cases = blockCases(block, name);
      return cases.length > 0 ? cases : [{ line: block[0]?.line ?? firstLine, name, code: '', expected: '' }];
    });
  });
}

type CommentLine = { line: number; text: string };

/** The lines after each `@example`, up to the next tag. */
function exampleBlocks(lines: CommentLine[]): CommentLine[][] {
  const blocks: CommentLine[][] = [];
  let block: CommentLine[] | undefined;
  for (const line of lines) {
    if (/^@example\b/u.test(line.text)) blocks.push((block = []));
    else if (/^@\w/u.test(line.text)) block = undefined;
    else block?.push(line);
  }
  return blocks;
}

/** The cases of one block: each ends at a `//=>` and runs with the block's code up to there. */
function blockCases(block: CommentLine[], name: string): Example[] {
  const cases: Example[] = [];
  // The block's code so far, so that a later case may use a name an earlier line defined.
  let code: string[] = [];
  let start: number | undefined;
  let current: Example | undefined;
  for (const { line, text } of block) {
    const continuation = CONTINUATION.exec(text);
    if (current !== undefined && continuation !== null) {
      current.expected += `\n${continuation[1]}`;
      continue;
    }
    current = undefined;
    const marker = text.indexOf('//=>');
    const before = marker === -1 ? text : text.slice(0, marker);
    if (before.trim() !== '') {
      start ??= line;
      code.push(before);
    }
    if (marker === -1) continue;
    current = { line: start ?? line, name, code: code.join('\n'), expected: text.slice(marker + 4).trim() };
    cases.push(current);
    // `;` so that a next line starting with `(` or `[` does not call this case's value.
    code = [`${current.code};`];
    start = undefined;
  }
  return cases;
}

// `(async () => {}).constructor` is AsyncFunction, which has no global name.
const AsyncFunction = (async () => {}).constructor as new (...parameters: string[]) => (...values: unknown[]) => Promise<unknown[]>;

/**
 * Run an example's code with `scope` as its variables and return the value of its last expression.
 * The code is the body of an async function, so `await` works; a promise is refused rather than
 * awaited behind the example's back, so that the example says `await` as its reader must.
 */
export async function runExample(code: string, scope: Record<string, unknown>): Promise<unknown> {
  const wrapper = 'async function example() {\n';
  const file = ts.createSourceFile('example.ts', `${wrapper}${code}\n}`, ts.ScriptTarget.Latest, true);
  const body = (file.statements[0] as ts.FunctionDeclaration).body!; // the wrapper always has one
  const last = body.statements.at(-1);
  if (last === undefined || !ts.isExpressionStatement(last)) throw new Error('The example does not end with an expression');
  const start = last.getStart(file) - wrapper.length;
  const source = `${code.slice(0, start)}\nreturn [(${last.expression.getText(file)})];`;
  // Only names a function parameter may take (a module's `default` export may not).
  const names = Object.keys(scope).filter((key) => /^[A-Za-z_$][\w$]*$/u.test(key) && key !== 'default');
  const [value] = await new AsyncFunction(...names, source)(...names.map((key) => scope[key]));
  if (value instanceof Promise) throw new Error('The example returns a promise: write `await` before it');
  return value;
}

/** Where the expectation wrote `…` as a value: any value matches. */
export const ANY = Symbol('any');
/** Left by `…` as an array item or object entry: further items or keys may follow. */
export const MORE = Symbol('more');

/** Spread by `...REST`: an object gains a MORE key; an array, a MORE item (the iterator is not copied). */
class Rest {
  [MORE] = true;
  *[Symbol.iterator]() {
    yield MORE;
  }
}

/** Evaluate an expectation, with `…` outside strings turned into the markers above. */
export function parseExpected(text: string): unknown {
  // String literals are matched first and kept: their `…` is handled when comparing (see `glob`).
  const js = text.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`|(:\s*)?…/gu, (match, colon?: string) =>
    /^['"`]/u.test(match) ? match : colon === undefined ? '...REST' : `${colon}ANY`,
  );
  return new Function('ANY', 'REST', `return (${js});`)(ANY, new Rest());
}

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `…` in a string: the shown pieces, in order, with anything between and after. */
function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('…').map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\s\\S]*')}$`, 'u');
}

/**
 * The part of `actual` that `expected` shows, in `expected`'s shape where `…` allows it: compare the
 * result with `expected` by `toEqual`, so a failure still shows a readable diff.
 */
export function shownPart(actual: unknown, expected: unknown): unknown {
  if (expected === ANY) return ANY;
  if (typeof expected === 'string' && typeof actual === 'string') return expected.includes('…') && glob(expected).test(actual) ? expected : actual;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const more = expected.indexOf(MORE);
    const items = (more === -1 ? actual : actual.slice(0, more)).map((item: unknown, index) => shownPart(item, expected[index]));
    return more === -1 || actual.length < more ? items : [...items, MORE];
  }
  if (isRecord(expected) && isRecord(actual) && !Array.isArray(actual) && Object.getPrototypeOf(expected) === Object.prototype) {
    const keys = MORE in expected ? Object.keys(expected).filter((key) => key in actual) : Object.keys(actual);
    const part: Record<PropertyKey, unknown> = Object.fromEntries(keys.map((key) => [key, shownPart(actual[key], expected[key])]));
    if (MORE in expected) part[MORE] = true;
    return part;
  }
  return actual;
}
