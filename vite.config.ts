/**
 * Library build: one self-contained ES module and one classic script, each
 * with lit, fuse.js, the validator and the catalogue inside, fully minified
 * (every visitor of every branch site downloads it).
 *
 * `SF_BUILD=core` builds the engine without the built-in catalogue: the
 * catalogue module is swapped for a placeholder that `support-finder bundle`
 * fills with a branch's own data.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { collapseHtml } from './scripts/collapse-html-plugin.mjs';
import { minifyCss } from './scripts/minify-css-plugin.mjs';
import { shortClasses } from './scripts/short-classes-plugin.mjs';
import { slimCatalogue } from './scripts/slim-catalogue-plugin.mjs';
import { slimTable } from './scripts/slim-table-plugin.mjs';
import { textFirst } from './scripts/text-first-plugin.mjs';
import { trimFuse } from './scripts/trim-fuse-plugin.mjs';
import { trimLit } from './scripts/trim-lit-plugin.mjs';

const core = process.env.SF_BUILD === 'core';
const placeholder = fileURLToPath(new URL('./src/catalogue/builtin-placeholder.ts', import.meta.url));

export default defineConfig({
  publicDir: false,
  // Every visitor downloads the file: see the README's "Performance" for what each saves. Classes that the tests and
  // the benchmark of the built file look up keep their names (test/scripts/short-classes.node.test.ts lists any missing).
  plugins: [
    trimFuse(),
    trimLit(),
    minifyCss(),
    shortClasses({ keep: ['action', 'crisis-link', 'filter', 'result'] }),
    collapseHtml(),
    slimCatalogue(),
    slimTable(),
    textFirst(),
  ],
  // Each JSON module (the built-in catalogue, the string tables) as one `JSON.parse` of its text, not one variable
  // per top-level key (−42 bytes): nothing in the finder imports a JSON key by name.
  json: { stringify: true, namedExports: false },
  resolve: {
    alias: core ? [{ find: /^.*\/builtin\.js$/, replacement: placeholder }] : [],
  },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: false,
    // terser (three passes) gives about 0.6 KB gzip less than the default minifier, for ~10 s of build; the third pass, −30 bytes.
    minify: 'terser',
    // The element's and its controllers' own event handlers (`handleSearchInput`, named so by the style guide) are
    // shortened, −41 bytes: they are bound in templates and listeners, never read by name. Not the DOM's `handleEvent`.
    // So are the handlers a template function takes in its props (`onRemove`, `onShowMore`), −44 bytes: the DOM's own
    // are lower case (`onclick`), and no catalogue, table, event detail or public property has a key `on` + capital.
    terserOptions: {
      ecma: 2020,
      // Not folding single-use variables into their use, nor joining declarations: −63 bytes (−5 on the engine),
      // the code then repeats more of itself for gzip. Both only leave code as written. So do inlining only simple
      // functions (`inline: 1`) and not joining statements into comma sequences: −20 bytes (−19 on the engine).
      compress: { passes: 3, collapse_vars: false, join_vars: false, inline: 1, sequences: false },
      mangle: { properties: { regex: /^(handle(?!Event$)|on)[A-Z]/ } },
      format: { comments: false },
    },
    sourcemap: false,
    reportCompressedSize: false,
    // Library mode leaves the ES file's whitespace alone; a file served as-is wants it gone.
    // The `SupportFinder` global is a plain object, not one tagged "Module" (−41 bytes): it holds the same exports.
    rolldownOptions: { output: { minify: true, generatedCode: { symbols: false } } },
    lib: {
      entry: 'src/index.ts',
      name: 'SupportFinder',
      formats: core ? ['iife'] : ['es', 'iife'],
      fileName: (format) => `support-finder${core ? '.core' : ''}${format === 'iife' ? '.iife' : ''}.js`,
    },
  },
});
