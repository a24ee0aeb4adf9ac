import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
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

/**
 * papaparse ships only a UMD file: the build's bundler wraps it, the test
 * server does not. Give it the CommonJS `module` it looks for and export what
 * it sets, so `import Papa from 'papaparse'` works in browser tests as in the build.
 */
const umdModules = {
  name: 'umd-modules',
  transform(context) {
    if (/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) {
      return { body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;` };
    }
  },
};

/**
 * `emulate-media-features`: any CSS media feature through the DevTools protocol,
 * including `forced-colors`, which the stock emulateMedia command only offers
 * under Playwright. The payload is the list of features, or `{ media, features }`
 * to emulate a media type too (`media: 'print'` shows the print stylesheet).
 */
const cdpSessions = new WeakMap();
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    const page = session.browser.getPage(session.id);
    // Emulation lasts as long as the DevTools session that set it, so keep one per page.
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    const { media = '', features = [] } = Array.isArray(payload) ? { features: payload } : payload;
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { media, features });
    return true;
  },
};

/**
 * `grant-clipboard`: lets the test page write to and read the real clipboard
 * (Browser.grantPermissions through DevTools), so Copy is tested without a stub.
 * The clipboard also wants a focused document, which a headless page under
 * load does not always have: focus emulation keeps it focused.
 */
const clipboard = {
  name: 'grant-clipboard',
  async executeCommand({ command, session }) {
    if (command !== 'grant-clipboard') return undefined;
    const page = session.browser.getPage(session.id);
    await page
      .browserContext()
      .overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setFocusEmulationEnabled', { enabled: true });
    return true;
  },
};

/**
 * `emulate-geolocation`: `{ latitude, longitude }` grants the test page the
 * geolocation permission and sets the position the browser reports;
 * `{ deny: true }` refuses the permission; `{}` grants it with no position to
 * give (unavailable); `{ reset: true }` undoes all of it.
 */
const geolocation = {
  name: 'emulate-geolocation',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-geolocation') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    const cdp = cdpSessions.get(page);
    const context = page.browserContext();
    await context.clearPermissionOverrides();
    await cdp.send('Emulation.clearGeolocationOverride');
    if (payload.reset) return true;
    // Granting a list of permissions refuses every other one, so an empty list denies geolocation.
    await context.overridePermissions(new URL(page.url()).origin, payload.deny ? [] : ['geolocation']);
    await cdp.send('Emulation.setGeolocationOverride', payload.latitude === undefined ? {} : { ...payload, accuracy: 10 });
    return true;
  },
};

/**
 * `full-ax-tree`: Chromium's full accessibility tree (Accessibility.getFullAXTree),
 * as the role and name of each node that is not ignored: what a screen reader
 * can reach by headings or links, whether or not it is on screen.
 */
const axTree = {
  name: 'full-ax-tree',
  async executeCommand({ command, session }) {
    if (command !== 'full-ax-tree') return undefined;
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    const { nodes } = await cdpSessions.get(page).send('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
  },
};

/** The strict policy a careful host page sends; test/pages/csp.html is served with it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const strictCsp = async (context, next) => {
  await next();
  if (context.path === '/test/pages/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
};

export default {
  middleware: [strictCsp],
  // The file name picks the runner: `*.node.test.ts` runs in Node (the CLI as a
  // process, data files, the package), every other `*.test.ts` here.
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/wordpress/**'],
  nodeResolve: true,
  // One page at a time: keyboard and focus tests need the focused page, and
  // open-wc fixtures wait for animation frames, which background pages may not get.
  concurrency: 1,
  // A forgotten `.only` would pass CI while skipping the rest: fail instead.
  testFramework: { config: { timeout: 10000, forbidOnly: true } },
  plugins: [
    a11ySnapshotPlugin(),
    jsonModules,
    umdModules,
    mediaFeatures,
    clipboard,
    geolocation,
    axTree,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: CHROME_ARGS },
    }),
  ],
};
