// Build plugin: leaves out the parts of fuse.js/basic the finder never calls,
// about three fifths of its bytes, which every visitor would otherwise download.
//
// The finder compares a typed word with one text at a time through
// `Fuse.match` (src/search/match-words.ts, highlight.ts), fuse.js's bitap
// comparison on its own: the Fuse class, with its index, key store, scoring,
// sorting and result formatting, is never constructed, and with it go the
// options the finder does not use (`ignoreDiacritics` — we fold accents
// ourselves —, `limit`, token search, logical queries;
// test/search/fuse-options.test.ts checks that the options stay clear of them).
// Each region is replaced by a stub only if it is found exactly: a fuse.js
// update that moves code makes the build keep it whole, and say so, rather
// than break.

const STUBS = {
  'src/helpers/diacritics.ts': 'const stripDiacritics = (str) => str;',
  'src/core/queryParser.ts': 'const parse = () => { throw new Error("Logical search is not available"); };',
  'src/tools/MaxHeap.ts': 'const MaxHeap = class { constructor() { throw new Error("limit is not available"); } };',
  'src/search/token/analyzer.ts': 'const createAnalyzer = () => undefined;',
  'src/search/token/InvertedIndex.ts':
    'const buildInvertedIndex = () => null, addToInvertedIndex = () => {}, removeAndShiftInvertedIndex = () => {};',
  // Every key the finder gives fuse.js has its own getFn, so the default path reader is never called.
  'src/helpers/get.ts': 'const get = () => { throw new Error("keys need a getFn"); };',
  // Plugins (Fuse.use) and the static helpers: the finder calls only Fuse.match.
  'src/core/register.ts': 'const createSearcher = (pattern, options) => new BitapSearch(pattern, options);',
  // The finder compares one text at a time (src/search/match-words.ts, highlight.ts), so the Fuse class,
  // its index, key store, scoring and result formatting are left out; Fuse.match is kept as fuse.js writes it.
  'src/core/index.ts': 'var Fuse = class { constructor() { throw new Error("fuse.js: only Fuse.match is built in"); } };',
  'src/entry.ts':
    'Fuse.match = function(pattern, text, options) {\n\tif (options && options.useTokenSearch) throw new Error(TOKEN_SEARCH_UNAVAILABLE);\n\treturn createSearcher(pattern, {\n\t\t...Config,\n\t\t...options\n\t}).searchIn(text);\n};\nvar entry_default = Fuse;',
  // fuse.js's defaults, less those of the parts left out (keys, sorting, field norms, extended and token search).
  'src/core/config.ts':
    'const Config = Object.freeze({ isCaseSensitive: false, ignoreDiacritics: false, includeMatches: false, findAllMatches: false, minMatchCharLength: 1, location: 0, threshold: 0.6, distance: 100, ignoreLocation: false });',
  // Said only when fuse.js is misused, which the finder's fixed options never do; kept short.
  'src/core/errorMessages.ts':
    'const EXTENDED_SEARCH_UNAVAILABLE = "fuse.js: extended search", TOKEN_SEARCH_UNAVAILABLE = "fuse.js: token search", LOGICAL_SEARCH_UNAVAILABLE = "fuse.js: logical search", INCORRECT_INDEX_TYPE = "fuse.js: index type", INVALID_DOC_INDEX = "fuse.js: doc index", PATTERN_LENGTH_TOO_LARGE = () => "fuse.js: pattern length", MISSING_KEY_PROPERTY = () => "fuse.js: key name", INVALID_KEY_WEIGHT_VALUE = () => "fuse.js: key weight";',
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
