/**
 * Finds the entries of a catalogue's `resources` list in its JSON text without
 * parsing the whole file, so a 30 MB directory can be parsed a few hundred
 * entries at a time between frames instead of in one 100 ms `JSON.parse`.
 *
 * It only locates boundaries (strings, nesting); `JSON.parse` of each piece
 * still checks the syntax. Anything unexpected returns null and the caller
 * falls back to parsing the file whole.
 */
export interface CatalogueParts {
  /** The file with `"resources": []`, to parse and validate the rest of it. */
  head: string;
  /** `[start, end)` of each entry of `resources` in the text. */
  entries: Int32Array;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** The index just past the string whose opening quote is at `i`, or -1. */
function endOfString(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    j = text.indexOf('"', j);
    if (j < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(j - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return j + 1;
    j++;
  }
}

/** The index just past the JSON value starting at `i` (no whitespace before it), or -1. */
function endOfValue(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return endOfString(text, i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number, true, false or null: up to the next delimiter.
    let j = i;
    while (j < text.length && !',}] \t\r\n'.includes(text[j]!)) j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      const end = endOfString(text, j);
      if (end < 0) return -1;
      j = end - 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return j + 1;
  }
  return -1;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
}

/** Splits `text`, calling `pause` between entries so the caller can yield to the browser. */
export async function splitCatalogue(text: string, pause: () => Promise<void> | undefined): Promise<CatalogueParts | null> {
  let i = skipSpace(text, 0);
  if (text[i] !== '{') return null;
  let listStart = -1;
  let listEnd = -1;
  let entries: number[] = [];
  i = skipSpace(text, i + 1);
  while (text[i] !== '}') {
    if (text[i] !== '"') return null;
    const keyEnd = endOfString(text, i);
    if (keyEnd < 0) return null;
    const key = text.slice(i + 1, keyEnd - 1);
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':') return null;
    i = skipSpace(text, i + 1);
    if (key === 'resources' && text[i] === '[' && listStart < 0) {
      listStart = i;
      i = skipSpace(text, i + 1);
      while (text[i] !== ']') {
        const end = endOfValue(text, i);
        if (end <= i) return null;
        entries.push(i, end);
        i = skipSpace(text, end);
        if (text[i] === ',') i = skipSpace(text, i + 1);
        else if (text[i] !== ']') return null;
        const wait = pause();
        if (wait) await wait;
      }
      listEnd = ++i;
    } else {
      if (key === 'resources') return null;
      const end = endOfValue(text, i);
      if (end <= i) return null;
      i = end;
    }
    i = skipSpace(text, i);
    if (text[i] === ',') i = skipSpace(text, i + 1);
    else if (text[i] !== '}') return null;
  }
  if (listStart < 0 || skipSpace(text, i + 1) !== text.length) return null;
  const head = `${text.slice(0, listStart)}[]${text.slice(listEnd)}`;
  const parts = { head, entries: Int32Array.from(entries) };
  entries = [];
  return parts;
}
