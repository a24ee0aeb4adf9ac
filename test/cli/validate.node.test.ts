// `support-finder validate`: every kind of bad file is named with its place, and good files pass.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixture, hasStackTrace, runCli } from './run-cli.js';

const TODAY = ['--today', '2026-11-23'];

describe('when a catalogue file has a mistake', () => {
  const cases: [string, RegExp][] = [
    ['syntax-error.json', /syntax-error\.json:4:22 JSON syntax: a comma is missing/],
    ['wrong-root.json', /wrong-root\.json:1:1 The file must be a JSON object .*; got a list/],
    ['missing-field.json', /missing-field\.json:4:5 resources\[0\] \(id "entry-1"\): "description" is required but missing/],
    [
      'bad-category.json',
      /bad-category\.json:\d+:\d+ resources\[4\] \(id "youth-drop-in"\): "category" must be one of peer, family, clinical; got "therapy"/,
    ],
    [
      'javascript-url.json',
      /resources\[0\] \(id "entry-1"\): "website" must be a web address starting with https:\/\/ or http:\/\/; got "javascript:alert\(1\)"/,
    ],
    ['duplicate-id.json', /resources\[1\] \(id "entry-1"\): "id" repeats an id already used/],
    ['phone-no-digits.json', /resources\[0\] \(id "entry-1"\): "phone" must contain at least one digit; got "call us"/],
    ['empty.json', /empty\.json:1:1 The file is empty/],
    [
      'bad-language-key.json',
      /bad-language-key\.json:9:\d+ resources\[0\] \(id "entry-1"\): "name\.Punjabi" must be a language code such as "en", "pa" or "fr-CA"; got "Punjabi"/,
    ],
    [
      'bad-schedule.json',
      /bad-schedule\.json:11:\d+ resources\[0\] \(id "evening-line"\): "schedule\[0\]\.closes" must be a time written HH:MM from 00:00 to 24:00, such as 17:00; got "26:00"/,
    ],
  ];
  for (const [name, expected] of cases) {
    test(`${name} is refused with exit status 1 and a located message`, () => {
      const run = runCli('validate', ...TODAY, fixture(name));
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, expected);
      assert.match(run.stdout, /not valid, 1 error/);
      assert.ok(!hasStackTrace(run));
    });
  }

  test('the line and column point at the bad value', () => {
    const run = runCli('validate', ...TODAY, fixture('bad-category.json'));
    const [, line, column] = /bad-category\.json:(\d+):(\d+) /.exec(run.stdout)!;
    const text = readFileSync(fixture('bad-category.json'), 'utf8').split('\n')[Number(line) - 1]!;
    assert.equal(text.slice(Number(column) - 1, Number(column) - 1 + '"therapy"'.length), '"therapy"');
  });

  test('a spreadsheet given by mistake is pointed to from-csv', () => {
    const run = runCli('validate', fixture('excel-export.csv'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is a spreadsheet; convert it first: support-finder from-csv/);
  });

  test('several files are all checked, and any error fails the run', () => {
    const run = runCli('validate', ...TODAY, fixture('valid.json'), fixture('duplicate-id.json'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /valid\.json: valid, 0 warnings/);
    assert.match(run.stdout, /duplicate-id\.json: not valid/);
  });
});

describe('when a catalogue file is good', () => {
  test('a file with a byte-order mark and CRLF line ends passes', () => {
    const run = runCli('validate', ...TODAY, fixture('bom-crlf.json'));
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /bom-crlf\.json: valid, 0 warnings/);
    assert.match(run.stdout, /2 resources: peer 1, family 1, clinical 0/);
  });

  test('the built-in catalogue passes', () => {
    assert.equal(runCli('validate', '--errors-only', 'data/catalogue.json').status, 0);
  });

  test('warnings (no French, not verified, unknown fields) keep exit status 0', () => {
    const run = runCli('validate', ...TODAY, fixture('warnings.json'));
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /:7:15 resources\[0\] \(id "old-entry"\): "name" has no French text \(add "fr"\) \(warning\)/);
    assert.match(run.stdout, /"lastVerified" is 2020-01-01, more than 12 months ago/);
    assert.match(run.stdout, /resources\[1\] \(id "never-checked"\) has no "lastVerified" date/);
    assert.match(run.stdout, /"phon" is not a catalogue field, so the finder ignores it; did you mean "phone"\?/);
    assert.match(run.stdout, /missing French: 1, missing English: 0/);
    assert.match(run.stdout, /not verified in 12 months: 1, no lastVerified: 1/);
    assert.match(run.stdout, /no areas \(listed in every province\): 1/);
  });

  test('an area that is not CA or a province or territory code is an error located by line, path and id', () => {
    const run = runCli('validate', fixture('bad-areas.json'));
    assert.equal(run.status, 1);
    assert.match(
      run.stdout,
      /bad-areas\.json:8:\d+ resources\[0\] \(id "sudbury-line"\): "areas\[1\]" must be one of CA, AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT; got "Ontario"/,
    );
    assert.match(run.stdout, /crisis\.lines\[0\]: "areas" must name at least one area/);
    assert.match(run.stdout, /crisis\.lines\[0\]: "audiences\[0\]" must be one of adults, youth/);
  });

  test('--json prints a report a program can read', () => {
    const run = runCli('validate', '--json', ...TODAY, fixture('warnings.json'), fixture('bad-category.json'));
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.valid, false);
    const [warnings, bad] = report.files;
    assert.equal(warnings.valid, true);
    assert.deepEqual(warnings.health.counts, { peer: 1, family: 0, clinical: 1 });
    assert.deepEqual(warnings.health.stale, ['old-entry']);
    assert.deepEqual(warnings.health.neverVerified, ['never-checked']);
    assert.deepEqual(warnings.health.noAreas, ['old-entry']);
    assert.deepEqual(warnings.health.missingFrench, ['old-entry']);
    assert.deepEqual(warnings.health.unknownFields, ['resources[0].phon']);
    assert.deepEqual(Object.keys(bad.errors[0]).sort(), ['column', 'id', 'line', 'message', 'path', 'severity']);
    assert.equal(bad.errors[0].path, 'resources[4].category');
    assert.equal(bad.errors[0].id, 'youth-drop-in');
  });
});
