// `npm run bench`: builds the finder, serves it on 127.0.0.1, drives headless
// Chromium through it and writes bench/results.json and bench/results.md.
// A benchmark, not a test: it reports numbers against the targets of issue 6
// and fails nothing. Sizes can be chosen: `npm run bench -- 300 5000`.
import { startDevServer } from '@web/dev-server';
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { generateCatalogue } from '../bench/generate-catalogue.ts';
import { QUERIES } from '../bench/queries.ts';
import { firstPaint, launch, prefixes, searchRun } from './bench-browser.mjs';
import { measureBytes } from './bench-bytes.mjs';
import { checkTargets, markdown, summarise } from './bench-report.mjs';

const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = SIZES.length ? SIZES : [300, 5000, 50000];
const log = (...args) => console.log(...args);
const started = Date.now();
const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: os.cpus()[0]?.model.trim(),
  cores: os.cpus().length,
  memory: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.versions.node,
  load: os.loadavg()[0].toFixed(1),
};

log('Building…');
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: 'bench/out',
    emptyOutDir: false,
    minify: false,
    lib: { entry: 'bench/page-lib.ts', formats: ['es'], fileName: () => 'page-lib.js' },
  },
});

log('Measuring bytes…');
const bytes = await measureBytes();

log('Generating catalogues…');
const builtin = JSON.parse(readFileSync('data/catalogue.json', 'utf8'));
mkdirSync('bench/out/data', { recursive: true });
for (const size of sizes) {
  const catalogue = generateCatalogue(size, { planted: builtin.resources });
  writeFileSync(`bench/out/data/catalogue-${size}.json`, JSON.stringify(catalogue));
}

const server = await startDevServer({
  config: { rootDir: '.', hostname: '127.0.0.1', port: 0, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://127.0.0.1:${server.server.address().port}`;
const { browser, version } = await launch();
machine.browser = version;

try {
  log('Crisis banner first paint…');
  const paint = { normal: await firstPaint(browser, base, 1), throttled: await firstPaint(browser, base, 4) };

  const queries = QUERIES.map((q) => q.query);
  const results = [];
  for (const size of sizes) {
    // Plain fuse.js takes seconds per query at 50,000 entries: time it on fewer of the same queries.
    const all = prefixes(queries);
    const large = size > 10000;
    const judged = QUERIES.filter((_, i) => !large || i % 3 === 0);
    const fuseQueries =
      size <= 1000 ? all : large ? judged.map((q) => q.query) : [...new Set([...all.filter((_, i) => i % 3 === 0), ...queries])];
    log(`${size} entries: typing ${all.length} keys, plain fuse.js on ${fuseQueries.length} queries…`);
    const src = `/bench/out/data/catalogue-${size}.json`;
    const run = await searchRun(
      browser,
      base,
      src,
      queries,
      fuseQueries,
      judged.map((q) => q.query),
    );
    results.push(summarise(size, run, judged, fuseQueries));
  }
  const report = { machine, bytes, paint, sizes: results };
  report.checks = checkTargets(report);
  report.seconds = Math.round((Date.now() - started) / 1000);
  machine.loadAtEnd = os.loadavg()[0].toFixed(1);
  const md = markdown(report);
  writeFileSync('bench/results.json', JSON.stringify(report, null, 2) + '\n');
  writeFileSync('bench/results.md', md);
  // The README shows the latest run between its two markers.
  const readme = readFileSync('README.md', 'utf8');
  const marked = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (marked.test(readme))
    writeFileSync(
      'README.md',
      readme.replace(marked, (_, start, end) => `${start}\n${md}\n${end}`),
    );
  log(`\n${md}\nWrote bench/results.json and bench/results.md in ${report.seconds} s.`);
} catch (error) {
  // A run that failed part-way must not look like a finished one.
  console.error(`The benchmark failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
