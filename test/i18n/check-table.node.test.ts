// A translation checked against English: what the finder (and the CLI's check) say about a translator's file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTable } from '../../src/i18n/check-table.js';
import { usableTable } from '../../src/i18n/translations.js';
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
    assert.deepEqual(checkTable(['heading'], 'pa'), [
      { key: '', kind: 'invalid', message: 'a translation is a JSON object of key → text' },
    ]);
  });

  test('a number the crisis lines need, changed or added, is named', () => {
    assert.equal(problemsOf({ call988: 'ਕਾਲ ਕਰੋ' })[0].message, 'must hold the crisis numbers 9-8-8 as English writes them');
    assert.equal(problemsOf({ heading: 'Call 9-1-1' })[0].kind, 'invalid');
  });
});

describe('the finder and the check agree', () => {
  test('the finder drops exactly the keys the check says it ignores, and keeps the rest', () => {
    const samples: Record<string, unknown>[] = [
      { heading: 'ਸਹਾਇਤਾ ਲੱਭੋ', loading: 4, resultCount: { other: '{count}' }, extra: 'x', '@heading': { description: 'a note' } },
      { resultCount: '{n} found', listAdded: '{name} {name}', call988: 'Call 9-1-1', noResultsHelp: 'Call 9-8-8 or 9-8-8' },
      { showMore: { one: '{count}' }, myList: { one: '', other: 'x {count}' }, print: '  ', copy: [], 'crisis.terms': 'x' },
      { 'crisis.terms': ['ok', ''], 'clock.am': '{h}', 'clock.pm': '{hour}', weekdays: ['x'], 'weekdays.0': { other: 'lun.' } },
    ];
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const sample of samples) {
        const ignored = checkTable(sample, 'pa')
          .filter(({ kind }) => kind !== 'missing' && kind !== 'plural')
          // The finder lets a clock key's placeholder show as written; only the check names it.
          .filter(({ key }) => !key.startsWith('clock.'))
          .map(({ key }) => key);
        const kept = Object.keys(usableTable(sample, 'sample'));
        const given = Object.keys(sample).filter((key) => !key.startsWith('@'));
        assert.deepEqual(kept.sort(), given.filter((key) => !ignored.includes(key)).sort());
      }
    } finally {
      console.warn = warn;
    }
  });
});
