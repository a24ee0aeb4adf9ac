// The built-in French table travels in the script as its values only, in the
// order of English's keys (the build's slim-table plugin writes it,
// src/i18n/translations.ts reads it back): what the finder reads back must be fr.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { slimTable } from '../../scripts/slim-table-plugin.mjs';
import { expandTable } from '../../src/i18n/translations.js';

const file = new URL('../../src/i18n/tables/fr.json', import.meta.url);
const source = readFileSync(file, 'utf8');
const english = JSON.parse(readFileSync(new URL('../../src/i18n/tables/en.json', import.meta.url), 'utf8'));

/** What the build puts in the script for `code` as fr.json. */
async function embed(code: string): Promise<unknown> {
  const result = await slimTable().transform(code, file.pathname);
  return JSON.parse(result ? result.code : code);
}

test('the finder reads back every key of the French table, its text and plural forms, in the same order', async () => {
  const embedded = await embed(source);
  assert.ok(Array.isArray(embedded), 'the French table is not stored as its values');
  const table = expandTable(embedded);
  assert.deepEqual(table, JSON.parse(source));
  assert.deepEqual(Object.keys(table), Object.keys(JSON.parse(source)));
});

test('a key the French table leaves out stays out, and English shows there as before', async () => {
  const { heading: _heading, ...french } = JSON.parse(source);
  const table = expandTable(await embed(JSON.stringify(french)));
  assert.ok(!('heading' in table));
  assert.deepEqual(table, french);
});

test('a table with a key English lacks, or in another order, keeps its own form', async () => {
  const extra = { ...JSON.parse(source), 'crisis.terms': ['je veux mourir'] };
  assert.deepEqual(await embed(JSON.stringify(extra)), extra);
  const [first, ...rest] = Object.entries(JSON.parse(source));
  const reordered = Object.fromEntries([...rest, first!]);
  const table = expandTable(await embed(JSON.stringify(reordered)));
  assert.deepEqual(Object.keys(table), Object.keys(reordered));
});

test('other JSON files are left as they are', async () => {
  assert.equal(
    await slimTable().transform(JSON.stringify(english), new URL('../../src/i18n/tables/en.json', import.meta.url).pathname),
    null,
  );
});
