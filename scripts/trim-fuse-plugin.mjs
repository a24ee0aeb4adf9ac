// Build plugin: leaves out the parts of fuse.js/basic the finder never calls,
// about two fifths of its bytes, which every visitor would otherwise download.
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
  // Every key the finder gives fuse.js has its own getFn, so the default path reader is never called.
  'src/helpers/get.ts': 'const get = () => { throw new Error("keys need a getFn"); };',
  // Plugins (Fuse.use) and the static helpers: the finder calls only Fuse.createIndex.
  'src/core/register.ts': 'const createSearcher = (pattern, options) => new BitapSearch(pattern, options);',
  'src/entry.ts': 'Fuse.createIndex = createIndex;\nvar entry_default = Fuse;',
  // Said only when fuse.js is misused, which the finder's fixed options never do; kept short.
  'src/core/errorMessages.ts':
    'const EXTENDED_SEARCH_UNAVAILABLE = "fuse.js: extended search", TOKEN_SEARCH_UNAVAILABLE = "fuse.js: token search", LOGICAL_SEARCH_UNAVAILABLE = "fuse.js: logical search", INCORRECT_INDEX_TYPE = "fuse.js: index type", INVALID_DOC_INDEX = "fuse.js: doc index", PATTERN_LENGTH_TOO_LARGE = () => "fuse.js: pattern length", MISSING_KEY_PROPERTY = () => "fuse.js: key name", INVALID_KEY_WEIGHT_VALUE = () => "fuse.js: key weight";',
};

// Methods the finder never calls: it sets a collection or adds records, and
// never removes, serialises or counts them (src/search/match-terms.ts, highlight.ts).
const METHODS = {
  FuseIndex: ['removeAt', 'removeAll', 'getValueForItemAtKeyId', 'size', 'toJSON'],
  Fuse: ['add', 'remove', 'removeAt', 'getIndex', '_coversAllTokens'],
  KeyStore: ['toJSON'],
};

/** `code` without one method of `var <owner> = class {…}`, or null if it is not where expected. */
function withoutMethod(code, owner, method) {
  const classStart = code.indexOf(`var ${owner} = class {\n`);
  const classEnd = classStart < 0 ? -1 : code.indexOf('\n};\n', classStart);
  const start = classEnd < 0 ? -1 : code.indexOf(`\n\t${method}(`, classStart);
  const end = start < 0 || start > classEnd ? -1 : code.indexOf('\n\t}\n', start);
  if (end < 0 || end > classEnd) return null;
  return code.slice(0, start) + code.slice(end + 3);
}

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
      for (const [owner, methods] of Object.entries(METHODS)) {
        for (const method of methods) {
          const trimmed = withoutMethod(out, owner, method);
          if (trimmed === null) this.warn(`fuse.js method ${owner}.${method} not found; it stays in the bundle`);
          else out = trimmed;
        }
      }
      return { code: out, map: null };
    },
  };
}
