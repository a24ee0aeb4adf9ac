// The published package: every file package.json points at exists after a build,
// and the custom-elements manifest describes the element's public API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

test('every entry point named in package.json exists', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...Object.values(pkg.bin ?? {})];
  for (const value of Object.values(pkg.exports as Record<string, unknown>)) {
    if (typeof value === 'string') targets.push(value);
    else targets.push(...Object.values(value as Record<string, string>));
  }
  for (const target of targets) assert.ok(existsSync(new URL(target, root)), `${target} is missing`);
});

test('the type declarations map the tag name to the element class', () => {
  const types = readFileSync(new URL('dist/types/components/support-finder.d.ts', root), 'utf8');
  assert.match(types, /interface HTMLElementTagNameMap\s*{\s*'support-finder': SupportFinder;/);
});

test('the custom-elements manifest documents attributes, events, parts and properties', () => {
  const manifest = JSON.parse(readFileSync(new URL(pkg.customElements, root), 'utf8'));
  const element = manifest.modules
    .flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
    .find((d: { tagName?: string }) => d.tagName === 'support-finder');
  assert.ok(element, 'no declaration with tagName support-finder');
  const names = (list: { name: string }[] = []) => list.map((x) => x.name);
  for (const attr of ['src', 'lang', 'category', 'quick-exit', 'share-query']) assert.ok(names(element.attributes).includes(attr), attr);
  assert.deepEqual(names(element.events).sort(), [
    'support-finder-action',
    'support-finder-filter',
    'support-finder-load',
    'support-finder-search',
  ]);
  assert.ok(names(element.cssParts).includes('banner'));
  assert.ok(names(element.cssProperties).includes('--sf-accent'));
});

test('the browser files are self-contained: no import of another file', () => {
  for (const file of ['dist/support-finder.js', 'dist/support-finder.iife.js']) {
    const code = readFileSync(new URL(file, root), 'utf8');
    assert.doesNotMatch(code, /\bimport\s*\(|\bimport\s*["'{*]|from\s*["']/, `${file} imports another file`);
  }
});
