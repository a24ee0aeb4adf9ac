// The build's trim-fuse plugin leaves only fuse.js's Fuse.match in the finder:
// the trimmed fuse.js must answer exactly as fuse.js does, scores and match
// indices included, with the options the finder gives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Fuse from 'fuse.js/basic';
import { trimFuse } from '../../scripts/trim-fuse-plugin.mjs';
import { WORD_OPTIONS } from '../../src/search/build-index.js';

const file = createRequire(import.meta.url)
  .resolve('fuse.js/basic')
  .replace(/fuse\.basic\.cjs$/, 'fuse.basic.mjs');

async function trimmed(): Promise<typeof Fuse> {
  const warnings: string[] = [];
  const code = trimFuse().transform.call({ warn: (m: string) => warnings.push(m) }, readFileSync(file, 'utf8'), file)!.code;
  assert.deepEqual(warnings, [], 'every part the plugin leaves out was found');
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;
}

const texts = ['anxiety', 'anxiete', 'depression', 'counselling', 'soutien par les pairs', 'proches aidants', 'psychotherapie', 'a', ''];
const patterns = ['anxeity', 'anxi', 'councelling', 'therap', 'pairs', 'aidant', 'soutien pairs', 'x', 'a'.repeat(40)];
const highlight = { isCaseSensitive: true, threshold: 0.35, ignoreLocation: true, includeMatches: true, minMatchCharLength: 2 };

test('Fuse.match gives what fuse.js gives, for the vocabulary and for highlighting', async () => {
  const Trimmed = await trimmed();
  for (const options of [WORD_OPTIONS, highlight, undefined])
    for (const pattern of patterns)
      for (const text of texts)
        assert.deepEqual(Trimmed.match(pattern, text, options), Fuse.match(pattern, text, options), `${pattern} in ${text}`);
});

test('the parts left out say so when called, rather than answer wrongly', async () => {
  const Trimmed = await trimmed();
  assert.throws(() => new Trimmed(['a']), /only Fuse\.match/);
  assert.throws(() => Trimmed.match('a', 'a', { useTokenSearch: true }), /token search/);
});
