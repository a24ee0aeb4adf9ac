/**
 * Reads catalogue JSON text while keeping track of where each value is, so a
 * problem can be reported at its line and column as an editor shows them.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import { duplicateKey, MAX_NESTING, TOO_DEEP } from './json-limits.js';
import type { PathSegment } from './messages.js';

export interface Position {
  line: number;
  column: number;
}

export interface JsonSyntaxError extends Position {
  message: string;
}

export interface DuplicateKey extends JsonSyntaxError {
  /** The object that has the field twice; line and column are the second one's. */
  path: PathSegment[];
}

export interface JsonSource {
  /** The parsed value; undefined when the text is not valid JSON. */
  value: unknown;
  syntaxErrors: JsonSyntaxError[];
  /** Fields written twice in one object, escaped or not (`"resources"` and `"resourc\u0065s"`). */
  duplicateKeys: DuplicateKey[];
  /** Where the value at `path` starts, or its nearest existing parent when it is missing. */
  locate(path: readonly PathSegment[]): Position;
}

const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character (text must be in "double quotes")',
  InvalidNumberFormat: 'a number is written wrongly',
  PropertyNameExpected: 'expected a field name in "double quotes" (is there a comma too many before "}"?)',
  ValueExpected: 'expected a value (is there a comma too many, or a value missing?)',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'a comma is missing between two values',
  CloseBraceExpected: 'a "}" is missing',
  CloseBracketExpected: 'a "]" is missing',
  EndOfFileExpected: 'unexpected text after the end of the catalogue',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text value is missing its closing "',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'a \\u escape is written wrongly',
  InvalidEscapeCharacter: 'a backslash escape is not valid (write \\\\ for a backslash)',
  InvalidCharacter: 'a text value contains a line break or control character (write \\n for a line break)',
};

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionAt(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The offset of the first `{` or `[` nested deeper than MAX_NESTING, or -1; strings are skipped. */
function tooDeepAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** Every object's keys, compared as JSON.parse reads them (escapes decoded). */
function findDuplicateKeys(root: Node, starts: number[]): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: { node: Node; path: PathSegment[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    const seen = new Set<string>();
    node.children?.forEach((child, index) => {
      if (node.type === 'object') {
        const [keyNode, value] = child.children ?? [];
        const key = String(keyNode?.value);
        if (seen.has(key)) found.push({ ...positionAt(starts, child.offset), path, message: duplicateKey(key) });
        seen.add(key);
        if (value) stack.push({ node: value, path: [...path, key] });
      } else if (node.type === 'array') stack.push({ node: child, path: [...path, index] });
    });
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Parses JSON text as `JSON.parse` would (no comments, no trailing commas),
 * accepting a leading byte-order mark and any line ends.
 */
export function readJsonSource(input: string): JsonSource {
  const text = input.replace(/^\uFEFF/, '');
  const starts = lineStarts(text);
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    // Refused before parsing: a reader that recurses would run out of stack.
    return {
      value: undefined,
      syntaxErrors: [{ ...positionAt(starts, deep), message: TOO_DEEP }],
      duplicateKeys: [],
      locate: () => positionAt(starts, deep),
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  const syntaxErrors = errors.map((error) => ({
    ...positionAt(starts, error.offset),
    message: SYNTAX_WORDS[printParseErrorCode(error.error)] ?? 'the JSON is not valid here',
  }));
  let value: unknown;
  if (!syntaxErrors.length && text.trim()) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      // The tolerant parser and JSON.parse should agree; if not, JSON.parse (what the finder uses) wins.
      syntaxErrors.push({ line: 1, column: 1, message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  const locate = (path: readonly PathSegment[]): Position => {
    if (!root) return { line: 1, column: 1 };
    for (let depth = path.length; depth >= 0; depth--) {
      const node: Node | undefined = findNodeAtLocation(root, path.slice(0, depth) as PathSegment[]);
      if (node) return positionAt(starts, node.offset);
    }
    return positionAt(starts, root.offset);
  };
  const duplicateKeys = root && !syntaxErrors.length ? findDuplicateKeys(root, starts) : [];
  return { value, syntaxErrors, duplicateKeys, locate };
}

/**
 * Like `readJsonSource`, for a caller that needs no locations beyond the
 * syntax errors and fields written twice: no tree of the file is built, so a
 * 300 MB HSDS export is read in a fraction of the memory.
 */
export function readJsonValue(input: string): Omit<JsonSource, 'locate'> {
  const text = input.replace(/^\uFEFF/, '');
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    return {
      value: undefined,
      syntaxErrors: [{ ...positionAt(lineStarts(text.slice(0, deep + 1)), deep), message: TOO_DEEP }],
      duplicateKeys: [],
    };
  }
  const syntaxErrors: JsonSyntaxError[] = [];
  const duplicateKeys: DuplicateKey[] = [];
  const objects: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void objects.push(new Set()),
      onObjectEnd: () => void objects.pop(),
      onObjectProperty: (key, _offset, _length, line, character, path) => {
        const keys = objects[objects.length - 1];
        if (keys?.has(key))
          duplicateKeys.push({ line: line + 1, column: character + 1, path: path() as PathSegment[], message: duplicateKey(key) });
        keys?.add(key);
      },
      onError: (error, _offset, _length, line, character) =>
        void syntaxErrors.push({
          line: line + 1,
          column: character + 1,
          message: SYNTAX_WORDS[printParseErrorCode(error)] ?? 'the JSON is not valid here',
        }),
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true },
  );
  let value: unknown;
  if (!syntaxErrors.length && text.trim()) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      syntaxErrors.push({ line: 1, column: 1, message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return { value, syntaxErrors, duplicateKeys };
}
