/**
 * One telephone number, as a catalogue writes it, read into what is dialled.
 *
 * The number shown must be the number dialled: a link built from "whatever
 * digits are there" dials `tel:1866` for `1-866-APPELLE`, runs two numbers
 * together, or dials something other than what a right-to-left override makes
 * it look like. So a field holds exactly one number, and anything else is
 * refused with a message that says where to put it. The zod schema and the
 * browser's checks both call `parsePhone`, so they cannot disagree.
 */
import { RULES } from './vocabulary.js';

export interface Phone {
  /** What is dialled: digits, after a `+` when the number was written with one (`+18662773553`). */
  dial: string;
  /** The extension's digits, if any. */
  ext?: string;
  /** The number dialled, formatted the North American way when it is one: `1-866-277-3553`. */
  shown: string;
  /** The number as written, when it spells letters: `1 866 APPELLE`. */
  vanity?: string;
}

/** Letters on a phone keypad, A to Z: ABC = 2 … WXYZ = 9. */
const KEYPAD = '22233344455566677778889999';

/**
 * Characters that change how text around them is ordered (bidi overrides,
 * embeddings, isolates and marks): a name written with one can make the number
 * beside it look like another. Refused in every text field shown next to a number.
 */
export const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const digitOf = (d: string) => {
  // Every decimal digit system is a run of 0-9 in Unicode (a few runs follow each other).
  const cp = d.codePointAt(0)!;
  let start = cp;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((cp - start) % 10);
};

const nanp = (d: string): string | undefined =>
  d.length === 11 && d[0] === '1'
    ? `1-${nanp(d.slice(1))}`
    : d.length === 10
      ? `${d.slice(0, 3)}-${nanp(d.slice(3))}`
      : d.length === 7
        ? `${d.slice(0, 3)}-${d.slice(3)}`
        : undefined;

/** Reads one telephone number, or says what is wrong with it (a `RULES` message). */
export function parsePhone(value: string): Phone | { problem: string } {
  // Format characters (zero-width, bidi) are invisible: the number would show one way and dial another.
  if (/[\p{Cf}\p{Co}]|(?![\t\n\r])\p{Cc}/u.test(value)) return { problem: RULES.phoneControl };
  // Full-width digits and letters and no-break spaces fold by NFKC; Arabic-Indic and other digits by their value.
  const s = value
    .normalize('NFKC')
    .replace(/[^\0-\x7f]/g, (c) => (/\p{Nd}/u.test(c) ? digitOf(c) : /[\u2010-\u2015\u2212]/.test(c) ? '-' : c))
    .replace(/\s+/g, ' ')
    .trim();
  if (!/\d/.test(s)) return { problem: RULES.phone };
  const [, main = s, ext] = /^(.*?)[ ,]*(?:x|ext\.?|extension|poste)[ .:#]*(\d{1,7})$/i.exec(s) ?? [];
  // A `+`, groups of digits (some in parentheses), then letters only as a vanity number's last groups,
  // perhaps followed by their digits in parentheses, as in 1-866-363-MOOD (6663).
  const m = /^(\+?)((?:\(\d+\)|\d+)(?:[ .-]*(?:\(\d+\)|\d+))*)((?:[ .-]*[a-z]+)*)(?: ?\((\d+)\))?$/i.exec(main);
  const letters = m?.[3]?.replace(/[^a-z]/gi, '').toUpperCase() ?? '';
  const keyed = letters.replace(/./g, (c) => KEYPAD[c.charCodeAt(0) - 65]!);
  const digits = m ? m[2]!.replace(/\D/g, '') + keyed : '';
  const shown = nanp(digits);
  if (!m || digits.length < 3 || digits.length > 15 || (letters && !shown) || (m[4] && (!letters || !keyed.endsWith(m[4])))) {
    // Two runs of digits with something else between them, or too many digits in a row, are two numbers.
    const runs = s.match(/\d[\d ().-]*\d\d/g)?.length ?? 0;
    return { problem: runs > 1 || digits.length > 15 ? RULES.phoneTwo : RULES.phoneWords };
  }
  return {
    dial: m[1] + digits,
    ...(ext && { ext }),
    shown: m[1] + (shown ?? main.slice(m[1].length).trim()),
    ...(letters && { vanity: main.replace(/ ?\(\d+\)$/, '') }),
  };
}
