// Checks the shipped catalogues against the schema and the safety rules for the built-in data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { formatProblem } from '../../src/catalogue/messages.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

for (const path of ['data/catalogue.json', 'data/examples/branch-catalogue.json', 'data/examples/quebec-catalogue.json', 'data/examples/pei-catalogue.json']) {
  test(`${path} is a valid catalogue with no errors`, () => {
    const { catalogue, problems } = parseCatalogue(read(path));
    assert.ok(catalogue);
    assert.deepEqual(problems.filter((p) => p.severity === 'error').map(formatProblem), []);
  });
}

test('the built-in catalogue has at least 25 sourced, dated resources in all three groups', () => {
  const { catalogue } = parseCatalogue(read('data/catalogue.json'));
  const resources = catalogue!.resources;
  assert.ok(resources.length >= 25);
  assert.deepEqual(new Set(resources.map((r) => r.category)), new Set(['peer', 'family', 'clinical']));
  for (const r of resources) {
    assert.ok(r.source?.startsWith('https://') || r.source?.startsWith('http://'), `${r.id} has no source`);
    assert.match(r.lastVerified ?? '', /^\d{4}-\d{2}-\d{2}$/, `${r.id} has no lastVerified`);
    assert.ok(typeof r.description === 'object' && r.description.en && r.description.fr, `${r.id} lacks a bilingual description`);
  }
});

test('the built-in catalogue lists no retired service, and neither 9-8-8 nor 9-1-1 as a result or a line', () => {
  const text = readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8');
  for (const retired of ['833-456-4566', '45645', 'Talk Suicide', 'Wellness Together', 'PocketWell', '866-797-0000', 'Telehealth Ontario', '667-5005', 'CHIMO', 'Big White Wall', 'Text4Hope', '741741', 'MindShift', 'Anxiety Canada']) {
    assert.ok(!text.includes(retired), `retired service present: ${retired}`);
  }
  const { catalogue } = parseCatalogue(JSON.parse(text));
  for (const r of catalogue!.resources) {
    assert.notEqual(r.phone?.replace(/\D/g, ''), '988', `${r.id} is the 9-8-8 line`);
    assert.notEqual(r.phone?.replace(/\D/g, ''), '911', `${r.id} is 9-1-1`);
  }
  for (const line of catalogue!.crisis?.lines ?? []) {
    assert.ok(!['988', '911'].includes(line.phone?.replace(/\D/g, '') ?? ''), `${JSON.stringify(line.name)} repeats a built-in number`);
  }
});
