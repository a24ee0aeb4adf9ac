/**
 * Recognises a search that suggests someone may be in immediate danger, so the
 * finder can put the crisis lines first. It adds an alert above the results;
 * it never replaces them. It reads only the query and the phrase lists, never
 * the catalogue's entries, so it answers while a catalogue loads or after it failed.
 */
import { foldAccents } from './fold.js';
import { CRISIS_TERMS } from './crisis-terms.js';

/**
 * A letter typed over and over, once: a Latin one from twice ("killl",
 * "mourrir"), any other from three times ("انتحااار"), since doubled syllabics
 * and Arabic letters spell other words ("ᐱᐱ" is not "ᐱ").
 */
const once = (w: string) => w.replace(/(\p{sc=Latn})\1+|(\p{L})\2{2,}/gu, '$1$2');

/**
 * The words of a text as people's phones and fingers leave them: NFKC (full
 * width), no invisible format characters (zero-width, soft hyphen), folded
 * case and accents, digits inside words read as letters ("su1c1de"), repeated
 * letters once. A word keeps its marks where they make other words (see fold.ts).
 */
function words(text: string): string[] {
  const found = foldAccents(text.normalize('NFKC').replace(/\p{Cf}/gu, '')).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return found.map((w) => once(/\p{L}/u.test(w) ? w.replace(/[013457]/g, (d) => 'oi-eas-t'[+d]!) : w));
}

/** Words run together, without their ending: "overdosing" and "overdoses" → "overdos", ["kill", "my", "self"] → "kilmyself". */
const key = (ws: readonly string[]) => once(ws.join('')).replace(/^(.{3,}?)(?:ing|ed|es|er|ez|e|s)?$/u, '$1');

/** One letter missing, added, or two swapped: typing slips. A different letter is not one, since it often makes another real word. */
function slip(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  if (a.length > b.length) return a.length === b.length + 1 && a.slice(i + 1) === b.slice(i);
  return a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Groups of up to this many words run together on either side: "kill my self" and "killmyself". */
const JOIN = 3;

/** Words with the key of each run of 1 to JOIN words from each place: `keys[i][n - 1]`, worked out once. */
interface Keyed {
  words: string[];
  keys: string[][];
}

const keyed = (ws: string[]): Keyed => ({
  words: ws,
  keys: ws.map((_, i) => Array.from({ length: Math.min(JOIN, ws.length - i) }, (_, n) => key(ws.slice(i, i + n + 1)))),
});

interface Phrase extends Keyed {
  /** Counts only at the end of the query. */
  last: boolean;
}

/** Whether the query's words from `q` on hold the phrase's words from `p` on. */
function holds(query: Keyed, q: number, phrase: Phrase, p: number): boolean {
  if (p === phrase.words.length) return !phrase.last || q === query.words.length;
  const mine = query.keys[q] ?? [];
  const theirs = phrase.keys[p]!;
  return mine.some((k, a) =>
    theirs.some(
      (t, b) =>
        (k === t || (a + b === 0 && query.words[q]!.length >= 6 && phrase.words[p]!.length >= 6 && slip(k, t))) &&
        holds(query, q + a + 1, phrase, p + b + 1),
    ),
  );
}

export interface CrisisMatcher {
  /** True when the query holds one of the phrases, as whole words. */
  test(query: string): boolean;
}

/** Builds a matcher for the built-in phrases plus `extra` ones (a catalogue's `crisis.terms`). */
export function createCrisisMatcher(extra: readonly string[] = []): CrisisMatcher {
  const phrases: Phrase[] = [...CRISIS_TERMS, ...extra]
    .map((t) => ({ ...keyed(words(t)), last: t.trim().endsWith('$') }))
    .filter((p) => p.words.length);
  return {
    test(query) {
      const q = keyed(words(query));
      return q.words.some((_, i) => phrases.some((p) => holds(q, i, p, 0)));
    },
  };
}

let builtin: CrisisMatcher | undefined;

/** Whether `query` suggests immediate danger, using the built-in phrases only. */
export function isCrisisQuery(query: string): boolean {
  return (builtin ??= createCrisisMatcher()).test(query);
}
