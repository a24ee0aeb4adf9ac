import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

/**
 * Serves `.json` as a JavaScript module only when it is imported (the browser
 * asks for a script), so `import data from './catalogue.json'` works in tests
 * while `fetch()` of a catalogue still gets the raw file, as on a real site.
 */
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script') {
      return { body: `export default ${context.body};` };
    }
  },
};

export default {
  // test/node/ holds tests that run in Node (the CLI as a process, data files).
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [jsonModules, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
};
