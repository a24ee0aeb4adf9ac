import { expect } from '@open-wc/testing';
import { FUSE_OPTIONS, WORD_OPTIONS } from '../../src/search/build-index.js';

// The build leaves out the parts of fuse.js that serve these options
// (scripts/trim-fuse-plugin.mjs): turning one on would fail in the built file only.
describe('fuse.js options', () => {
  it('stay clear of the features the build leaves out of fuse.js', () => {
    // WORD_OPTIONS search the vocabulary on every keystroke; FUSE_OPTIONS, plain fuse.js, are the benchmark's bar.
    for (const options of [FUSE_OPTIONS, WORD_OPTIONS] as Record<string, unknown>[]) {
      for (const name of ['ignoreDiacritics', 'useTokenSearch', 'useExtendedSearch', 'findAllMatches']) {
        expect(options[name], name).to.not.equal(true);
      }
    }
  });

  it('rank without match indices: only the results drawn are highlighted (src/search/highlight.ts)', () => {
    for (const options of [FUSE_OPTIONS, WORD_OPTIONS] as Record<string, unknown>[]) {
      expect(options.includeMatches).to.not.equal(true);
      // Above 1, fuse.js works the indices out for every candidate too.
      expect(options.minMatchCharLength ?? 1).to.equal(1);
    }
  });
});
