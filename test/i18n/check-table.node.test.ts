// A translation checked against English: what the finder (and the CLI's check) say about a translator's file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTable, cleanTable } from '../../src/i18n/check-table.js';
import en from '../../src/i18n/tables/en.json';
import fr from '../../src/i18n/tables/fr.json';

const problemsOf = (table: unknown, lang = 'pa') => checkTable(table, lang).filter(({ kind }) => kind !== 'missing');

describe('the built-in tables', () => {
  test('French has every English key, no other, and the same placeholders', () => {
    // "plural" only says French could add the "many" form CLDR gives to millions: "other" is right there.
    assert.deepEqual(
      checkTable(fr, 'fr').filter(({ kind }) => kind !== 'plural'),
      [],
    );
    assert.deepEqual(checkTable(en, 'en'), []);
  });
});

describe('when a translation has problems', () => {
  test('a key left out is reported as missing, except the times of day a language may leave to the browser', () => {
    const { ['heading']: _left, ...rest } = en as Record<string, unknown>;
    const rid = Object.fromEntries(Object.entries(rest).filter(([key]) => !key.startsWith('clock.')));
    assert.deepEqual(checkTable(rid, 'pa'), [{ key: 'heading', kind: 'missing', message: 'is missing: English shows instead' }]);
  });

  test('an unknown key, a changed placeholder and a lost crisis number are each named with their key', () => {
    const problems = problemsOf({ ...en, headng: 'x', resultCount: '{n} found', call988: 'Call 9-1-1' });
    assert.deepEqual(
      problems.map(({ key, kind }) => [key, kind]),
      [
        ['call988', 'invalid'],
        ['resultCount', 'placeholders'],
        ['headng', 'unknown'],
      ],
    );
    assert.match(problems[0].message, /9-8-8/);
    assert.equal(problems[1].message, 'has placeholders {n}; expected {count}');
  });

  test('plural forms must be CLDR categories with "other", and the ones the language needs are asked for', () => {
    assert.deepEqual(problemsOf({ resultCount: { single: '{count}', other: '{count}' } })[0].kind, 'invalid');
    assert.deepEqual(problemsOf({ resultCount: { one: '{count}' } })[0].kind, 'invalid');
    const [polish] = problemsOf({ resultCount: { one: '{count} wsparcie', other: '{count} wsparć' } }, 'pl');
    assert.equal(polish.message, 'lacks the plural forms few, many that pl uses');
  });

  test('texts that are not text, empty texts and crisis phrases that are not a list are invalid', () => {
    const problems = problemsOf({ heading: 3, loading: ' ', 'crisis.terms': 'suicide' });
    assert.deepEqual(
      problems.map(({ key, kind }) => [key, kind]),
      [
        ['heading', 'invalid'],
        ['loading', 'invalid'],
        ['crisis.terms', 'invalid'],
      ],
    );
    assert.deepEqual(problemsOf({ 'crisis.terms': ['ਖੁਦਕੁਸ਼ੀ'], '@heading': { description: 'a note' } }), []);
  });

  test('a file that is not an object is one problem for the whole table', () => {
    assert.deepEqual(checkTable(['heading'], 'pa'), [{ key: '', kind: 'invalid', message: 'a translation is a JSON object of key → text' }]);
  });

  test('the usable part keeps good keys and missing plural forms, and drops the rest', () => {
    const [clean] = cleanTable({ heading: 'ਸਹਾਇਤਾ ਲੱਭੋ', loading: 4, resultCount: { other: '{count}' }, extra: 'x' }, 'pa');
    assert.deepEqual(clean, { heading: 'ਸਹਾਇਤਾ ਲੱਭੋ', resultCount: { other: '{count}' } });
  });
});
