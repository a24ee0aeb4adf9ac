/**
 * Cuts a catalogue's JSON text into batches of whole entries while it
 * downloads, so a 30 MB directory is parsed a few hundred entries at a time
 * between frames, never as one `JSON.parse` (100 ms) or one decode of the
 * whole body (400 ms on a slow machine).
 *
 * It follows the JSON structure character by character as text arrives
 * (strings, escapes, depth), so it can stop at any byte and go on with the
 * next chunk, and finds each entry's end whatever order its keys are in. It
 * reads key names as `JSON.parse` does (escapes decoded) and refuses what the
 * CLI refuses (json-source.ts), so both read the same entries from the same
 * bytes: a field written twice, and nesting deeper than MAX_NESTING.
 */
import { duplicateKey, MAX_NESTING, TOO_DEEP } from './json-limits.js';
import { READ_ERRORS, type PathSegment, type Problem } from './messages.js';

/** About this many characters per batch: a millisecond or two to parse and validate, so a slice ends near its 8 ms. */
const BATCH = 32 * 1024;

/** The file cannot be read as a catalogue; `path` is the JSON path of what holds the fault. */
export class SplitError extends Error {
  override name = 'SplitError';
  constructor(
    message: string,
    readonly path: PathSegment[],
  ) {
    super(message);
  }
}

interface Frame {
  object: boolean;
  /** Keys seen so far in an object. */
  keys?: Set<string>;
  /** The current key of an object, or the current index of a list. */
  at: PathSegment;
  expectKey: boolean;
}

export interface CatalogueSplitter {
  /** Adds downloaded text; returns the batches now complete, each the inside of a JSON list of entries. Throws SplitError. */
  push(text: string): string[];
  /** At the end of the file: the last batches. Throws SplitError when the file is cut short or is not one JSON object. */
  end(): string[];
  /** The file without its entries (`"resources": []`), once `end` has succeeded; the whole file when it has no list of entries. */
  rest(): string;
  /** Entries that have a field written twice, by their index, with the problem to report instead of the entry. */
  readonly repeatedFields: Map<number, Problem>;
}

/** `batch`: about how many characters per batch (0: one entry per batch). */
export function createCatalogueSplitter(batch = BATCH): CatalogueSplitter {
  let buffer = '';
  let pos = 0;
  const stack: Frame[] = [];
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  let stringIsKey = false;
  let phase: 'before' | 'head' | 'list' | 'after' | 'done' = 'before';
  let head = '';
  let batchStart = 0;
  const repeatedFields = new Map<number, Problem>();

  /** An error at the character being read, in the value that holds it. */
  function fail(message: string) {
    return new SplitError(
      message,
      stack.slice(0, -1).map((frame) => frame.at),
    );
  }

  function closeKey(top: Frame) {
    const raw = buffer.slice(stringStart + 1, pos);
    let key: string;
    try {
      key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    } catch {
      throw fail(READ_ERRORS.fieldName);
    }
    if (top.keys!.has(key)) {
      if (stack.length === 1) throw fail(duplicateKey(key));
      const list = stack[1]!;
      if (phase === 'list' && stack.length > 2 && !repeatedFields.has(list.at as number)) {
        const path = ['resources', ...stack.slice(1, -1).map((frame) => frame.at)];
        repeatedFields.set(list.at as number, { severity: 'error', path, message: duplicateKey(key) });
      }
    }
    top.keys!.add(key);
    top.at = key;
  }

  function open(object: boolean) {
    const parent = stack[stack.length - 1];
    if (stack.length >= MAX_NESTING) throw fail(TOO_DEEP);
    stack.push({ object, keys: object ? new Set() : undefined, at: object ? '' : 0, expectKey: object });
    if (!object && phase === 'head' && stack.length === 2 && parent!.at === 'resources') {
      // The list of entries starts: what came before is kept whole, the entries go out in batches.
      phase = 'list';
      head = buffer.slice(0, pos + 1);
      buffer = buffer.slice(pos + 1);
      pos = -1;
      batchStart = 0;
    }
  }

  function close(object: boolean, out: string[]) {
    if (stack[stack.length - 1]?.object !== object) throw fail(READ_ERRORS.unexpected(object ? '}' : ']'));
    stack.pop();
    if (phase === 'list' && stack.length === 1) {
      const last = buffer.slice(batchStart, pos);
      if (last.trim()) out.push(last);
      phase = 'after';
      buffer = buffer.slice(pos);
      pos = 0;
    } else if (stack.length === 0) phase = 'done';
  }

  /** The closing quote of the string being read, from `from`, or the end of the buffer (noting a pending escape). */
  function endOfString(from: number): number {
    // Text is mostly inside strings: jump from quote to quote rather than looking at every character.
    if (from >= buffer.length) return buffer.length;
    let j = escaped ? from + 1 : from;
    escaped = false;
    for (;;) {
      const quote = buffer.indexOf('"', j);
      const end = quote < 0 ? buffer.length : quote;
      let slashes = 0;
      while (end - 1 - slashes >= j && buffer.charCodeAt(end - 1 - slashes) === 92) slashes++;
      if (quote < 0) {
        escaped = slashes % 2 === 1;
        return buffer.length;
      }
      if (slashes % 2 === 0) return quote;
      j = quote + 1;
    }
  }

  function scan(out: string[]) {
    for (; pos < buffer.length; pos++) {
      if (inString) {
        pos = endOfString(pos);
        if (pos === buffer.length) return;
        inString = false;
        if (stringIsKey) closeKey(stack[stack.length - 1]!);
        continue;
      }
      const c = buffer.charCodeAt(pos);
      if (c <= 32) continue;
      if (phase === 'done') throw fail(READ_ERRORS.after);
      if (phase === 'before') {
        if (c !== 123) throw fail(READ_ERRORS.notObject);
        phase = 'head';
      }
      const top = stack[stack.length - 1];
      if (c === 34) {
        inString = true;
        stringStart = pos;
        stringIsKey = !!top?.object && top.expectKey;
      } else if (c === 123) open(true);
      else if (c === 91) open(false);
      else if (c === 125) close(true, out);
      else if (c === 93) close(false, out);
      else if (c === 58) {
        if (top) top.expectKey = false;
      } else if (c === 44 && top) {
        if (top.object) top.expectKey = true;
        else top.at = (top.at as number) + 1;
        if (phase === 'list' && stack.length === 2 && pos - batchStart > batch) {
          out.push(buffer.slice(batchStart, pos));
          buffer = buffer.slice(pos + 1);
          pos = -1;
          batchStart = 0;
        }
      }
    }
  }

  return {
    repeatedFields,
    push(text) {
      buffer += text;
      const out: string[] = [];
      scan(out);
      return out;
    },
    end() {
      if (phase !== 'done') throw fail(phase === 'before' ? READ_ERRORS.empty : READ_ERRORS.early);
      return [];
    },
    rest: () => head + buffer,
  };
}
