/**
 * Checks one translation table against English: what a translator's file
 * misses or gets wrong, each problem with its key, for the CLI and
 * translators. The finder drops the same bad keys with `usableTable`
 * (translations.ts), a lean twin kept in agreement by a test.
 */
import en from './tables/en.json';
import type { PluralForms, Table } from './translate.js';

export interface TableProblem {
  /** The key concerned; `""` for the table as a whole. */
  key: string;
  /**
   * `missing`: English has the key, the table does not (English shows there).
   * `plural`: plural forms the language needs are missing (`other` shows there).
   * `unknown`, `invalid`, `placeholders`: the finder ignores that key.
   */
  kind: 'missing' | 'unknown' | 'invalid' | 'placeholders' | 'plural';
  message: string;
}

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** Times of day: a language may leave these out to get the browser's format, and may use any of these numbers. */
const CLOCK = ['h', 'h12', 'mm'];
export const CRISIS_TERMS = 'crisis.terms';

const english = en as Table;

/** The text, or all the forms of a plural, as one string. */
function allText(value: unknown): string {
  return typeof value === 'string' ? value : Object.values(value as PluralForms).join(' ');
}

/** `{count}`, `{name}`… in a text or in all the forms of a plural. */
function placeholders(value: unknown): string[] {
  return [...new Set(allText(value).match(/\{\w+\}/g) ?? [])].sort();
}

/** What is wrong with the value of one key, if anything. */
function valueProblem(key: string, value: unknown, lang: string): TableProblem | undefined {
  if (key === CRISIS_TERMS) {
    const ok = Array.isArray(value) && value.every((term) => typeof term === 'string' && term.trim());
    return ok ? undefined : { key, kind: 'invalid', message: 'should be a list of phrases, such as ["phrase one", "phrase two"]' };
  }
  let forms: string[] = [];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    forms = Object.keys(value);
    const bad = forms.find((form) => !CATEGORIES.includes(form));
    const texts = Object.values(value);
    if (bad || !forms.includes('other') || texts.some((text) => typeof text !== 'string' || !text.trim())) {
      const why = bad ? `"${bad}" is not a plural category (${CATEGORIES.join(', ')})` : 'every form must be text, and "other" is required';
      return { key, kind: 'invalid', message: `has plural forms, but ${why}` };
    }
  } else if (typeof value !== 'string' || !value.trim()) {
    return {
      key,
      kind: 'invalid',
      message: typeof value === 'string' ? 'is empty' : 'should be text, or plural forms such as {"one": "…", "other": "…"}',
    };
  }
  const [mine, theirs] = [placeholders(value), placeholders(english[key])];
  const clock = key.startsWith('clock.');
  if (clock ? mine.some((name) => !CLOCK.includes(name.slice(1, -1))) : mine.join() !== theirs.join()) {
    const expected = clock ? `only ${CLOCK.map((name) => `{${name}}`).join(', ')}` : theirs.join(', ') || 'none';
    return { key, kind: 'placeholders', message: `has placeholders ${mine.join(', ') || 'none'}; expected ${expected}` };
  }
  // A wrong digit in a crisis number is a safety defect: "9-8-8" stays exactly as English writes it.
  const numbers = (text: unknown) => [...new Set(allText(text).match(/\d(-\d)+/g))].sort().join(', ');
  if (numbers(value) !== numbers(english[key])) {
    return { key, kind: 'invalid', message: `must hold the crisis numbers ${numbers(english[key]) || 'none'} as English writes them` };
  }
  if (forms.length) {
    let needed: string[] = [];
    try {
      needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    } catch {
      // An unknown language: nothing to ask beyond "other".
    }
    const lacking = needed.filter((form) => !forms.includes(form));
    if (lacking.length) return { key, kind: 'plural', message: `lacks the plural forms ${lacking.join(', ')} that ${lang} uses` };
  }
  return undefined;
}

function isTable(table: unknown): table is Table {
  return !!table && typeof table === 'object' && !Array.isArray(table);
}

/** Every problem of `table` as a translation into `lang`, in English's key order, then unknown keys. */
export function checkTable(table: unknown, lang: string): TableProblem[] {
  if (!isTable(table)) {
    return [{ key: '', kind: 'invalid', message: 'a translation is a JSON object of key → text' }];
  }
  const given = table;
  const problems: TableProblem[] = [];
  for (const key of Object.keys(english)) {
    if (!(key in given)) {
      if (!key.startsWith('clock.')) problems.push({ key, kind: 'missing', message: 'is missing: English shows instead' });
    } else {
      const problem = valueProblem(key, given[key], lang);
      if (problem) problems.push(problem);
    }
  }
  for (const key of Object.keys(given)) {
    if (key in english || key.startsWith('@')) continue;
    const problem =
      key === CRISIS_TERMS ? valueProblem(key, given[key], lang) : { key, kind: 'unknown' as const, message: 'is not a key of the finder' };
    if (problem) problems.push(problem);
  }
  return problems;
}
