// `support-finder to-hsds` and `from-hsds`: exports valid against the HSDS 3.0 schema, and round trips that keep every field.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { CatalogueSchema as ResourceListSchema } from '../../src/catalogue/schema.js';
import { catalogueToHsds } from '../../src/catalogue/to-hsds.js';
import { hsdsToCatalogue } from '../../src/catalogue/from-hsds.js';
import { fixture, hasStackTrace, root, runCli, scratch } from './run-cli.js';

const hsdsDir = join(root, 'test/fixtures/hsds-3.0');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

interface Service {
  attributes: { taxonomy_term: { taxonomy: string; code: string } }[];
  phones: { type: string; number: string; extension?: number }[];
  languages: { code: string }[];
}

/** A validator for one HSDS service, with every schema file loaded under its name so `$ref`s resolve. */
function serviceValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(join(hsdsDir, 'schema'))) {
    if (name !== 'openapi.json') ajv.addSchema(readJson(join(hsdsDir, 'schema', name)), name);
  }
  return ajv.getSchema('service.json')!;
}

describe('when a catalogue is exported to HSDS', () => {
  const dir = scratch();
  const out = join(dir, 'hsds.json');
  const run = runCli('to-hsds', fixture('hsds-roundtrip.json'), '-o', out);

  test('every service is valid against the HSDS 3.0 service schema', () => {
    assert.equal(run.status, 0, run.stderr);
    const validate = serviceValidator();
    assert.ok(!validate({ id: 'not-a-uuid', status: 'active', phones: [{ number: 5 }] }), 'the validator checks');
    const { contents, total_items } = readJson(out);
    assert.equal(total_items, 4);
    for (const service of contents) assert.ok(validate(service), JSON.stringify(validate.errors, null, 2));
  });

  test('the built-in catalogue exports valid services too', () => {
    const builtin = join(dir, 'builtin-hsds.json');
    assert.equal(runCli('to-hsds', 'data/catalogue.json', '-o', builtin).status, 0);
    const validate = serviceValidator();
    for (const service of readJson(builtin).contents) assert.ok(validate(service), JSON.stringify(validate.errors));
  });

  test('ids are UUIDs derived from the resource id, the same on every export', () => {
    const again = join(dir, 'again.json');
    runCli('to-hsds', fixture('hsds-roundtrip.json'), '-o', again);
    assert.deepEqual(readJson(again), readJson(out));
    const [service] = readJson(out).contents;
    assert.match(service.id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('category, phones, languages, hours and the verified date land in HSDS fields', () => {
    const [service] = readJson(out).contents;
    const { attributes, phones, languages } = service as Service;
    const category = attributes.find((a) => a.taxonomy_term.taxonomy === 'support-finder-category');
    assert.equal(category?.taxonomy_term.code, 'clinical');
    assert.deepEqual(
      phones.map((p) => [p.type, p.number, p.extension]),
      [
        ['voice', '519-555-0150', 204],
        ['text', '555-0151', undefined],
      ],
    );
    assert.deepEqual(
      languages.map((l) => l.code),
      ['en', 'fr', 'ar'],
    );
    assert.equal(service.schedules[0].description, 'Mon–Fri 9:00–17:00');
    assert.deepEqual(
      service.schedules.map((s: Record<string, string>) => [s.freq, s.byday, s.opens_at, s.closes_at]),
      [
        ['WEEKLY', 'MO,TU,WE,TH,FR', '09:00', '17:00'],
        ['WEEKLY', 'FR,SA', '18:00', '02:00'],
      ],
    );
    assert.equal(service.assured_date, '2026-05-01');
    assert.equal(service.organization.name, 'Example Health');
    assert.equal(service.service_at_locations[0].location.addresses[0].state_province, 'ON');
    assert.deepEqual(
      service.service_areas.map((a: Record<string, string>) => [a.name, a.extent, a.extent_type]),
      [
        ['Example County', undefined, undefined],
        ['Ontario', 'CA-ON', 'text'],
        ['Quebec', 'CA-QC', 'text'],
      ],
    );
  });

  test('JSON → HSDS → JSON gives back every resource and field', () => {
    const back = join(dir, 'back.json');
    const result = runCli('from-hsds', out, '-o', back);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readJson(back), readJson(fixture('hsds-roundtrip.json')));
  });
});

describe('when a catalogue with text in other languages is exported to HSDS', () => {
  const dir = scratch();
  const out = join(dir, 'hsds.json');
  const run = runCli('to-hsds', fixture('../many-languages.json'), '-o', out);

  test('English goes in the HSDS fields and every language in an attribute, in valid services', () => {
    assert.equal(run.status, 0, run.stderr);
    const validate = serviceValidator();
    const [service] = readJson(out).contents;
    for (const each of readJson(out).contents) assert.ok(validate(each), JSON.stringify(validate.errors));
    assert.equal(service.name, 'Family circle');
    const fields = (service as { attributes: { taxonomy_term: { code: string }; value?: string }[] }).attributes.map((a) => [
      a.taxonomy_term.code,
      a.value,
    ]);
    assert.deepEqual(
      fields.filter(([code]) => code!.startsWith('name_')),
      [
        ['name_en', 'Family circle'],
        ['name_fr', 'Cercle des familles'],
        ['name_pa', 'ਪਰਿਵਾਰਕ ਸਰਕਲ'],
      ],
    );
  });

  test('HSDS → JSON gives back every language of every entry', () => {
    const back = join(dir, 'back.json');
    const result = runCli('from-hsds', out, '-o', back);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(readJson(back).resources, readJson(fixture('../many-languages.json')).resources);
  });
});

describe('when HSDS from another system is imported', () => {
  const example = join(hsdsDir, 'examples/service_full.json');

  test("the specification's full example becomes a resource, and what cannot be held is listed", () => {
    const out = join(scratch(), 'catalogue.json');
    const run = runCli('from-hsds', example, '-o', out, '--category', 'clinical', '--today', '2005-01-01');
    assert.equal(run.status, 0, run.stderr);
    const [resource] = readJson(out).resources;
    assert.equal(resource.id, 'community-counselling');
    assert.equal(resource.name, 'Community Counselling');
    assert.equal(resource.category, 'clinical');
    assert.equal(resource.lastVerified, '2005-01-01');
    assert.deepEqual(resource.languages, ['ur']);
    assert.equal(resource.address.city, 'MyCity');
    assert.match(run.stderr, /has fields the catalogue cannot hold: alternate_name, .*fees_description/);
    assert.match(run.stderr, /"address\.province" must be a two-letter province code such as ON; got "MyState", so it was left out/);
    assert.match(run.stderr, /"coordinates\.lat" must be at most 90; got 100/);
    // Its schedule repeats on days of the month and weeks of the year: not weekly opening times.
    assert.match(run.stderr, /schedules\[0\] \(not weekly opening times/);
    assert.equal(resource.schedule, undefined);
    assert.equal(runCli('validate', '--errors-only', out).status, 0);
  });

  test('a service with no category is refused unless --category is given', () => {
    const out = join(scratch(), 'catalogue.json');
    const run = runCli('from-hsds', example, '-o', out);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /"Community Counselling" has no support-finder-category attribute; give one, or pass --category/);
    assert.ok(!existsSync(out));
    assert.ok(!hasStackTrace(run));
  });

  test('weekly opening times are read, with a UTC offset noted and dropped', () => {
    const service = {
      name: 'Drop-in',
      description: 'Come by.',
      schedules: [
        {
          id: 's1',
          description: 'Weekdays and Saturday mornings',
          freq: 'WEEKLY',
          byday: 'MO,TU,WE,TH,FR',
          opens_at: '09:00:00',
          closes_at: '17:00:00',
        },
        { id: 's2', byday: 'SA', opens_at: '10:00-05:00', closes_at: '12:00-05:00' },
      ],
    };
    const result = hsdsToCatalogue(service, { category: 'peer' });
    assert.deepEqual(result.rejected, []);
    const [resource] = result.catalogue.resources;
    assert.equal(resource!.hours, 'Weekdays and Saturday mornings');
    assert.deepEqual(resource!.schedule, [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' },
      { days: ['sat'], opens: '10:00', closes: '12:00' },
    ]);
    assert.match(result.notKept.map((n) => n.message).join('\n'), /schedules\[1\] UTC offset/);
  });

  test('service areas named as provinces become areas, the first other one the local area, the rest are listed', () => {
    const service = {
      name: 'Helpline',
      description: 'Call us.',
      service_areas: [
        { id: 'a1', name: 'Greater Sudbury' },
        { id: 'a2', name: 'Ontario' },
        { id: 'a3', name: 'Québec' },
        { id: 'a4', name: 'Nipissing' },
      ],
    };
    const result = hsdsToCatalogue(service, { category: 'peer' });
    const [resource] = result.catalogue.resources;
    assert.deepEqual(resource!.areas, ['ON', 'QC']);
    assert.equal(resource!.region, 'Greater Sudbury');
    assert.match(result.notKept.map((n) => n.message).join('\n'), /service_areas\[3\]/);
  });

  test("a page of services (the API's list answer) is read", () => {
    const out = join(scratch(), 'catalogue.json');
    assert.equal(runCli('from-hsds', join(hsdsDir, 'examples/service_list.json'), '-o', out, '--category', 'peer').status, 0);
    assert.equal(readJson(out).resources.length, 1);
  });

  test('a file that is not HSDS, or not JSON, is refused', () => {
    const notHsds = runCli('from-hsds', fixture('empty.csv'), '-o', join(scratch(), 'x.json'));
    assert.equal(notHsds.status, 1);
    assert.match(notHsds.stderr, /is not HSDS services/);
    const broken = runCli('from-hsds', fixture('syntax-error.json'), '-o', join(scratch(), 'x.json'));
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /syntax-error\.json:4:22 JSON syntax/);
    assert.equal(runCli('from-hsds', example, '-o', join(scratch(), 'x.json'), '--category', 'therapy').status, 2);
  });
});

describe('when any resource goes through HSDS', () => {
  const words = fc
    .string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '\n', 'Z', '9', '«'), minLength: 1, maxLength: 10 })
    .map((s) => s.trim())
    .filter(Boolean);
  const text = fc.oneof(
    words,
    fc.record({ en: words, fr: words }, { requiredKeys: ['en'], noNullPrototype: true }),
    fc.record({ en: words, fr: words }, { requiredKeys: ['fr'], noNullPrototype: true }),
  );
  // JSON has no -0, so neither has a catalogue file.
  const degrees = (max: number) => fc.double({ min: -max, max, noNaN: true }).map((v) => v + 0);
  const pick = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 });
  const time = fc
    .integer({ min: 0, max: 1440 })
    .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  const opening = fc
    .record(
      { days: pick(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), opens: time.filter((t) => t !== '24:00'), closes: time },
      { noNullPrototype: true },
    )
    .filter((o) => o.opens !== o.closes);
  const resource = fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/),
      category: fc.constantFrom('peer', 'family', 'clinical'),
      name: text,
      description: text,
      organization: text,
      phone: fc.constantFrom('519-555-0140', '1-800-555-0141 x7', '211', '555-0142 ext. 3'),
      text: fc.constantFrom('555-0143', '686868'),
      email: fc.constant('someone@example.org'),
      website: fc.constantFrom('https://example.org/a', 'http://example.org/b?c=d'),
      // An empty address says nothing, and HSDS has no way to say it: it is not written.
      address: fc
        .record(
          { street: words, city: words, province: fc.constantFrom('ON', 'QC'), postalCode: words },
          { requiredKeys: [], noNullPrototype: true },
        )
        .filter((a) => Object.keys(a).length > 0),
      areas: pick(['CA', 'ON', 'QC', 'NU']),
      // A local area named like a province stays a local area: exported areas carry their code.
      region: fc.oneof(words, fc.constantFrom('Ontario', 'Canada', 'Québec')),
      coordinates: fc.record({ lat: degrees(90), lng: degrees(180) }, { noNullPrototype: true }),
      audiences: pick(['adults', 'youth', 'families', 'veterans']),
      languages: pick(['en', 'fr', 'ar', 'cr']),
      delivery: pick(['in-person', 'phone', 'virtual', 'text']),
      cost: fc.constantFrom('free', 'low-cost', 'fee'),
      referral: fc.constantFrom('self', 'professional'),
      hours: text,
      // Every day 00:00-24:00 as one opening is the same as "24/7", and comes back as "24/7".
      schedule: fc.oneof(
        fc.constant('24/7'),
        fc.array(opening, { minLength: 1, maxLength: 3 }).filter((s) => s[0]!.days.length < 7 || s.length > 1),
      ),
      timeZone: fc.constantFrom('America/Vancouver', 'America/Halifax'),
      tags: fc.array(words, { minLength: 1, maxLength: 3 }),
      lastVerified: fc.constantFrom('2025-02-28', '2026-11-23'),
      source: fc.constant('https://example.org/source'),
    },
    { requiredKeys: ['id', 'category', 'name', 'description'], noNullPrototype: true },
  );

  test('every field comes back exactly', () => {
    fc.assert(
      fc.property(fc.uniqueArray(resource, { selector: (r) => r.id, maxLength: 4 }), (resources) => {
        const catalogue = ResourceListSchema.parse({ version: 1, resources });
        const back = hsdsToCatalogue(JSON.parse(JSON.stringify(catalogueToHsds(catalogue).hsds)));
        assert.deepEqual(back.rejected, []);
        assert.deepEqual(back.catalogue, catalogue);
      }),
      { numRuns: Number(process.env.SF_PROPERTY_RUNS) || 100 },
    );
  });
});
