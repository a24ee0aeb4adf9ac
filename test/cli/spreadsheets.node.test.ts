// Spreadsheets as branches really make them: formulas, one language, odd encodings, hostile headers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueToCsv, csvToCatalogue } from '../../src/catalogue/csv.js';
import { fixture, root, runCli, runCliWith, scratch } from './run-cli.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('when a cell would run as a formula in a spreadsheet', () => {
  const catalogue = {
    version: 1 as const,
    resources: [
      {
        id: 'formulas',
        category: 'peer' as const,
        name: { en: '=HYPERLINK("https://example.org","Click")', fr: "'=already quoted" },
        description: { en: '@SUM(1+1)', fr: '-2+3' },
        phone: '+1 866 277 3553',
        tags: ['+plus', 'plain'],
        coordinates: { lat: 43.5, lng: -80.25 },
      },
    ],
  };

  test('to-csv writes it with a leading apostrophe, and a negative number stays a number', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'c.json'), JSON.stringify(catalogue));
    const run = runCli('to-csv', join(dir, 'c.json'), '-o', join(dir, 'c.csv'));
    assert.equal(run.status, 0, run.stderr);
    const row = readFileSync(join(dir, 'c.csv'), 'utf8').split('\r\n')[1]!;
    assert.match(row, /"'=HYPERLINK\(""https:\/\/example\.org"",""Click""\)"/);
    assert.match(row, /,''=already quoted,'@SUM\(1\+1\),'-2\+3,/);
    assert.match(row, /,'\+1 866 277 3553,/);
    assert.match(row, /,'\+plus; plain,/);
    assert.match(row, /,43\.5,-80\.25,/);
  });

  test('from-csv removes the apostrophe again, so the round trip is lossless and a + phone number survives', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'c.json'), JSON.stringify(catalogue));
    assert.equal(runCli('to-csv', join(dir, 'c.json'), '-o', join(dir, 'c.csv')).status, 0);
    assert.equal(runCli('from-csv', join(dir, 'c.csv'), '-o', join(dir, 'back.json')).status, 0);
    assert.deepEqual(readJson(join(dir, 'back.json')), catalogue);
  });

  test('a phone number typed with + in a sheet is read as it is', () => {
    const { catalogue: read } = csvToCatalogue('id,category,name_en,description_en,phone\na,peer,A,B,+1 866 277 3553\n');
    assert.equal(read.resources[0]!.phone, '+1 866 277 3553');
    assert.match(catalogueToCsv(read), /,'\+1 866 277 3553/);
  });
});

describe('when a sheet has columns without a language', () => {
  const sheet = 'id,category,name,description,organization,hours\nwarm,peer,Warm line,Talk with a peer,Branch,Evenings\n';

  test('they are read as English, said once', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'sheet.csv'), sheet);
    const run = runCli('from-csv', join(dir, 'sheet.csv'), '-o', join(dir, 'out.json'));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr.match(/have no language/g)?.length, 1);
    assert.match(run.stderr, /columns "name", "description", "organization", "hours" have no language, so they were read as English/);
    const [entry] = readJson(join(dir, 'out.json')).resources;
    assert.deepEqual(
      [entry.name, entry.description, entry.organization, entry.hours],
      [{ en: 'Warm line' }, { en: 'Talk with a peer' }, { en: 'Branch' }, { en: 'Evenings' }],
    );
  });

  test('--lang fr reads them as French', () => {
    const run = runCliWith({ input: sheet }, 'from-csv', '-', '--lang', 'fr', '-o', '-');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /read as French/);
    assert.deepEqual(JSON.parse(run.stdout).resources[0].name, { fr: 'Warm line' });
  });

  test('a column given twice, with and without its language, is refused', () => {
    const { fileErrors } = csvToCatalogue('id,category,name,name_en,description\na,peer,A,B,C\n');
    assert.match(fileErrors[0]!.message, /gives the same values as column "name"/);
  });

  test('the one-language template converts without a problem', () => {
    const run = runCli('from-csv', join(root, 'data/templates/catalogue-template-one-language.csv'), '-o', '-');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).resources.length, 1);
  });
});

describe('when a file is not in UTF-8', () => {
  test('a stray byte in a UTF-8 spreadsheet is refused at its line and column, not read as Windows-1252', () => {
    const dir = scratch();
    const bytes = Buffer.concat([
      Buffer.from('id,category,name_fr,description_fr\ncafe,peer,Café écoute,Un'),
      Buffer.from([0xe9]),
      Buffer.from('coute\n'),
    ]);
    writeFileSync(join(dir, 'sheet.csv'), bytes);
    const run = runCli('from-csv', join(dir, 'sheet.csv'), '-o', join(dir, 'out.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /sheet\.csv:2:25 byte 0xE9 is not UTF-8/);
    assert.doesNotMatch(run.stderr, /Windows-1252/);
  });

  test('a catalogue with a stray byte is refused at its place', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'c.json'),
      Buffer.concat([Buffer.from('{"version": 1,\n"title": "Caf'), Buffer.from([0xff]), Buffer.from('", "resources": []}')]),
    );
    const run = runCli('validate', join(dir, 'c.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /c\.json:2:14 byte 0xFF is not UTF-8/);
  });

  test('a UTF-16 file is named as such', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'sheet.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,category\r\n', 'utf16le')]));
    const run = runCli('from-csv', join(dir, 'sheet.csv'), '-o', '-');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is saved as UTF-16/);
  });

  test("Excel's plain Windows-1252 CSV is still read, with a note", () => {
    assert.match(runCli('from-csv', fixture('windows-1252.csv'), '-o', '-').stderr, /read as Windows-1252/);
  });
});

describe('when names, ids or headers hold control characters', () => {
  test('a terminal escape in a header is printed escaped, never sent to the terminal', () => {
    const run = runCliWith(
      { input: 'id,category,name_en,description_en,\u001b[2J\u001b[31mowned\r\na,peer,A,B,x\n' },
      'from-csv',
      '-',
      '-o',
      '-',
    );
    assert.equal(run.status, 1);
    assert.match(run.stderr, /column "\\u001B\[2J\\u001B\[31mowned"/);
    assert.doesNotMatch(run.stderr, /\u001b/);
  });

  test('an id with an escape or a bidirectional override is printed escaped by validate', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, 'c.json'),
      JSON.stringify({ version: 1, resources: [{ id: 'a\u001b]0;title\u0007\u202e', category: 'nope', name: 'A', description: 'B' }] }),
    );
    const run = runCli('validate', join(dir, 'c.json'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /\\u001B\]0;title\\u0007\\u202E/);
    assert.doesNotMatch(run.stdout + run.stderr, /[\u001b\u0007\u202e]/);
    const json = runCli('validate', '--json', join(dir, 'c.json'));
    assert.doesNotMatch(json.stdout, /[\u001b\u0007\u009b\u202e]/);
    assert.equal(JSON.parse(json.stdout).files[0].errors[0].id, 'a\u001b]0;title\u0007\u202e');
  });
});
