// The spreadsheet reader and writer shared by the CLI and the builder page (src/catalogue/csv.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvToCatalogue, catalogueToCsv, formatCsvProblem } from '../../src/catalogue/csv.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import fc from 'fast-check';

const builtin: Catalogue = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'));

describe('when a catalogue goes to a spreadsheet and back', () => {
  test('every resource of the built-in catalogue comes back unchanged', () => {
    const back = csvToCatalogue(catalogueToCsv(builtin, { bom: true }));
    assert.deepEqual(back.rejected.map(formatCsvProblem), []);
    assert.deepEqual(back.catalogue.resources, builtin.resources);
  });

  test('a one-language plain-text name is written in the English column', () => {
    const csv = catalogueToCsv({ version: 1, resources: [{ id: 'a', category: 'peer', name: 'Plain', description: 'D' }] });
    assert.deepEqual(csvToCatalogue(csv).catalogue.resources[0]!.name, { en: 'Plain' });
  });
});

describe('when a spreadsheet export is read', () => {
  test('a semicolon file with a byte-order mark, CRLF, quoted delimiters and line breaks is read', () => {
    const csv = '\uFEFFid;category;name_en;description_en;lat;lng\r\nx;Peer;"A; b";"line one\r\nline two, more";43,5;-80,1\r\n\r\n';
    const result = csvToCatalogue(csv);
    assert.equal(result.delimiter, ';');
    assert.deepEqual(result.catalogue.resources, [
      {
        id: 'x',
        category: 'peer',
        name: { en: 'A; b' },
        description: { en: 'line one\nline two, more' },
        coordinates: { lat: 43.5, lng: -80.1 },
      },
    ]);
  });

  test('bad rows are named by spreadsheet row and column, and good rows are kept', () => {
    const csv = 'id,category,name_en,description_en,lat,notes\nok,peer,A,B,,x\ny,therapy,B,,abc,\nok,family,C,D,,\n';
    const result = csvToCatalogue(csv);
    assert.equal(result.accepted, 1);
    assert.deepEqual(result.unknownColumns, ['notes']);
    assert.deepEqual(result.rejected.map(formatCsvProblem), [
      'row 3 (id "y"), column "category": must be one of peer, family, clinical; got "therapy"',
      'row 3 (id "y"), column "description_en": is empty; fill in description_en or description_fr (or both)',
      'row 3 (id "y"), column "lat": must be a number such as 43.55; got "abc"',
      'row 4 (id "ok"), column "id": repeats the id of row 2; every id must be unique',
    ]);
  });

  test('the schedule column is read as one line of days and times, in English or French, with the time zone', () => {
    const csv =
      'id,category,name_en,description_en,schedule,timeZone\na,peer,A,B,Mon-Fri 09:00-17:00; Sat 10:00-14:00,America/Vancouver\nb,peer,B,C,lun-ven 9 h-17 h,\nc,peer,C,D,24/7,\n';
    const { catalogue, rejected } = csvToCatalogue(csv);
    assert.deepEqual(rejected, []);
    assert.deepEqual(
      catalogue.resources.map((r) => [r.schedule, r.timeZone]),
      [
        [
          [
            { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' },
            { days: ['sat'], opens: '10:00', closes: '14:00' },
          ],
          'America/Vancouver',
        ],
        [[{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }], undefined],
        ['24/7', undefined],
      ],
    );
  });

  test('the areas column is CA or province and territory codes separated by ";", in any case', () => {
    const csv =
      'id,category,name_en,description_en,areas,region\na,peer,A,B,CA,\nb,peer,B,C,on; qc,Ottawa\nc,peer,C,D,Ontario,\nd,peer,D,E,,\n';
    const { catalogue, rejected } = csvToCatalogue(csv);
    assert.deepEqual(
      catalogue.resources.map((r) => [r.id, r.areas, r.region]),
      [
        ['a', ['CA'], undefined],
        ['b', ['ON', 'QC'], 'Ottawa'],
        ['d', undefined, undefined],
      ],
    );
    assert.deepEqual(rejected.map(formatCsvProblem), [
      'row 4 (id "c"), column "areas": must be one of CA, AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT; got "ONTARIO"',
    ]);
    assert.match(catalogueToCsv(catalogue).split('\r\n')[2]!, /,ON; QC,Ottawa,/);
  });

  test('a schedule or time zone that cannot be read is named by row and column', () => {
    const csv = 'id,category,name_en,description_en,schedule,timeZone\na,peer,A,B,Mon-Fri 9-5,\nb,peer,B,C,Mon-Fri 09:00-17:00,Pacific\n';
    assert.deepEqual(csvToCatalogue(csv).rejected.map(formatCsvProblem), [
      'row 2 (id "a"), column "schedule": "9-5" is not an opening time; write it as 09:00-17:00 (24-hour clock, up to 24:00), for example "Mon-Fri 09:00-17:00; Sat 10:00-14:00", or "24/7"',
      'row 3 (id "b"), column "timeZone": must be a time zone name such as America/Toronto, America/Vancouver or America/Halifax; got "Pacific"',
    ]);
  });

  test('an empty file, a missing column and an unclosed quote make the whole file unusable', () => {
    assert.equal(csvToCatalogue('').fileErrors.length, 1);
    assert.match(formatCsvProblem(csvToCatalogue('id,category,name_en\n').fileErrors[0]!), /^row 1: .*description_en/);
    assert.match(
      formatCsvProblem(csvToCatalogue('id,category,name_en,description_en\n"a,peer,x,y\n').fileErrors[0]!),
      /^row 2: .*quoted cell/,
    );
  });
});

describe('when any text goes through a spreadsheet', () => {
  // Cells are trimmed and line ends become \n, as spreadsheets make them; lists are split on ";".
  const cell = fc
    .string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', "'", '=', 'Z', '9', '\t', '«'), minLength: 1, maxLength: 12 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const time = (max: number) =>
    fc.integer({ min: 0, max }).map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  // Any days in any order, and any times, past midnight included.
  const opening = fc
    .record(
      {
        days: fc.uniqueArray(fc.constantFrom('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'), { minLength: 1 }),
        opens: time(1439),
        closes: time(1440),
      },
      { noNullPrototype: true },
    )
    .filter((o) => o.opens !== o.closes);
  const resource = fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/),
      category: fc.constantFrom('peer', 'family', 'clinical'),
      name: fc.record({ en: cell, fr: cell }, { requiredKeys: ['en'], noNullPrototype: true }),
      description: fc.record({ en: cell, fr: cell }, { requiredKeys: ['fr'], noNullPrototype: true }),
      areas: fc.uniqueArray(fc.constantFrom('CA', 'ON', 'QC', 'YT'), { minLength: 1, maxLength: 3 }),
      region: cell,
      tags: fc.array(
        cell
          .filter((s) => !s.includes(';'))
          .map((s) => s.trim())
          .filter(Boolean),
        { minLength: 1, maxLength: 3 },
      ),
      schedule: fc.oneof(fc.constant('24/7' as const), fc.array(opening, { minLength: 1, maxLength: 3 })),
      timeZone: fc.constantFrom('America/Vancouver', 'America/St_Johns', 'America/Halifax'),
    },
    { requiredKeys: ['id', 'category', 'name', 'description'], noNullPrototype: true },
  );

  test('every value comes back exactly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(resource, { selector: (r) => r.id, maxLength: 5 }), (resources) => {
        const catalogue = { version: 1 as const, resources };
        const back = csvToCatalogue(catalogueToCsv(catalogue));
        assert.deepEqual(back.rejected, []);
        assert.deepEqual(back.catalogue, catalogue);
      }),
      { numRuns: Number(process.env.SF_PROPERTY_RUNS) || 100 },
    );
  });
});
