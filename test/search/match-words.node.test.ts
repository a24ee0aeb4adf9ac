// The vocabulary is compared word by word with fuse.js's `Fuse.match`, the
// one part of fuse.js the finder ships (scripts/trim-fuse-plugin.mjs leaves
// the rest out): what it finds must be what fuse.js's own search over the
// vocabulary finds, in the same order and with the same scores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js/basic';
import type { Resource } from '../../src/catalogue/schema.js';
import { buildIndex, WORD_OPTIONS } from '../../src/search/build-index.js';
import { foldAccents } from '../../src/search/fold.js';
import { matchWord } from '../../src/search/match-words.js';
import { wordsOf } from '../../src/search/words.js';
import { QUERIES } from '../../bench/queries.js';

const catalogues = ['data/catalogue.json', 'data/examples/branch-catalogue.json', 'data/examples/quebec-catalogue.json'].map(
  (file) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')).resources as Resource[],
);

/** Every prefix of four letters or more (typos allowed) of the words people type, and typos of catalogue words. */
const terms = [
  ...new Set([
    ...QUERIES.flatMap(({ query }) => wordsOf(foldAccents(query.toLowerCase()))).flatMap((word) =>
      [...word].map((_, i) => word.slice(0, i + 1)).filter((prefix) => prefix.length > 3),
    ),
    'councelling',
    'psychoterapy',
    'autochtone',
    'benevoles',
    'adolesent',
  ]),
];

function run(generator: Generator<void, ReturnType<typeof matchWord> extends Generator<void, infer R> ? R : never>) {
  for (;;) {
    const step = generator.next();
    if (step.done) return step.value;
  }
}

test('the words found with typos are the ones fuse.js’s search over the vocabulary finds, best first, with its typo counts', () => {
  let compared = 0;
  for (const resources of catalogues) {
    const words = buildIndex(resources).words;
    assert.ok(words.length < 2048, 'one slice of the vocabulary, as fuse.js searched it whole');
    const fuse = new Fuse(words, WORD_OPTIONS);
    for (const term of terms) {
      // A fresh index each time: a term narrowed from a shorter one's words is another question.
      const found = run(matchWord(buildIndex(resources), term));
      const expected = fuse.search(term);
      assert.deepEqual(
        found.raw,
        expected.map((r) => r.refIndex),
        term,
      );
      assert.deepEqual(
        found.typos,
        expected.map((r) => Math.round(r.score! * term.length)),
        term,
      );
      compared += expected.length;
    }
  }
  assert.ok(compared > 1000, `only ${compared} words compared`);
});
