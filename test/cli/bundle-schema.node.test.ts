// `support-finder bundle` and `schema`, and what every command promises: --help, exit statuses, no stale output.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fixture, hasStackTrace, root, runCli, scratch } from './run-cli.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('when a catalogue is bundled into a script', () => {
  test('the script holds the catalogue in place of the marker, as a JSON string', () => {
    const out = join(scratch(), 'my-finder.js');
    const run = runCli('bundle', fixture('bundle-source.json'), '-o', out);
    assert.equal(run.status, 0, run.stderr);
    const script = readFileSync(out, 'utf8');
    assert.ok(!script.includes('__SUPPORT_FINDER_CATALOGUE__'));
    assert.ok(!script.includes('</script>'), '"<" is escaped inside the catalogue');
    const literal = /"\{\\"version\\":1,.*?\}"/.exec(script)!;
    const catalogue = JSON.parse(JSON.parse(literal[0].replace(/\\u003c/g, '<')));
    assert.deepEqual(
      catalogue.resources.map((r: { id: string }) => r.id),
      ['bundled-peer-circle', 'bundled-family-night'],
    );
  });

  test('an invalid catalogue is refused with its errors, and an earlier script is left as it was', () => {
    const out = join(scratch(), 'my-finder.js');
    writeFileSync(out, '// an earlier build');
    const run = runCli('bundle', fixture('javascript-url.json'), '-o', out);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /javascript-url\.json:\d+:\d+ resources\[0\] \(id "entry-1"\): "website" must be a web address/);
    assert.equal(readFileSync(out, 'utf8'), '// an earlier build');
    assert.ok(!hasStackTrace(run));
  });

  test('no temporary file is left beside the output', () => {
    const dir = scratch();
    runCli('bundle', fixture('bundle-source.json'), '-o', join(dir, 'a.js'));
    runCli('bundle', fixture('duplicate-id.json'), '-o', join(dir, 'b.js'));
    assert.deepEqual(readdirSync(dir), ['a.js']);
  });
});

describe('when the JSON Schema is generated', () => {
  const schemaFile = join(root, 'data/catalogue.schema.json');

  test('data/catalogue.schema.json is up to date (run "node dist/cli.js schema -o data/catalogue.schema.json")', () => {
    const run = runCli('schema', '-o', '-');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(readFileSync(schemaFile, 'utf8'), run.stdout);
  });

  test('the schema accepts the shipped catalogues and refuses the bad fixtures, as the validator does', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(readJson(schemaFile));
    for (const good of ['data/catalogue.json', 'data/examples/branch-catalogue.json', 'test/fixtures/cli/valid.json']) {
      assert.ok(validate(readJson(join(root, good))), `${good}: ${JSON.stringify(validate.errors)}`);
    }
    for (const bad of ['bad-category.json', 'javascript-url.json', 'phone-no-digits.json', 'missing-field.json', 'wrong-root.json']) {
      assert.ok(!validate(readJson(fixture(bad))), `${bad} should fail`);
    }
    const schema = readJson(schemaFile);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(schema.title && schema.description && schema.properties.$schema);
  });

  test('the schema takes text in any language a BCP 47 tag names, and refuses a key that is not one', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(readJson(schemaFile));
    const withName = (name: unknown) => ({ version: 1, resources: [{ id: 'a', category: 'peer', name, description: 'x' }] });
    assert.ok(validate(withName({ en: 'Help', pa: 'ਮਦਦ', 'fr-CA': 'Aide', 'zh-Hant': '幫助' })), JSON.stringify(validate.errors));
    for (const bad of [{ Punjabi: 'ਮਦਦ' }, { en_CA: 'Help' }, { en: 'Help', 'fr-': 'Aide' }, {}])
      assert.ok(!validate(withName(bad)), `${JSON.stringify(bad)} should fail`);
  });
});

describe('when the command line itself is wrong', () => {
  const commands = ['validate', 'from-csv', 'to-csv', 'to-hsds', 'from-hsds', 'bundle', 'schema'];
  for (const command of commands) {
    test(`"${command} --help" explains the command and exits 0`, () => {
      const run = runCli(command, '--help');
      assert.equal(run.status, 0);
      assert.match(run.stdout, new RegExp(`Usage: support-finder ${command}`));
    });
  }

  const usage: [string, string[], RegExp][] = [
    ['no command', [], /Usage: support-finder/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['validate', '--frob', 'x.json'], /unknown option '--frob'/],
    ['no file', ['validate'], /missing required argument 'files'/],
    ['no output', ['from-csv', 'test/fixtures/cli/excel-export.csv'], /required option '-o, --output <file>' not specified/],
    [
      'a file that does not exist',
      ['to-csv', 'no-such-file.json', '-o', 'x.csv'],
      /cannot read "no-such-file\.json": there is no such file/,
    ],
    ['a bad --today', ['validate', '--today', 'tomorrow', 'data/catalogue.json'], /--today must be a date written YYYY-MM-DD/],
  ];
  for (const [what, args, message] of usage) {
    test(`${what} exits 2 with a plain message`, () => {
      const run = runCli(...args);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr + run.stdout, message);
      assert.ok(!hasStackTrace(run));
    });
  }

  test('-V prints the version', () => {
    const run = runCli('-V');
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), readJson(join(root, 'package.json')).version);
  });
});
