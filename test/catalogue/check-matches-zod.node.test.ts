// The finder's small checks (browser-checks.ts) must accept, clean and reject every
// catalogue exactly as the zod schema does: same data, same problems, same words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { browserChecks, parseCatalogue } from '../../src/catalogue/parse.js';
import { zodChecks } from '../../src/catalogue/zod-checks.js';
import { CatalogueSchema, CrisisLineSchema, ResourceSchema } from '../../src/catalogue/schema.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const files = [
  'data/catalogue.json',
  'data/examples/branch-catalogue.json',
  'data/examples/quebec-catalogue.json',
  'data/examples/pei-catalogue.json',
].map(read);
const resources: Record<string, unknown>[] = files.flatMap((f) => f.resources);
const lines: Record<string, unknown>[] = files.flatMap((f) => f.crisis?.lines ?? []);

/** Every value any field of a real file holds, so valid values of every kind come up. */
const realValues = [...resources, ...lines, ...files].flatMap((o) => Object.values(o as object));

const awkward: unknown[] = [
  '',
  ' ',
  '  padded  ',
  'x',
  5,
  0,
  -1,
  1.5,
  91,
  -181,
  180,
  true,
  null,
  [],
  {},
  [''],
  ['en', 'FR', 'fra'],
  'https://example.org',
  ' https://example.org/ ',
  'HTTPS://EXAMPLE.ORG',
  'http:example.org',
  'https:/x',
  'https://',
  'ftp://example.org',
  'javascript:alert(1)',
  'https://exa\nmple.org',
  'https://exa\tmple.org',
  'mailto:a@b.ca',
  'example.org',
  'a@b.ca',
  'a.b@c-d.example.ca',
  'a@b',
  '@b.ca',
  'a@@b.ca',
  ' a@b.ca',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-1-01',
  '24/7',
  '988',
  '1-800-555-0199',
  'x123',
  'no digits',
  '1-866-APPELLE',
  '1-866-363-MOOD (6663)',
  '+1 (866) 277-3553',
  '1-800-555-0160 ext. 9',
  '519-555-0150 poste 204',
  '519-766-4450, press 2',
  '811 (or 1-844-259-1793)',
  '519 555 0100 519 555 0101',
  '٥١٩-٥٥٥-٠١٠٠',
  '５１９－５５５－０１００',
  '\u202e0010-555-915',
  '1\u200b800',
  'Line\u202e',
  ' \u2067padded\u2069 ',
  { en: 'Help\u200fline' },
  'ON',
  'on',
  'ONT',
  'peer',
  'family',
  'clinical',
  'Peer',
  'youth',
  'free',
  'self',
  'in-person',
  'phone',
  'good-id',
  'Bad id',
  '-dash',
  '9lives',
  { en: 'Hello' },
  { fr: 'Bonjour' },
  { en: '' },
  { en: '  ' },
  { en: ' padded ' },
  { en: 5 },
  { en: 'a', de: 'b' },
  { de: 'b' },
  { en: 'Help', pa: 'ਮਦਦ', 'fr-CA': 'Aide', 'zh-Hant-TW': '幫助', 'es-419': 'Ayuda', 'sr-Latn': 'Pomoć' },
  { Punjabi: 'ਮਦਦ' },
  { en_CA: 'Help', 'fr-': 'Aide' },
  { en: ' ', 'x-private': 'y', 'de-CH-1901': 'z', 'en-US-u-ca-gregory': 'w' },
  JSON.parse('{"__proto__": "x"}'),
  JSON.parse('{"__proto__": "", "en": "x"}'),
  { lat: 43.5, lng: -80.2 },
  { lat: 91, lng: 0 },
  { lat: '43', lng: -80 },
  { lat: 1 },
  { street: '1 Main St', city: 'Guelph', province: 'ON', postalCode: 'N1H 1A1' },
  { province: 'Ontario' },
  { city: 5 },
  ['youth', 'adults'],
  ['youth', 'nobody'],
  ['phone', 'fax'],
  ['a', 5],
  'America/Halifax',
  'America/St_Johns',
  'UTC',
  'Eastern',
  'America/Nowhere',
  ['CA'],
  ['ON', 'QC'],
  ['on'],
  ['ZZ'],
  ['CA', 5],
  ['CAN'],
  ['ON', 'nobody'],
  ['youth', 5],
];

/** Schedules: "24/7", or lists of openings with awkward days and times. */
const day = fc.constantFrom('mon', 'tue', 'sun', 'Mon', 'monday', 5, null);
const time = fc.constantFrom('09:00', '17:00', '00:00', '24:00', '23:59', '9:00', '24:01', '25:00', 900, '');
const opening = fc.oneof(
  fc.record({ days: fc.array(day, { maxLength: 3 }), opens: time, closes: time, note: fc.constantFrom('x', 5) }, { requiredKeys: [] }),
  fc.constantFrom({ days: ['mon'], opens: '09:00', closes: '17:00' }, { days: ['fri', 'sat'], opens: '18:00', closes: '02:00' }),
);
const schedule = fc.oneof(fc.constant('24/7'), fc.array(opening, { maxLength: 3 }), fc.constantFrom('24/7 ', 'Mon-Fri 09:00-17:00', 7, {}));

const strings = fc.constantFrom(...awkward.filter((v) => typeof v === 'string'));
const numbers = fc.oneof(
  fc.constantFrom(-180.5, -180, -90.01, -90, 0, 90, 90.01, 180, 180.01),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const leaf = fc.oneof(strings, numbers, fc.constantFrom(null, true, [], {}));
/** Objects and lists shaped like the format's own, with awkward parts. */
const shaped = fc.oneof(
  fc.record({ en: leaf, fr: leaf, de: leaf }, { requiredKeys: [] }),
  fc.dictionary(fc.constantFrom('pa', 'fr-CA', 'Punjabi', 'zh_Hant', 'EN', 'i-klingon', ''), leaf, { maxKeys: 3 }),
  fc.record({ lat: fc.oneof(numbers, leaf), lng: fc.oneof(numbers, leaf) }, { requiredKeys: [] }),
  fc.record({ street: leaf, city: leaf, province: leaf, postalCode: leaf, floor: leaf }, { requiredKeys: [] }),
  fc.array(leaf, { maxLength: 3 }),
);
const value = fc.oneof(
  { arbitrary: fc.constantFrom(...awkward), weight: 3 },
  { arbitrary: schedule, weight: 2 },
  { arbitrary: shaped, weight: 3 },
  { arbitrary: fc.constantFrom(...realValues), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
);

function mutated(base: fc.Arbitrary<Record<string, unknown>>, keys: string[]) {
  return fc
    .tuple(base, fc.array(fc.tuple(fc.constantFrom(...keys, 'unknownField'), fc.option(value, { nil: undefined })), { maxLength: 4 }))
    .map(([entry, changes]) => {
      const copy: Record<string, unknown> = { ...entry };
      for (const [key, v] of changes) {
        if (v === undefined) delete copy[key];
        else copy[key] = v;
      }
      return copy;
    });
}

const resource = mutated(fc.constantFrom(...resources), Object.keys(ResourceSchema.shape));
const line = mutated(fc.constantFrom(...lines), Object.keys(CrisisLineSchema.def.shape));
const top = mutated(
  fc.record({
    version: fc.constant(1),
    resources: fc.array(fc.oneof(resource, value), { maxLength: 4 }),
    crisis: fc.oneof(fc.record({ lines: fc.array(fc.oneof(line, value), { maxLength: 3 }) }), value),
    synonyms: fc.oneof(fc.array(fc.array(fc.oneof(fc.string(), value), { maxLength: 3 }), { maxLength: 3 }), value),
    translations: fc.oneof(fc.dictionary(fc.constantFrom('pa', 'fr-CA', ''), fc.oneof(fc.dictionary(fc.string(), value), value)), value),
  }),
  Object.keys(CatalogueSchema.shape),
);

const same = (input: unknown) => assert.deepStrictEqual(parseCatalogue(input, browserChecks), parseCatalogue(input, zodChecks));

test('the shipped catalogues read the same with both checks', () => {
  for (const file of files) same(file);
});

test('a "__proto__" key among translations or inside one is skipped alike (a case the generator found)', () => {
  same(JSON.parse('{"version":1,"resources":[],"crisis":[],"synonyms":"","translations":{"__proto__":"","en":"x"}}'));
  same(JSON.parse('{"version":1,"resources":[],"translations":{"__proto__":{},"pa":{"__proto__":"x","heading":"y"}}}'));
});

test('both checks accept, clean and reject generated resources alike', () => {
  fc.assert(
    fc.property(resource, (r) => same({ version: 1, resources: [r] })),
    { numRuns: 3000 },
  );
});

test('both checks accept, clean and reject generated crisis lines alike', () => {
  fc.assert(
    fc.property(line, (l) => same({ version: 1, resources: [], crisis: { lines: [l] } })),
    { numRuns: 1500 },
  );
});

test('both checks read generated whole files alike', () => {
  fc.assert(fc.property(fc.oneof(top, value), same), { numRuns: 1500 });
});

test('both checks read generated schedules and time zones alike', () => {
  const zone = fc.constantFrom('America/Vancouver', 'Eastern', 5, undefined);
  const entry = fc.tuple(fc.constantFrom(...resources), schedule, zone).map(([r, s, timeZone]) => ({ ...r, schedule: s, timeZone }));
  fc.assert(
    fc.property(entry, (r) => same({ version: 1, resources: [r] })),
    { numRuns: 2000 },
  );
});
