// Coordinates are facts like phone numbers: every one a shipped file carries must be recorded,
// with its source and precision, in data/SOURCES.md. The PEI example is the one that has them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import type { Resource } from '../../src/catalogue/schema.js';
import { runCli } from '../cli/run-cli.js';

const PEI = 'data/examples/pei-catalogue.json';
const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const shipped = ['data/catalogue.json', ...readdirSync(new URL('../../data/examples/', import.meta.url)).map((f) => `data/examples/${f}`)];
const resources = (path: string): Resource[] => parseCatalogue(JSON.parse(text(path))).catalogue!.resources;

/** The rows of the coordinates table in SOURCES.md, by id. */
function recorded(): Map<string, string[]> {
  const section = text('data/SOURCES.md').split('## Coordinates')[1] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `[a-z0-9-]+` \|/.test(line));
  return new Map(rows.map((row) => {
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    return [cells[0]!.replaceAll('`', ''), cells];
  }));
}

test(`${PEI} passes support-finder validate with no error`, () => {
  const run = runCli('validate', '--today', '2026-11-23', PEI);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /valid/);
  assert.doesNotMatch(run.stdout, /\(error\)|not valid/);
});

test('the PEI example has located offices and unlocated lines, so both show when sorted', () => {
  const all = resources(PEI);
  assert.deepEqual(all.filter((r) => r.coordinates).map((r) => r.address?.city), ['Charlottetown', 'Montague', 'Summerside']);
  assert.ok(all.filter((r) => !r.coordinates).length >= 2);
});

test('every coordinate in a shipped file is recorded in SOURCES.md, town and value, at most 4 decimals', () => {
  const table = recorded();
  let located = 0;
  for (const path of shipped) {
    for (const r of resources(path).filter((r) => r.coordinates)) {
      located++;
      const { lat, lng } = r.coordinates!;
      const row = table.get(r.id);
      assert.ok(row, `${path}: ${r.id} has coordinates that SOURCES.md does not record`);
      assert.equal(row[2], r.address?.city, `${r.id}: the town recorded is not the address's`);
      assert.equal(row[4], `${lat}, ${lng}`, `${r.id}: SOURCES.md records other coordinates`);
      for (const n of [lat, lng]) assert.ok(Math.round(n * 1e4) / 1e4 === n, `${r.id}: ${n} has more than 4 decimals`);
    }
  }
  assert.equal(located, table.size, 'SOURCES.md records coordinates that no shipped file has');
});
