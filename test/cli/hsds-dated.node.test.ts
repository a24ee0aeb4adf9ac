// `support-finder from-hsds` on services that are closed, dated or odd: only what is current is imported, and every value dropped is listed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hsdsToCatalogue } from '../../src/catalogue/from-hsds.js';
import { runCli, scratch } from './run-cli.js';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('when HSDS services are closed, dated or odd', () => {
  const base = { name: 'Drop-in', description: 'Come by.' };
  const notes = (result: ReturnType<typeof hsdsToCatalogue>) => result.notKept.map((n) => n.message).join('\n');

  test('a schedule that has ended, or not begun, is not imported as current hours, and says so', () => {
    const weekly = { byday: 'MO', opens_at: '09:00', closes_at: '17:00', description: 'Mondays' };
    const today = new Date('2026-06-01T12:00:00Z');
    const ended = hsdsToCatalogue({ ...base, schedules: [{ ...weekly, valid_to: '2025-12-31' }] }, { category: 'peer', today });
    assert.equal(ended.catalogue.resources[0]!.schedule, undefined);
    assert.equal(ended.catalogue.resources[0]!.hours, undefined);
    assert.match(notes(ended), /schedules\[0\] \(ended on 2025-12-31, so not used as current hours\)/);
    const until = hsdsToCatalogue(
      {
        ...base,
        schedules: [
          { ...weekly, until: '2026-05-31' },
          { byday: 'TU', opens_at: '10:00', closes_at: '12:00' },
        ],
      },
      { category: 'peer', today },
    );
    assert.deepEqual(until.catalogue.resources[0]!.schedule, [{ days: ['tue'], opens: '10:00', closes: '12:00' }]);
    const later = hsdsToCatalogue({ ...base, schedules: [{ ...weekly, valid_from: '2026-09-01' }] }, { category: 'peer', today });
    assert.equal(later.catalogue.resources[0]!.schedule, undefined);
    assert.match(notes(later), /starts on 2026-09-01/);
    const current = hsdsToCatalogue({ ...base, schedules: [{ ...weekly, valid_to: '2026-06-01' }] }, { category: 'peer', today });
    assert.deepEqual(current.catalogue.resources[0]!.schedule, [{ days: ['mon'], opens: '09:00', closes: '17:00' }]);
    assert.match(notes(current), /schedules\[0\]\.valid_to/);
  });

  test('a closed service is left out, and the import fails without --keep-going', () => {
    const dir = scratch();
    const file = join(dir, 'hsds.json');
    writeFileSync(
      file,
      JSON.stringify([
        { ...base, status: 'active' },
        { ...base, name: 'Closed for now', status: 'temporarily closed' },
      ]),
    );
    const run = runCli('from-hsds', file, '--category', 'peer', '-o', join(dir, 'out.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /\[1\] "Closed for now" has status "temporarily closed", so it was left out/);
    assert.ok(!existsSync(join(dir, 'out.json')));
    const going = runCli('from-hsds', file, '--category', 'peer', '--keep-going', '-o', join(dir, 'out.json'));
    assert.equal(going.status, 0, going.stderr);
    assert.deepEqual(
      readJson(join(dir, 'out.json')).resources.map((r: { name: string }) => r.name),
      ['Drop-in'],
    );
  });

  test('an extension written as a string of digits is kept; one that is not digits is listed', () => {
    const result = hsdsToCatalogue(
      {
        ...base,
        phones: [
          { number: '519-555-0100', extension: '100' },
          { number: '519-555-0101', type: 'text', extension: 'front desk' },
        ],
      },
      { category: 'peer' },
    );
    assert.equal(result.catalogue.resources[0]!.phone, '519-555-0100 x100');
    assert.equal(result.catalogue.resources[0]!.text, '519-555-0101');
    assert.match(notes(result), /phones\[1\]\.extension \("front desk" is not digits\)/);
  });

  test('every value dropped is listed: unknown field attributes, a plain name beside the language ones, another country', () => {
    const field = (code: string, value: string) => ({ taxonomy_term: { taxonomy: 'support-finder-field', code }, value });
    const result = hsdsToCatalogue(
      {
        ...base,
        attributes: [
          field('name_en', 'Drop-in centre'),
          field('name_fr', 'Halte-accueil'),
          field('notes', 'x'),
          field('source', 'a'),
          field('source', 'b'),
        ],
        service_at_locations: [{ location: { addresses: [{ address_1: '1 Main St', city: 'Buffalo', country: 'US' }] } }],
      },
      { category: 'peer' },
    );
    const said = notes(result);
    assert.match(said, /attributes \(support-finder-field "notes"\)/);
    assert.match(said, /support-finder-field "source" given 2 times; the first was kept/);
    assert.match(said, /(^|, |: )name(,|$)/m);
    assert.match(said, /addresses\[0\]\.country \("US"\)/);
  });
});
