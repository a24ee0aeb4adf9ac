// Every number of the built-in catalogue is recorded in data/SOURCES.md with its reference entry,
// its grade (never low) and its source page, and every entry says where it is offered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { areaName, PROVINCES } from '../../src/catalogue/areas.js';

const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const catalogue = parseCatalogue(JSON.parse(text('data/catalogue.json'))).catalogue!;
const sources = text('data/SOURCES.md');

/** The rows of the Markdown table under `heading`, as lists of cells. */
function table(heading: string): string[][] {
  const start = sources.indexOf(heading);
  assert.ok(start >= 0, `SOURCES.md has no "${heading}" section`);
  const after = sources.slice(start).split('\n');
  const first = after.findIndex((line) => line.startsWith('|'));
  const end = after.findIndex((line, i) => i > first && !line.startsWith('|'));
  const body = after.slice(first + 2, end < 0 ? undefined : end);
  return body.map((row) => row.slice(2, -2).split(' | '));
}
const where = (e: { areas?: string[]; region?: string }) => [e.areas?.join(' '), e.region].filter(Boolean).join(' · ');
const grade = /^(high|medium)$/;
const url = /^https?:\/\/\S+$/;

test('every crisis line number is in SOURCES.md with its reference entry, a high or medium grade, its date and its source', () => {
  const rows = table('## Crisis lines in `catalogue.json`');
  const lines = catalogue.crisis?.lines ?? [];
  assert.ok(lines.length >= 20, 'the provincial, local and national lines are in the built-in catalogue');
  assert.equal(rows.length, lines.length, 'one row per line, no more');
  lines.forEach((line, i) => {
    const [id, name, numbers, place, audiences, confidence, checked, source] = rows[i]!;
    const label = typeof line.name === 'string' ? line.name : line.name.en;
    assert.equal(name, label, `row ${i + 1} names line ${i}`);
    assert.match(id!, /^`[a-z0-9-]+`$/, `${label}: reference id`);
    assert.equal(numbers, [line.phone, line.text && `text ${line.text}`].filter(Boolean).join(' · '), `${label}: numbers`);
    assert.equal(place, where(line), `${label}: areas and region`);
    assert.equal(audiences, line.audiences?.join(', ') ?? '—', `${label}: audiences`);
    assert.match(confidence!, grade, `${label}: never a low-confidence number`);
    assert.match(checked!, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(source!, url, `${label}: source page`);
  });
});

test('every resource is in SOURCES.md with its areas, a high or medium grade and its source', () => {
  const rows = new Map(table('## Resources in `catalogue.json`').map((cells) => [cells[0]!.slice(1, -1), cells]));
  assert.equal(rows.size, catalogue.resources.length);
  for (const resource of catalogue.resources) {
    const row = rows.get(resource.id);
    assert.ok(row, `${resource.id} is not in SOURCES.md`);
    const [, , category, place, confidence, source] = row;
    assert.equal(category, resource.category);
    assert.equal(place, where(resource), `${resource.id}: areas and region`);
    assert.match(confidence!, grade);
    assert.equal(source, resource.source, `${resource.id}: source`);
  }
});

test('every entry says where it is offered; a local area always comes with its province', () => {
  for (const entry of [...catalogue.resources, ...(catalogue.crisis?.lines ?? [])]) {
    const label = 'id' in entry ? entry.id : JSON.stringify(entry.name);
    assert.ok(entry.areas?.length, `${label} has no areas`);
    if (entry.region) assert.ok(!entry.areas!.includes('CA'), `${label}: a local area inside all of Canada`);
  }
});

test('the lines for particular people are also results a search for them finds', () => {
  const byName = (name: string) => catalogue.resources.find((r) => typeof r.name === 'object' && r.name.en === name);
  for (const [name, word] of [['Kids Help Phone', 'youth'], ['Hope for Wellness Help Line', 'indigenous'], ['National Indian Residential School Crisis Line', 'indigenous'], ['Trans Lifeline', 'trans']] as const) {
    const line = catalogue.crisis!.lines!.find((l) => typeof l.name === 'object' && l.name.en === name);
    const resource = byName(name);
    assert.ok(line?.audiences?.length, `${name} is a crisis line with audiences`);
    assert.ok(resource?.tags?.includes(word), `${name} is a result tagged "${word}"`);
    assert.equal(resource!.phone, line!.phone);
    assert.ok(line!.audiences!.every((a) => resource!.audiences?.includes(a)));
  }
});

test('the README and SOURCES.md name the provinces and territories with no line of their own', () => {
  const lines = catalogue.crisis?.lines ?? [];
  const without = PROVINCES.filter((p) => !lines.some((l) => !l.region && l.areas?.includes(p)));
  assert.deepEqual(without, ['NT', 'ON']);
  // Yukon's one line is TAO Tel-Aide, a listening line in French: no crisis line of its own, which both files say.
  without.push('YT');
  const readme = text('README.md');
  const paragraph = readme.slice(readme.indexOf('**Crisis lines by province.**'));
  for (const p of without) {
    assert.ok(paragraph.slice(0, 1500).includes(areaName(p, 'en')), `README does not say ${areaName(p, 'en')} has no line`);
    assert.ok(sources.includes(`**${areaName(p, 'en')}**`), `SOURCES.md does not say ${areaName(p, 'en')} has no line`);
  }
});
