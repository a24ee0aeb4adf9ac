import { expect } from '@open-wc/testing';
import { FUSE_OPTIONS } from '../../src/search/build-index.js';

// The build leaves out the parts of fuse.js that serve these options
// (scripts/trim-fuse-plugin.mjs): turning one on would fail in the built file only.
describe('fuse.js options', () => {
  it('stay clear of the features the build leaves out of fuse.js', () => {
    const options = FUSE_OPTIONS as Record<string, unknown>;
    for (const name of ['includeMatches', 'ignoreDiacritics', 'useTokenSearch', 'useExtendedSearch', 'findAllMatches']) {
      expect(options[name], name).to.not.equal(true);
    }
    expect(options.minMatchCharLength ?? 1).to.equal(1);
  });
});
