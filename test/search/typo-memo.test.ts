import { expect } from '@open-wc/testing';
import type Fuse from 'fuse.js/basic';
import data from '../../data/catalogue.json';
import { generateCatalogue } from '../../bench/generate-catalogue.js';
import { QUERIES } from '../../bench/queries.js';
import type { Catalogue, Resource } from '../../src/catalogue/schema.js';
import { buildIndex, FUSE_OPTIONS, type SearchIndex } from '../../src/search/build-index.js';
import { search } from '../../src/search/query.js';
import { skipKnownMisses, typosAllowed } from '../../src/search/typo-memo.js';

const THRESHOLD = FUSE_OPTIONS.threshold!;

/** A stand-in for fuse.js's per-query searcher: `text` matches when it holds the query; every look is recorded. */
function fakeFuse(options = { threshold: THRESHOLD, ignoreLocation: true }) {
  const looked: string[] = [];
  const fuse = {
    _getSearcher(query: string) {
      return {
        searchIn(text: string) {
          looked.push(text);
          return { isMatch: text.includes(query), score: 0 };
        },
      };
    },
  };
  skipKnownMisses(fuse as unknown as Fuse<unknown>, options);
  const look = (query: string, texts: string[]) => {
    looked.length = 0;
    const searcher = fuse._getSearcher(query);
    const found = texts.filter((t) => searcher.searchIn(t).isMatch);
    return { found, looked: [...looked] };
  };
  return look;
}

/** An index as `buildIndex` makes it, but searching every text as plain fuse.js does. */
function withoutMemo(resources: readonly Resource[]): SearchIndex {
  const index = buildIndex(resources);
  delete (index.fuse as unknown as Record<string, unknown>)._getSearcher;
  return index;
}

describe('skipping texts a shorter query found no match in', () => {
  it('knows how many typos fuse.js allows for each length of query', () => {
    expect([1, 2, 3, 5, 6, 8, 9, 20, 32].map((n) => typosAllowed(n, THRESHOLD))).to.deep.equal([0, 0, 1, 1, 2, 2, 3, 7, 11]);
  });

  it('skips a miss while the typo limit stays the same, and looks again once it grows', () => {
    const look = fakeFuse();
    const texts = ['family support', 'peer support'];
    expect(look('peer', texts)).to.deep.equal({ found: ['peer support'], looked: texts });
    // 4 and 5 letters both allow 1 typo: "family support" cannot match "peer " if it did not match "peer".
    expect(look('peer ', texts)).to.deep.equal({ found: ['peer support'], looked: ['peer support'] });
    // 6 letters allow 2 typos: everything is looked at again.
    expect(look('peer s', texts)).to.deep.equal({ found: ['peer support'], looked: texts });
  });

  it('never carries a miss back to a shorter query, or across to another one', () => {
    const look = fakeFuse();
    const texts = ['family support', 'peer support'];
    look('peer', texts);
    look('peer ', texts);
    expect(look('pee', texts).looked).to.deep.equal(texts);
    expect(look('fami', texts).looked).to.deep.equal(texts);
  });

  it('skips nothing when where a match lies counts (without ignoreLocation)', () => {
    const look = fakeFuse({ threshold: THRESHOLD, ignoreLocation: false });
    const texts = ['family support', 'peer support'];
    look('peer', texts);
    expect(look('peer ', texts).looked).to.deep.equal(texts);
  });

  it('leaves queries over 32 letters alone (fuse.js cuts them into pieces)', () => {
    const look = fakeFuse();
    const long = 'a'.repeat(33);
    look(long, ['b']);
    expect(look(`${long}a`, ['b']).looked).to.deep.equal(['b']);
  });

  it('gives exactly the results of plain fuse.js, typed letter by letter and erased again', () => {
    for (const resources of [(data as unknown as Catalogue).resources, generateCatalogue(500, { seed: 11 }).resources]) {
      const memo = buildIndex(resources);
      const plain = withoutMemo(resources);
      for (const { query } of QUERIES) {
        const typed = [...Array.from(query, (_, i) => query.slice(0, i + 1)), query.slice(0, -1), query.slice(0, -2), query];
        for (const q of typed) {
          expect([...search(memo, q).matches], q).to.deep.equal([...search(plain, q).matches]);
        }
      }
    }
  });
});
