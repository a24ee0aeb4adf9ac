// `support-finder from-csv` and `to-csv`: spreadsheet exports in, spreadsheets out, nothing half-written.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvToCatalogue } from '../../src/catalogue/csv.js';
import { fixture, hasStackTrace, root, runCli, scratch } from './run-cli.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('when a spreadsheet export is converted', () => {
  test('an Excel export (byte-order mark, CRLF, quoted commas, line breaks and quotes) becomes a valid catalogue', () => {
    const out = join(scratch(), 'catalogue.json');
    const run = runCli('from-csv', fixture('excel-export.csv'), '-o', out);
    assert.equal(run.status, 0, run.stderr);
    const { resources } = readJson(out);
    assert.equal(resources.length, 2);
    assert.deepEqual(resources[0].name, { en: 'Warm Line, Evenings', fr: 'Ligne chaleureuse' });
    assert.equal(resources[0].description.en, 'Talk with a peer, any evening.\nCalls are free.');
    assert.deepEqual(resources[0].coordinates, { lat: 43.55, lng: -80.25 });
    assert.deepEqual(resources[0].audiences, ['adults', 'youth']);
    assert.equal(resources[1].category, 'family');
    assert.equal(resources[1].name.en, 'The "Circle" for families');
    assert.equal(runCli('validate', '--errors-only', out).status, 0);
  });

  test('opening times are read from the schedule column, and a bad one is named by row and column', () => {
    const dir = scratch();
    const csv = join(dir, 'hours.csv');
    writeFileSync(
      csv,
      'id,category,name_en,description_en,schedule,timeZone\nnight,peer,Night line,Evenings,Fri-Sat 18:00-02:00,America/Halifax\nday,peer,Day line,Days,Mun-Fri 09:00-17:00,\n',
    );
    const out = join(dir, 'catalogue.json');
    const run = runCli('from-csv', csv, '-o', out);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /row 3 \(id "day"\), column "schedule": "Mun" is not a day; write Mon, Tue/);
    assert.ok(!existsSync(out));
    assert.equal(runCli('from-csv', '--keep-going', csv, '-o', out).status, 0);
    assert.deepEqual(
      readJson(out).resources.map((r: { schedule: unknown; timeZone: string }) => [r.schedule, r.timeZone]),
      [[[{ days: ['fri', 'sat'], opens: '18:00', closes: '02:00' }], 'America/Halifax']],
    );
  });

  test('a semicolon-separated export with decimal commas is detected and read', () => {
    const out = join(scratch(), 'catalogue.json');
    const run = runCli('from-csv', fixture('semicolon-export.csv'), '-o', out);
    assert.equal(run.status, 0, run.stderr);
    const [resource] = readJson(out).resources;
    assert.deepEqual(resource.description, { en: 'Counselling, assessment and referral.', fr: 'Consultation; évaluation et orientation.' });
    assert.deepEqual(resource.address, { city: 'Exempleville', province: 'QC' });
    assert.deepEqual(resource.coordinates, { lat: 46.81, lng: -71.21 });
    assert.deepEqual(resource.tags, ['clinique', 'thérapie']);
  });

  test("a file saved as Excel's plain (Windows-1252) CSV keeps its accents, with a note", () => {
    const out = join(scratch(), 'catalogue.json');
    const run = runCli('from-csv', fixture('windows-1252.csv'), '-o', out);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /not saved as UTF-8, so it was read as Windows-1252/);
    assert.deepEqual(readJson(out).resources[0].name, { en: 'Listening Café', fr: 'Café écoute' });
  });

  test('the shipped template converts without a problem', () => {
    const out = join(scratch(), 'catalogue.json');
    assert.equal(runCli('from-csv', join(root, 'data/templates/catalogue-template.csv'), '-o', out).status, 0);
    assert.equal(readJson(out).resources.length, 2);
    const template = readFileSync(join(root, 'data/templates/catalogue-template.csv'), 'utf8');
    for (const number of template.match(/\d{3}-\d{4}\b/g) ?? []) assert.match(number, /^555-01\d\d$/, 'only fictional numbers');
    for (const url of template.match(/https?:\/\/[^/,\s]+/g) ?? []) assert.equal(url, 'https://example.org');
  });
});

describe('when rows have mistakes', () => {
  const bad = [
    /row 3 \(id "bad-category"\), column "category": must be one of peer, family, clinical; got "therapy"/,
    /row 4 \(id "no-name"\), column "name_en": is empty; fill in name_en or name_fr/,
    /row 5 \(id "bad-link"\), column "website": must be a web address starting with https:\/\/ or http:\/\//,
    /row 6 \(id "no-digits"\), column "phone": must contain at least one digit/,
  ];

  test('each bad row is named by its spreadsheet row and column, and nothing is written', () => {
    const out = join(scratch(), 'catalogue.json');
    const run = runCli('from-csv', fixture('bad-rows.csv'), '-o', out);
    assert.equal(run.status, 1);
    for (const pattern of bad) assert.match(run.stderr, pattern);
    assert.match(run.stderr, /nothing was written/);
    assert.ok(!existsSync(out));
    assert.ok(!hasStackTrace(run));
  });

  test('--keep-going writes the good rows and lists the rejected ones', () => {
    const out = join(scratch(), 'catalogue.json');
    const run = runCli('from-csv', fixture('bad-rows.csv'), '-o', out, '--keep-going');
    assert.equal(run.status, 0, run.stderr);
    for (const pattern of bad) assert.match(run.stderr, pattern);
    assert.match(run.stderr, /4 row\(s\) left out, 2 written/);
    assert.deepEqual(
      readJson(out).resources.map((r: { id: string }) => r.id),
      ['good-one', 'good-two'],
    );
  });

  test('an unknown column is reported with the likely intended name', () => {
    const run = runCli('from-csv', fixture('unknown-header.csv'), '-o', join(scratch(), 'out.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /row 1, column "phon": is not a catalogue column, so its values are not read; did you mean "phone"\?/);
  });

  test('an empty file is refused', () => {
    const run = runCli('from-csv', fixture('empty.csv'), '-o', join(scratch(), 'out.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /the file is empty; the first row must name the columns/);
  });

  test('a failed run leaves the output of an earlier run as it was (it may be the file the site serves)', () => {
    const out = join(scratch(), 'catalogue.json');
    writeFileSync(out, '{"version": 1, "resources": []}');
    assert.equal(runCli('from-csv', fixture('bad-rows.csv'), '-o', out).status, 1);
    assert.equal(readFileSync(out, 'utf8'), '{"version": 1, "resources": []}');
  });
});

describe('when a catalogue goes to a spreadsheet', () => {
  test('CSV → JSON → CSV gives the same rows', () => {
    const dir = scratch();
    assert.equal(runCli('from-csv', fixture('excel-export.csv'), '-o', join(dir, 'a.json')).status, 0);
    const run = runCli('to-csv', join(dir, 'a.json'), '-o', join(dir, 'b.csv'));
    assert.equal(run.status, 0, run.stderr);
    const written = readFileSync(join(dir, 'b.csv'), 'utf8');
    assert.ok(written.startsWith('\uFEFFid,category,name_en,name_fr'), 'a byte-order mark for Excel');
    assert.deepEqual(csvToCatalogue(written).catalogue, csvToCatalogue(readFileSync(fixture('excel-export.csv'), 'utf8')).catalogue);
  });

  test('the built-in catalogue converts, and says what a spreadsheet cannot hold', () => {
    const dir = scratch();
    const run = runCli('to-csv', fixture('../good.json'), '-o', join(dir, 'out.csv'));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /not written: title, crisis/);
    assert.equal(runCli('to-csv', 'data/catalogue.json', '-o', join(dir, 'builtin.csv')).status, 0);
  });

  test('an invalid catalogue is refused with its errors and no file', () => {
    const out = join(scratch(), 'out.csv');
    const run = runCli('to-csv', fixture('bad-category.json'), '-o', out);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /bad-category\.json:\d+:\d+ resources\[4\] \(id "youth-drop-in"\): "category" must be one of/);
    assert.ok(!existsSync(out));
  });
});

describe('when a spreadsheet has text in other languages', () => {
  test('name_pa, description_pa, organization_pa and hours_pa columns go to JSON and back unchanged', () => {
    const dir = scratch();
    const source = readJson(fixture('../many-languages.json'));
    const run = runCli('to-csv', fixture('../many-languages.json'), '-o', join(dir, 'a.csv'));
    assert.equal(run.status, 0, run.stderr);
    const header = readFileSync(join(dir, 'a.csv'), 'utf8').split('\r\n')[0]!;
    for (const column of ['name_pa', 'description_pa', 'organization_pa', 'hours_pa', 'name_fr-CA'])
      assert.ok(header.includes(column), column);
    const back = runCli('from-csv', join(dir, 'a.csv'), '-o', join(dir, 'b.json'));
    assert.equal(back.status, 0, back.stderr);
    assert.deepEqual(readJson(join(dir, 'b.json')).resources, source.resources);
  });

  test('a column whose language part is not a language code is named, and nothing is written', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.csv'), 'id,category,name_en,name_Punjabi,description_en\nx,peer,Help,ਮਦਦ,D\n');
    const run = runCli('from-csv', join(dir, 'a.csv'), '-o', join(dir, 'b.json'));
    assert.equal(run.status, 1);
    assert.match(
      run.stderr,
      /row 1, column "name_Punjabi": is not a column name: after "name_" comes a language code such as en, fr, pa or fr-CA/,
    );
    assert.ok(!existsSync(join(dir, 'b.json')));
    assert.ok(!hasStackTrace(run));
  });

  test('an underscore in the language part reads as the hyphen of the code', () => {
    const result = csvToCatalogue('id,category,name_en,name_fr_CA,description_en\nx,peer,Help,Aide,D\n');
    assert.deepEqual(result.catalogue.resources[0]!.name, { en: 'Help', 'fr-CA': 'Aide' });
  });
});
