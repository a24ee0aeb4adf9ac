// One telephone number per field, refused alike by every way into a catalogue:
// a JSON file (validate), a spreadsheet (from-csv) and another system's HSDS (from-hsds).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace, runCli, scratch } from './run-cli.js';

const dir = scratch();
const entry = (id: string, fields: Record<string, unknown>) => ({
  id,
  category: 'peer',
  name: id,
  description: 'A test entry.',
  ...fields,
});

describe('a phone field that holds more than one number', () => {
  test('validate names the entry and field, and says where the rest goes', () => {
    const file = join(dir, 'phones.json');
    const resources = [
      entry('press-two', { phone: '519-766-4450, press 2' }),
      entry('two-numbers', { phone: '604-255-7999 or Toll-Free 855-255-7999' }),
      entry('override', { text: '\u202e0010-555-915' }),
      entry('vanity', { phone: '1-866-APPELLE' }),
      entry('full-width', { phone: '５１９－５５５－０１００ poste 12' }),
    ];
    writeFileSync(file, JSON.stringify({ version: 1, crisis: { lines: [{ name: 'Line\u202e', phone: '988' }] }, resources }));
    const run = runCli('validate', file);
    assert.equal(run.status, 1);
    const out = run.stdout + run.stderr;
    assert.match(
      out,
      /resources\[0\] \(id "press-two"\): "phone" must be one phone number.*put "press 2" and the like in "hours" or the description/,
    );
    assert.match(out, /resources\[1\] \(id "two-numbers"\): "phone" holds two numbers; put the second in "hours" or the description/);
    assert.match(out, /resources\[2\] \(id "override"\): "text" holds an invisible control character/);
    assert.match(out, /crisis\.lines\[0\]: "name" holds an invisible text-direction control character/);
    assert.match(out, /got "\\u202e0010-555-915"/, 'the override is written out, not obeyed');
    assert.doesNotMatch(out, /id "(vanity|full-width)"\): "(phone|text)"/);
    assert.ok(!hasStackTrace(run));
  });

  test('from-csv names the row and column', () => {
    const csv = join(dir, 'phones.csv');
    writeFileSync(
      csv,
      'id,category,name_en,description_en,phone\nfine,peer,Fine,Fine.,+1 519 555 0130\nmenu,peer,Menu,A menu.,"519-766-4450, press 2"\n',
    );
    const run = runCli('from-csv', csv, '-o', join(dir, 'from-csv.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /row 3 \(id "menu"\), column "phone": must be one phone number.*in "hours" or the description/);
    assert.doesNotMatch(run.stderr, /id "fine"/);
  });

  test('from-hsds leaves out a number it cannot dial, and says so', () => {
    const hsds = join(dir, 'hsds.json');
    const service = {
      id: '0b6a7a42-7a0c-4e0e-8e3b-1a9f3c1d2e01',
      name: 'Two Numbers Line',
      description: 'A service whose phone holds two numbers.',
      status: 'active',
      phones: [{ id: '0b6a7a42-7a0c-4e0e-8e3b-1a9f3c1d2e02', number: '811 (or 1-844-259-1793)', type: 'voice' }],
    };
    writeFileSync(hsds, JSON.stringify([service]));
    const out = join(dir, 'from-hsds.json');
    const run = runCli('from-hsds', hsds, '-o', out, '--category', 'peer');
    assert.match(run.stderr, /"phone" holds two numbers; put the second in "hours" or the description/);
    if (run.status === 0) assert.equal(JSON.parse(readFileSync(out, 'utf8')).resources[0]?.phone, undefined);
  });
});
