// `support-finder check-translation`: a translator's file checked against the finder's English words, each problem at its place.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, root, runCli, scratch } from './run-cli.js';

const translations = (name: string) => join(root, 'test/fixtures/translations', name);
const templateFile = join(root, 'data/translations/template.json');
const english = JSON.parse(readFileSync(join(root, 'src/i18n/tables/en.json'), 'utf8')) as Record<string, unknown>;
const template = () => JSON.parse(readFileSync(templateFile, 'utf8')) as Record<string, unknown>;

/** Writes `table` into a fresh folder under `name` and returns its path. */
function saved(name: string, table: unknown): string {
  const file = join(scratch(), name);
  writeFileSync(file, typeof table === 'string' ? table : JSON.stringify(table, null, 2));
  return file;
}

/** What a translator hands back: every value of the template changed, placeholders and numbers kept. */
function translated(forms: string[]): Record<string, unknown> {
  const table: Record<string, unknown> = {};
  const mark = (text: string) => `ਪੰ ${text}`;
  for (const [key, value] of Object.entries(template())) {
    if (key.startsWith('@')) table[key] = value;
    else if (typeof value === 'string') table[key] = mark(value);
    else if (Array.isArray(value)) table[key] = ['ਖੁਦਕੁਸ਼ੀ'];
    else {
      const other = mark((value as { other: string }).other);
      table[key] = Object.fromEntries(forms.map((form) => [form, other]));
    }
  }
  return table;
}

describe('the template for translators', () => {
  test('holds every English word of the finder, in the same order, each with a note', () => {
    const given = template();
    const keys = Object.keys(given).filter((key) => !key.startsWith('@') && key !== 'crisis.terms');
    assert.deepEqual(keys, Object.keys(english));
    for (const key of keys) {
      assert.deepEqual(given[key], english[key], key);
      const note = (given[`@${key}`] as { description?: string } | undefined)?.description ?? '';
      assert.ok(note.length > 15 && !note.includes('TODO'), `"${key}" needs a note for translators`);
    }
  });

  test('passes the check itself, as English', () => {
    const run = runCli('check-translation', '--lang', 'en', templateFile);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /template\.json \(en\): usable, 0 warnings/);
  });
});

describe('a translation handed back', () => {
  test('that is complete is usable, its language read from the file name', () => {
    const run = runCli('check-translation', saved('finder-pa.json', translated(['one', 'other'])));
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /finder-pa\.json \(pa\): usable, 0 warnings/);
  });

  test('with mistakes names each key at its line and column, and fails', () => {
    const file = translations('malformed.json');
    const run = runCli('check-translation', '--lang', 'pa', file);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    const lines = readFileSync(file, 'utf8').split('\n');
    const expected: [string, RegExp, string][] = [
      ['searchLabel', /"searchLabel" should be text/, '42'],
      ['resultCount', /"resultCount" has placeholders \{n\}; expected \{count\}/, '"{n} found"'],
      ['call988', /"call988" must hold the crisis numbers 9-8-8 as English writes them/, '"ਕਾਲ'],
      ['headng', /"headng" is not a key of the finder/, '"typo"'],
    ];
    for (const [key, message, value] of expected) {
      const found = new RegExp(`malformed\\.json:(\\d+):(\\d+) ${message.source}`).exec(run.stdout);
      assert.ok(found, `${key}: ${run.stdout}`);
      const line = lines[Number(found[1]) - 1]!;
      assert.equal(line.slice(Number(found[2]) - 1, Number(found[2]) - 1 + value.length), value, key);
    }
    assert.match(run.stdout, /\(pa\): not usable as is, 4 errors/);
    assert.ok(!hasStackTrace(run));
  });

  test('that lacks keys is usable, the missing keys named on one line; --strict refuses it', () => {
    const file = translations('pa-partial.json');
    const run = runCli('check-translation', '--lang', 'pa', file);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /pa-partial\.json:1:1 \d+ keys not translated, shown in English: "crisisRegion", "crisisIntro", .* and \d+ more/,
    );
    assert.equal(run.stdout.trim().split('\n').length, 2);
    const strict = runCli('check-translation', '--lang', 'pa', '--strict', file);
    assert.equal(strict.status, 1);
    assert.match(strict.stdout, /"crisisRegion" is missing/);
  });

  test('names the plural forms its language needs', () => {
    const file = saved('finder-ar.json', translated(['one', 'other']));
    const run = runCli('check-translation', file);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /"resultCount" lacks the plural forms few, many, two, zero that ar uses \(warning\)/);
    const complete = saved('finder-ar.json', translated(['zero', 'one', 'two', 'few', 'many', 'other']));
    assert.match(runCli('check-translation', '--strict', complete).stdout, /\(ar\): usable, 0 warnings/);
  });

  test('that is not JSON is refused at its place', () => {
    const run = runCli('check-translation', '--lang', 'pa', saved('finder-pa.json', '{\n  "heading": "ਸਹਾਇਤਾ"\n  "searchLabel": "x"\n}\n'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /finder-pa\.json:3:3 JSON syntax: a comma is missing/);
    assert.ok(!hasStackTrace(run));
  });

  test('reports in JSON for scripts, every problem with its key, kind and place', () => {
    const run = runCli('check-translation', '--json', '--lang', 'pa', translations('malformed.json'));
    const report = JSON.parse(run.stdout) as {
      usable: boolean;
      files: { lang: string; errors: { key: string; kind: string; line: number }[] }[];
    };
    assert.equal(report.usable, false);
    assert.equal(report.files[0]!.lang, 'pa');
    assert.deepEqual(report.files[0]!.errors.map((e) => `${e.key} ${e.kind}`).sort(), [
      'call988 invalid',
      'headng unknown',
      'resultCount placeholders',
      'searchLabel invalid',
    ]);
  });
});

describe('the command line', () => {
  test('asks for the language when neither the file nor its name gives it', () => {
    const run = runCli('check-translation', translations('pa-partial.json'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot tell which language .* add --lang/);
  });

  test('refuses a language tag that is not one', () => {
    const run = runCli('check-translation', '--lang', 'punjabi!', translations('pa-partial.json'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--lang must be a language tag/);
  });

  test('reads the language from the table\'s "@@locale"', () => {
    const run = runCli('check-translation', saved('mine.json', { '@@locale': 'pa-IN', heading: 'ਸਹਾਇਤਾ ਲੱਭੋ' }));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /mine\.json \(pa-IN\): usable/);
  });
});
