/**
 * The obvious fix for a value a person typed the way people write, not the
 * way the format wants: `Sept 1, 2026` → `2026-09-01`, `www.example.org` →
 * `https://www.example.org`, `Peer Support` → `peer`, `English, French` →
 * `en; fr`, `Organization` → the `organization_en` column. Only a fix whose
 * intent is clear is offered; anything ambiguous (`03/04/2026`) gets none.
 * Shared by the builder page (a one-press fix) and `from-csv` ("did you
 * mean"), so both offer the same. No DOM.
 */
import en from '../i18n/tables/en.json';
import fr from '../i18n/tables/fr.json';
import { group } from '../i18n/translate.js';
import { foldAccents } from '../search/fold.js';
import { closestName } from './closest-name.js';
import { CSV_COLUMNS } from './csv-columns.js';
import { AUDIENCES, CATEGORIES, COSTS, DELIVERY, REFERRALS } from './vocabulary.js';

/**
 * Lists are written with `;`, in the spreadsheet and the builder alike. Lists
 * of codes (languages, audiences, delivery) are read with `;` or `,`; search
 * words (`tags`) with `;` only, since one may hold a comma.
 */
export const LIST_SEPARATOR = '; ';
export const splitList = (text: string, byComma = true): string[] =>
  text
    .split(byComma ? /[;,]/ : /;/)
    .map((item) => item.trim())
    .filter(Boolean);

const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'janv', 'janvier'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier'],
  ['mar', 'march', 'mars'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mai'],
  ['jun', 'june', 'juin'],
  ['jul', 'july', 'juil', 'juillet'],
  ['aug', 'august', 'aout'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'decembre'],
].forEach((names, i) => names.forEach((name) => (MONTHS[name] = i + 1)));

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `Sept 1, 2026`, `1er septembre 2026`, `2026/9/1`, `13/09/2026` → `2026-09-01`; `03/04/2026` is ambiguous: none. */
export function suggestDate(text: string): string | undefined {
  const clean = foldAccents(text.trim()).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /^(\d{4})[-/ ](\d{1,2})[-/ ](\d{1,2})(?:[ t]\d.*)?$/i.exec(clean);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(clean);
  if (m) {
    const [a, b, year] = [+m[1]!, +m[2]!, +m[3]!];
    // Day first (Canada, France) or month first (the US): only when the numbers tell which.
    if (a > 12 && b <= 12) return isoDate(year, b, a);
    if (b > 12 && a <= 12) return isoDate(year, a, b);
    return a === b ? isoDate(year, a, b) : undefined;
  }
  const words = clean.replace(/(\d)(st|nd|rd|th|er)\b/g, '$1').split(' ');
  const month = words.map((w) => MONTHS[w]).find(Boolean);
  const numbers = words.filter((w) => /^\d+$/.test(w)).map(Number);
  const year = numbers.find((n) => n > 31);
  const day = numbers.find((n) => n <= 31);
  if (!month || year === undefined || day === undefined || words.length !== 3) return undefined;
  return isoDate(year, month, day);
}

/** `www.example.org/x` → `https://www.example.org/x`; `http//example.org` → `http://example.org`. */
export function suggestWebAddress(text: string): string | undefined {
  const clean = text.trim();
  if (!clean || /\s/.test(clean) || /^https?:\/\/[^/]/i.test(clean)) return undefined;
  const broken = /^(https?)[:/]+(.*)$/i.exec(clean);
  let fixed: string;
  if (broken) fixed = `${broken[1]!.toLowerCase()}://${broken[2]}`;
  else if (clean.startsWith('//')) fixed = `https:${clean}`;
  // Another scheme (mailto:, javascript:) is not a web address with a part missing.
  else if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(clean)) return undefined;
  else fixed = `https://${clean}`;
  try {
    const host = new URL(fixed).hostname;
    return /^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(host) ? fixed : undefined;
  } catch {
    return undefined;
  }
}

/** A word compared as people mean it: case, accents, `&` and separators aside. */
const normal = (text: string) =>
  foldAccents(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+]+/g, ' ')
    .replace(/\b(et|and)\b/g, 'and')
    .trim();

type WordField = 'category' | 'cost' | 'referral' | 'audiences' | 'delivery';
const CODES: Record<WordField, readonly string[]> = {
  category: CATEGORIES,
  cost: COSTS,
  referral: REFERRALS,
  audiences: AUDIENCES,
  delivery: DELIVERY,
};
// The finder's own words in both languages: what a maintainer sees on the page.
const LABELS: Record<WordField, Record<string, string>[]> = {
  category: [group(en, 'categories'), group(fr, 'categories')],
  cost: [group(en, 'costs'), group(fr, 'costs')],
  referral: [group(en, 'referrals'), group(fr, 'referrals')],
  audiences: [group(en, 'audiences'), group(fr, 'audiences')],
  delivery: [group(en, 'deliveryModes'), group(fr, 'deliveryModes')],
};

/** `Peer Support` → `peer`; `Personnes aînées` → `older-adults`; `in person` → `in-person`. */
export function suggestWord(field: WordField, text: string): string | undefined {
  const wanted = normal(text);
  if (!wanted) return undefined;
  const names = new Map<string, string>();
  for (const code of CODES[field]) names.set(normal(code), code);
  for (const table of LABELS[field]) for (const [code, label] of Object.entries(table)) names.set(normal(label), code);
  const exact = names.get(wanted);
  if (exact) return exact === text ? undefined : exact;
  const close = closestName(wanted, [...names.keys()]);
  return close ? names.get(close) : undefined;
}

// ISO 639-1: every language with a two-letter code, named through the runtime's own Intl data.
const ISO_639_1 =
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';
// Names people write that Intl does not give.
const LANGUAGE_ALIASES: Record<string, string> = {
  mandarin: 'zh',
  cantonese: 'zh',
  cantonais: 'zh',
  farsi: 'fa',
  filipino: 'tl',
  tagalog: 'tl',
  punjabi: 'pa',
  pendjabi: 'pa',
  inuktitut: 'iu',
  cree: 'cr',
  ojibwe: 'oj',
  ojibway: 'oj',
  somali: 'so',
  eng: 'en',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
  ara: 'ar',
};
let languageNames: Map<string, string> | undefined;

function languageCode(name: string): string | undefined {
  const word = normal(name);
  if (/^[a-z]{2}$/.test(word)) return ISO_639_1.includes(word) ? word : undefined;
  if (!languageNames) {
    languageNames = new Map(Object.entries(LANGUAGE_ALIASES));
    for (const locale of ['en', 'fr']) {
      const names = new Intl.DisplayNames([locale], { type: 'language' });
      for (const code of ISO_639_1.split(' ')) {
        const shown = names.of(code);
        if (shown && shown !== code) languageNames.set(normal(shown), code);
      }
    }
  }
  return languageNames.get(word);
}

/** `English, French` → `["en", "fr"]`; `anglais et français` too; undefined when a name is not a language. */
export function suggestLanguages(items: readonly string[]): string[] | undefined {
  const words = items.flatMap((item) => item.split(/\s+(?:and|et)\s+|\s*[&/]\s*|\s+(?=[a-z]{2}(?:\s|$))/i)).filter((w) => w.trim());
  const codes = words.map(languageCode);
  if (codes.some((c) => c === undefined)) return undefined;
  const unique = [...new Set(codes as string[])];
  return unique.join() === items.join() ? undefined : unique;
}

/** `["Youth services", "adults"]` → `["youth", "adults"]`, when every item has a clear fix. */
export function suggestWords(field: 'audiences' | 'delivery', items: readonly string[]): string[] | undefined {
  const known: readonly string[] = CODES[field];
  const fixed = items.map((item) => (known.includes(item) ? item : suggestWord(field, item)));
  if (fixed.some((item) => item === undefined)) return undefined;
  const unique = [...new Set(fixed as string[])];
  return unique.join() === items.join() ? undefined : unique;
}

/** The catalogue column a header most likely meant: `Organization` → `organization_en`, `e-mail` → `email`. */
export function suggestColumn(header: string): string | undefined {
  const names = CSV_COLUMNS.map(([name]) => name);
  const wanted = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  // A one-language sheet's `Organization` means the English column (the French one has its own).
  const english = names.find((name) => name.toLowerCase() === `${wanted}_en`);
  return english ?? closestName(wanted, names);
}

/** What a field's value most likely meant, as the format writes it; undefined when nothing is clear. */
export function suggestFor(field: string, value: unknown): string | string[] | undefined {
  if (Array.isArray(value)) {
    const items = value.map(String);
    if (field === 'languages') return suggestLanguages(items);
    if (field === 'audiences' || field === 'delivery') return suggestWords(field, items);
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  switch (field) {
    case 'lastVerified':
    case 'updated':
      return suggestDate(value);
    case 'website':
    case 'source':
      return suggestWebAddress(value);
    case 'category':
    case 'cost':
    case 'referral':
      return suggestWord(field, value);
    case 'languages':
      return suggestLanguages(splitList(value));
    default:
      return undefined;
  }
}

/** `; did you mean "2026-09-01"?`, for a message in English (the CLI's), or nothing. */
export function didYouMean(field: string, value: unknown): string {
  const fix = suggestFor(field, value);
  if (fix === undefined) return '';
  return `; did you mean "${Array.isArray(fix) ? fix.join(LIST_SEPARATOR) : fix}"?`;
}
