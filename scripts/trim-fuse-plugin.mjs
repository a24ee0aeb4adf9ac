// Build plugin: leaves out the parts of fuse.js/basic the finder never calls,
// about a third of its bytes, which every visitor would otherwise download.
//
// fuse.js ships one class whose methods reach every feature, so a bundler
// cannot drop them. These parts serve options the finder does not use
// (`ignoreDiacritics` — we fold accents ourselves —,
// `limit`, token search, logical queries; test/search/fuse-options.test.ts
// checks that FUSE_OPTIONS stays clear of them). Each region is replaced by a
// stub only if it is found exactly: a fuse.js update that moves code makes the
// build keep it whole, and say so, rather than break.

const STUBS = {
  'src/helpers/diacritics.ts': 'const stripDiacritics = (str) => str;',
  'src/core/queryParser.ts': 'const parse = () => { throw new Error("Logical search is not available"); };',
  'src/tools/MaxHeap.ts': 'const MaxHeap = class { constructor() { throw new Error("limit is not available"); } };',
  'src/search/token/analyzer.ts': 'const createAnalyzer = () => undefined;',
  'src/search/token/InvertedIndex.ts':
    'const buildInvertedIndex = () => null, addToInvertedIndex = () => {}, removeAndShiftInvertedIndex = () => {};',
};

export function trimFuse() {
  return {
    name: 'support-finder:trim-fuse',
    transform(code, id) {
      if (!/fuse\.js[\\/]dist[\\/]fuse\.basic\.mjs$/.test(id)) return null;
      let out = code;
      for (const [region, stub] of Object.entries(STUBS)) {
        const start = out.indexOf(`//#region ${region}\n`);
        const end = start < 0 ? -1 : out.indexOf('//#endregion', start);
        if (end < 0) {
          this.warn(`fuse.js region ${region} not found; it stays in the bundle`);
          continue;
        }
        out = `${out.slice(0, start)}${stub}\n${out.slice(end)}`;
      }
      return { code: out, map: null };
    },
  };
}
