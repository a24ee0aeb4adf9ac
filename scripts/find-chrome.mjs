// Locates an installed Chromium/Chrome for the tests and the benchmark.
// Browser downloads do not work everywhere this project is built, so we never fetch one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The path of a Chromium-family browser, or exits with instructions. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  fail('No Chromium or Chrome browser was found.');
}

function fail(why) {
  console.error(
    `${why}\n` +
      'The tests run in a real headless Chromium. Install one, for example:\n' +
      '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
      '  macOS:          install Google Chrome\n' +
      'or point CHROME_PATH at an existing Chrome/Chromium executable.',
  );
  process.exit(1);
}

/** Flags that keep a headless Chromium quiet and offline. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test files run in parallel pages; a page in the background must still get
  // animation frames and timers, or fixtures wait for frames that never come.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
