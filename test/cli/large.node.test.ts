// Large and odd catalogues: every command finishes, and says where a file goes wrong.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, runCli, scratch } from './run-cli.js';

describe('when a catalogue has 100,000 entries and hundreds of thousands of warnings', () => {
  const file = join(scratch(), 'large.json');
  const resources = Array.from({ length: 100_000 }, (_, i) => ({
    id: `entry-${i}`,
    category: ['peer', 'family', 'clinical'][i % 3],
    name: { en: `Entry ${i}` },
    description: { en: `Service number ${i}.` },
    // An unknown field in every entry: a typo repeated by a generator.
    phon: '555-0100',
  }));
  writeFileSync(file, JSON.stringify({ version: 1, resources }));

  test('validate finishes, lists the first warnings and says how many more --json has', () => {
    const run = runCli('validate', file);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /large\.json: valid, 400,000 warnings/);
    assert.match(run.stdout, /… and 399,800 more warnings; `--json` lists all/);
    assert.match(run.stdout, /100,000 resources: peer 33334, family 33333, clinical 33333/);
    assert.match(run.stdout, /unknown fields: phon \(100,000\)/);
    assert.ok(run.stdout.split('\n').length < 250, 'the printed report stays short');
  });

  test('validate --json lists every warning', () => {
    const run = runCli('validate', '--json', file);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).files[0].warnings.length, 400_000);
  });
});

describe('when a file is nested too deeply', () => {
  test('validate and from-hsds name the place, without a crash', () => {
    const file = join(scratch(), 'deep.json');
    writeFileSync(file, `{"version": 1,\n "resources": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`);
    const run = runCli('validate', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /deep\.json:2:78 JSON syntax: nested too deeply/);
    const hsds = runCli('from-hsds', file, '-o', '-');
    assert.equal(hsds.status, 1);
    assert.match(hsds.stderr, /deep\.json:2:78 JSON syntax: nested too deeply/);
    assert.ok(!hasStackTrace(run) && !hasStackTrace(hsds));
  });
});

describe('when a field is written twice', () => {
  const entry = '{"id": "a", "category": "peer", "name": "A", "description": "B"}';

  test('a second list of resources, even with an escaped name, is an error at its place', () => {
    const file = join(scratch(), 'twice.json');
    writeFileSync(file, `{"version": 1, "resources": [${entry}],\n "resourc\\u0065s": []}`);
    const run = runCli('validate', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /twice\.json:2:2 The file has the field "resources" twice; keep one/);
  });

  test('a field written twice in an entry is an error that names the entry', () => {
    const file = join(scratch(), 'twice.json');
    writeFileSync(
      file,
      `{"version": 1, "resources": [\n{"id": "a", "category": "peer", "name": "A", "description": "B", "c\\u0061tegory": "family"}]}`,
    );
    const run = runCli('validate', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /twice\.json:2:66 resources\[0\] \(id "a"\) has the field "category" twice/);
  });
});

test('from-hsds refuses a service with a field written twice, at its place', () => {
  const file = join(scratch(), 'twice-hsds.json');
  writeFileSync(file, '{"name": "Warm line",\n "name": "Other"}');
  const run = runCli('from-hsds', file, '-o', '-', '--category', 'peer');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /twice-hsds\.json:2:2 The file has the field "name" twice/);
});
