/**
 * How many typos separate a typed word from the closest part of a catalogue
 * word: "suport" is 1 from "support", "therap" 0 from "psychotherapie". This is
 * the same measure fuse.js's bitap scorer uses, so the candidate lookup and
 * the final ranking agree on what "close" means.
 *
 * Myers' bit-parallel algorithm (1999): one pass over the word, a few integer
 * operations per letter. Patterns are cut to 31 letters to fit in one integer.
 */
export interface Pattern {
  length: number;
  ascii: Int32Array;
  other: Map<number, number>;
}

export const MAX_PATTERN = 31;

export function compilePattern(text: string): Pattern {
  const length = Math.min(text.length, MAX_PATTERN);
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  return { length, ascii, other };
}

/** The fewest edits that turn the pattern into some substring of `text`, or -1 when more than `max`. */
export function substringDistance(p: Pattern, text: string, max: number): number {
  const m = p.length;
  if (text.length < m - max) return -1;
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const eq = c < 128 ? p.ascii[c]! : (p.other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    if (score < best) {
      best = score;
      if (best === 0) return 0;
    }
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return best <= max ? best : -1;
}
