// The browser half of `npm run bench`: first paint of the crisis banner, and
// typing into the real finder at each catalogue size, with plain fuse.js and
// MiniSearch run on the same data in the same page.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

/** A fast typist: about 120 words a minute. */
const KEY_INTERVAL_MS = 100;
const PAINT_RUNS = 7;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => percentile(xs, 0.5);
export function percentile(xs, p) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
}

export async function launch() {
  // Plain fuse.js at 50,000 entries keeps the page busy for minutes in one call.
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS, protocolTimeout: 900000 });
  return { browser, version: await browser.version() };
}

async function newPage(browser, cpuRate = 1) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  page.on('pageerror', (error) => console.error('  page error:', error.message));
  return { page, cdp };
}

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Script arrival → banner links in the DOM, and → painted; median of several fresh loads. */
export async function firstPaint(browser, base, cpuRate) {
  const runs = [];
  for (let i = 0; i < PAINT_RUNS; i++) {
    const { page } = await newPage(browser, cpuRate);
    await page.goto(`${base}/bench/paint.html`);
    runs.push(await page.evaluate(() => window.firstPaint));
    await page.close();
  }
  return { inDom: median(runs.map((r) => r.inDom)), painted: median(runs.map((r) => r.painted)), runs: runs.length };
}

/** Every prefix of every query, as typed key by key. */
export function prefixes(queries) {
  return queries.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
}

/** Heap held by the parsed JSON alone, in a page of its own. */
async function parsedJsonHeap(browser, base, src) {
  const { page, cdp } = await newPage(browser);
  await page.goto(`${base}/bench/search.html`);
  await page.waitForFunction(() => window.bench);
  const before = await heap(cdp);
  await page.evaluate((s) => window.bench.holdParsed(s), src);
  const after = await heap(cdp);
  await page.close();
  return after - before;
}

/** Waits until every input event so far has its results on screen. */
async function answered(page) {
  await page.waitForFunction(() => window.bench.typingStats(0).latencies.every(Number.isFinite), { timeout: 60000 });
}

/**
 * The whole query in one input event, as a paste, the browser's autofill or
 * dictation gives it: first into an empty box, then pasted over the query
 * before it (select all, then the new text replaces it).
 */
async function wholeQueries(page, queries) {
  const from = await page.evaluate(() => window.bench.keystrokeCount());
  for (const query of queries) {
    await page.evaluate(() => window.bench.clear());
    await sleep(150);
    await page.keyboard.sendCharacter(query);
    await answered(page);
    await sleep(150);
  }
  const fresh = await page.evaluate((f) => window.bench.typingStats(f), from);
  const over = await page.evaluate(() => window.bench.keystrokeCount());
  for (let i = 0; i < queries.length; i++) {
    // The box holds the query before (the last of the list for the first).
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.sendCharacter(queries[i]);
    await answered(page);
    await sleep(150);
  }
  const pasted = await page.evaluate((f) => window.bench.typingStats(f), over);
  return { fresh, pasted };
}

/**
 * Loads the finder with the catalogue at `src`, types every query key by key,
 * then each whole at once (into an empty box, and over the one before), then
 * times plain fuse.js (on `fuseQueries`) and MiniSearch in the same page,
 * and ranks `judged` queries with both for relevance.
 */
export async function searchRun(browser, base, src, queries, fuseQueries, judged) {
  const { page, cdp } = await newPage(browser);
  await page.goto(`${base}/bench/search.html`);
  await page.waitForFunction(() => window.bench);
  const heapBefore = await heap(cdp);
  const load = await page.evaluate((s) => window.bench.mount(s), src);
  const finderHeap = (await heap(cdp)) - heapBefore;

  const tops = [];
  for (const query of queries) {
    await page.evaluate(() => window.bench.clear());
    await sleep(150);
    const start = Date.now();
    for (let i = 0; i < query.length; i++) {
      await page.keyboard.type(query[i]);
      const wait = start + (i + 1) * KEY_INTERVAL_MS - Date.now();
      if (wait > 0) await sleep(wait);
    }
    await page.waitForFunction(() => window.bench.typingStats(window.bench.keystrokeCount() - 1).latencies.every(Number.isFinite), {
      timeout: 60000,
    });
    tops.push(await page.evaluate(() => window.bench.shownIds().slice(0, 10)));
    if (process.env.BENCH_DEBUG) console.log('  ', query, Date.now() - start);
  }
  const step = (what) => process.env.BENCH_DEBUG && console.log(`  ${what} at ${new Date().toISOString().slice(11, 19)}`);
  step('typed');
  const typing = await page.evaluate(() => window.bench.typingStats(0));
  const whole = await wholeQueries(page, queries);
  step('whole queries');
  const fuse = await page.evaluate((s, q, t) => window.bench.rawFuse(s, q, t), src, fuseQueries, judged);
  step('plain fuse.js timed');
  const mini = await page.evaluate((s, q, t) => window.bench.miniSearch(s, q, t), src, prefixes(queries), judged);
  step('MiniSearch timed');
  const ids = [...new Set([...tops, ...fuse.tops, ...mini.tops].flat())];
  const labels = await page.evaluate((s, i) => window.bench.labels(s, i), src, ids);
  await page.close();
  const parsedHeap = await parsedJsonHeap(browser, base, src);
  const judgedTops = judged.map((q) => tops[queries.indexOf(q)]);
  return { load, finderHeap, parsedHeap, typing, whole, tops: judgedTops, fuse, mini, labels };
}
