// The built-in catalogue travels in the script field by field (the build's
// slim-catalogue plugin writes it, src/catalogue/compact.ts reads it back):
// what the finder reads back must be data/catalogue.json, maintainer-only fields aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { slimCatalogue } from '../../scripts/slim-catalogue-plugin.mjs';
import { expandCatalogue } from '../../src/catalogue/compact.js';

const file = new URL('../../data/catalogue.json', import.meta.url);
const source = readFileSync(file, 'utf8');

/** What the build puts in the script for `code` as data/catalogue.json. */
async function embed(code: string) {
  return JSON.parse((await slimCatalogue().transform(code, file.pathname))!.code);
}

test('the finder reads back every displayed and searched field of every entry and crisis line, exactly', async () => {
  const { $schema, updated, ...expected } = JSON.parse(source);
  expected.resources = expected.resources.map(({ source: _s, lastVerified: _l, ...kept }: Record<string, unknown>) => kept);
  const embedded = await embed(source);
  assert.ok(!Array.isArray(embedded.resources), 'the resources are not stored field by field');
  assert.ok(!Array.isArray(embedded.crisis.lines), 'the crisis lines are not stored field by field');
  assert.deepEqual(expandCatalogue(embedded), expected);
});

test('a catalogue already in the file’s own form is read as it is', () => {
  const catalogue = JSON.parse(source);
  assert.deepEqual(expandCatalogue(catalogue), catalogue);
});

test('a text holding the column separator keeps the catalogue in its own form', async () => {
  const catalogue = JSON.parse(source);
  catalogue.resources[0].description = { en: 'Peer | family support' };
  const embedded = await embed(JSON.stringify(catalogue));
  assert.ok(Array.isArray(embedded.resources));
  assert.deepEqual(expandCatalogue(embedded).resources[0]!.description, { en: 'Peer | family support' });
});
