/**
 * Cuts a catalogue's JSON text into batches of whole entries while it
 * downloads, so a 30 MB directory is parsed a few hundred entries at a time
 * between frames, never as one `JSON.parse` (100 ms) or one decode of the
 * whole body (400 ms on a slow machine).
 *
 * Between entries it looks for `}, {"id":` — a string cannot hold an unescaped
 * quote, so this only occurs in the structure; a cut at a deeper level leaves
 * a batch `JSON.parse` rejects, and the caller then parses the file whole. A
 * file without that pattern is still split, entry by entry, at its end.
 */

/** About this many characters per batch: a millisecond or two to parse and validate, so a slice ends near its 8 ms. */
const BATCH = 32 * 1024;
const BOUNDARY = /\}(\s*,\s*)(?=\{\s*"id"\s*:)/g;
const QUOTE = 34;
const BACKSLASH = 92;

/** The index just past the string whose opening quote is at `i`, or -1 when it runs past the text. */
function endOfString(text: string, i: number): number {
  for (let j = i + 1; ; j++) {
    j = text.indexOf('"', j);
    if (j < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(j - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return j + 1;
  }
}

/** The index just past the JSON value at `i`, or -1 when it runs past the text. */
function endOfValue(text: string, i: number): number {
  const first = text[i];
  if (first === '"') return endOfString(text, i);
  if (first !== '{' && first !== '[') {
    // A number, true, false or null: up to the next delimiter.
    let j = i;
    while (j < text.length && !',}] \t\r\n'.includes(text[j]!)) j++;
    return j < text.length ? j : -1;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      const end = endOfString(text, j);
      if (end < 0) return -1;
      j = end - 1;
    } else if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) return j + 1;
  }
  return -1;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
}

/**
 * Reads `"key": value` pairs of the root object from `i` until `}` or the
 * `resources` list; returns where it stopped, 'more' when the text ends first,
 * or 'bad' for anything but an object with at most one list of resources.
 */
function scanRoot(text: string, i: number, listSeen: boolean): { at: number; list: boolean } | 'more' | 'bad' {
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return 'more';
    if (text[i] === '}') return { at: i, list: false };
    if (text[i] === ',') i = skipSpace(text, i + 1);
    if (text[i] !== '"') return i >= text.length ? 'more' : 'bad';
    const keyEnd = endOfString(text, i);
    if (keyEnd < 0) return 'more';
    const key = text.slice(i + 1, keyEnd - 1);
    i = skipSpace(text, keyEnd);
    if (i >= text.length) return 'more';
    if (text[i] !== ':') return 'bad';
    i = skipSpace(text, i + 1);
    if (i >= text.length) return 'more';
    if (key === 'resources') return listSeen || text[i] !== '[' ? 'bad' : { at: i + 1, list: true };
    const end = endOfValue(text, i);
    if (end < 0) return 'more';
    i = end;
  }
}

export interface CatalogueSplitter {
  /** Adds downloaded text; returns the batches now complete, each the inside of a JSON list of entries. */
  push(text: string): string[];
  /**
   * At the end of the file: the last batches, or null when the file is not one
   * object with one list of `resources`. Calls `pause` between entries.
   */
  end(pause: () => Promise<void> | undefined): Promise<string[] | null>;
  /** The file without its entries (`"resources": []`), once `end` has succeeded. */
  rest(): string;
}

export function createCatalogueSplitter(): CatalogueSplitter {
  let buffer = '';
  let head: string | null = null;
  let rest = '';
  let bad = false;

  function findList() {
    const start = skipSpace(buffer, 0);
    if (start >= buffer.length) return;
    if (buffer[start] !== '{') return void (bad = true);
    const found = scanRoot(buffer, start + 1, false);
    if (found === 'more') return;
    if (found === 'bad' || !found.list) return void (bad = true);
    head = buffer.slice(0, found.at);
    buffer = buffer.slice(found.at);
  }

  return {
    push(text) {
      if (bad) return [];
      buffer += text;
      if (head === null) findList();
      const batches: string[] = [];
      while (head !== null && buffer.length > BATCH) {
        BOUNDARY.lastIndex = BATCH;
        const match = BOUNDARY.exec(buffer);
        if (!match) break;
        batches.push(buffer.slice(0, match.index + 1));
        buffer = buffer.slice(match.index + match[0].length);
      }
      return batches;
    },

    async end(pause) {
      if (head === null || bad) return null;
      const batches: string[] = [];
      let from = skipSpace(buffer, 0);
      let i = from;
      let end = from;
      while (buffer[i] !== ']') {
        end = endOfValue(buffer, i);
        if (end < 0) return null;
        i = skipSpace(buffer, end);
        if (buffer[i] === ',') i = skipSpace(buffer, i + 1);
        else if (buffer[i] !== ']') return null;
        if (i - from > BATCH) {
          batches.push(buffer.slice(from, end));
          from = i;
        }
        await pause();
      }
      if (end > from) batches.push(buffer.slice(from, end));
      const after = scanRoot(buffer, i + 1, true);
      if (after === 'more' || after === 'bad' || skipSpace(buffer, after.at + 1) !== buffer.length) return null;
      rest = `${head}]${buffer.slice(i + 1)}`;
      buffer = '';
      return batches;
    },

    rest: () => rest,
  };
}
