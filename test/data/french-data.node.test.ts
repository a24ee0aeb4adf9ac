// The French of the shipped catalogues as a Canadian French editor reads it (design/FRENCH-REVIEW.md, rows 40–50).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const FILES = ['data/catalogue.json', 'data/examples/branch-catalogue.json', 'data/examples/quebec-catalogue.json', 'data/examples/pei-catalogue.json'];

/** Every French text of a file, with where it is: names, descriptions, hours, titles, crisis lines. */
function frenchTexts(path: string): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'fr' && typeof v === 'string') found.push([`${path} ${at}`, v]);
        else if (key !== 'tags') walk(v, `${at}.${key}`);
      }
    }
  };
  walk(JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')), '');
  return found;
}
const texts = FILES.flatMap(frenchTexts);

test('French texts use one apostrophe, the typographic one', () => {
  assert.ok(texts.length > 100);
  assert.deepEqual(texts.filter(([, t]) => t.includes("'")), []);
});

test('no line breaks before a colon or inside a time: non-breaking spaces there, none before ; ? !', () => {
  const bad = texts.filter(
    ([, t]) =>
      / :|[^\u00a0\d]:\s/.test(t) || /\d h\b|\bh \d/.test(t) || /« | »/.test(t) || / [;?!]/.test(t),
  );
  assert.deepEqual(bad, []);
  assert.ok(texts.some(([, t]) => t.includes('24\u00a0h sur 24')), 'times keep their non-breaking space');
  assert.ok(texts.some(([, t]) => /\S\u00a0:/.test(t)), 'colons keep theirs');
});

test('the calques the French review lists are gone from the descriptions and hours', () => {
  const calques = [
    'financée par l’État',
    'l’autosoins accompagné',
    'peut organiser du counseling',
    'Pas besoin d’être client',
    'Couvre le counseling',
    'Traduction dans plus de 100 langues',
    'à cause de la consommation',
    'plusieurs communautés',
    'ont une expérience vécue',
    'en consommation, en réduction',
    'réponse pendant les heures de bureau et retour des messages',
    'hors situation de crise',
    'atteinte de schizophrénie',
    'familles et amis',
    'Des intervenants formés trouvent',
    'l’éducation, l’accompagnement',
  ];
  assert.deepEqual(texts.filter(([, t]) => calques.some((c) => t.includes(c))), []);
});

test('a province is not written in English on the French page: the Quebec example names no region "Quebec"', () => {
  const quebec = readFileSync(new URL('../../data/examples/quebec-catalogue.json', import.meta.url), 'utf8');
  assert.doesNotMatch(quebec, /"region": "[^"]*Quebec/);
});

test('the French demo pages break no line before a colon and put no space before ? (the review’s row 37)', () => {
  for (const page of ['demo/fr.html', 'demo/builder-fr.html']) {
    const html = readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');
    // Only what a reader sees: text between tags, comments and scripts left out.
    const text = html
      .replace(/<!--[\s\S]*?-->|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
      .split(/<[^>]*>/)
      .join('\n');
    assert.doesNotMatch(text, /[^\S\n]:/, `${page}: a breakable space before a colon`);
    assert.doesNotMatch(text, /\s[?!;]/, `${page}: a space before ? ! or ;`);
  }
});

test('a service with an official French name has it on the French page (the review’s rows 42 and 43); no other name is made up', () => {
  const builtIn = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8')) as {
    resources: { id: string; name: { fr?: string } }[];
  };
  const frenchName = (id: string) => builtIn.resources.find((r) => r.id === id)!.name.fr;
  assert.equal(frenchName('vac-assistance-service'), 'Service d’aide d’ACC');
  assert.equal(frenchName('health811-ontario'), 'Santé811');
  assert.equal(frenchName('nihb-mental-health-counselling'), 'Programme des services de santé non assurés (SSNA) – counseling en santé mentale');
  assert.equal(frenchName('cmha-thames-valley-peer-support'), undefined, 'a branch program with no published French name keeps its English one');
  assert.ok(texts.some(([, t]) => t.includes('Retrouver son entrain (BounceBack)')), 'BounceBack by its French name');
});
