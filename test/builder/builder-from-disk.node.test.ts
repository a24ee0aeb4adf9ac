// The builder page as a maintainer without Node opens it: a double-click on demo/builder.html (file://),
// in a real headless Chromium. Needs a build first (npm test runs one).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { root, runCli } from '../cli/run-cli.js';

let browser: Browser;

before(async () => {
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
});
after(() => browser?.close());

async function open(file: string, javaScript = true): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return page;
}

/** Text inside the builder's shadow root, or the page's own text when the builder did not start. */
const builderText = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const el = document.querySelector('support-finder-builder');
    return (el?.shadowRoot ?? document).querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }, selector);

describe('the package', () => {
  test('ships the builder pages ready to open, with the scripts they load', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const folder of ['demo', 'dist', 'data/templates']) assert.ok(pkg.files.includes(folder), folder);
    for (const page of ['demo/builder.html', 'demo/builder-fr.html']) {
      const scripts = [...readFileSync(join(root, page), 'utf8').matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
      assert.deepEqual(scripts, ['../dist/support-finder-builder.iife.js'], page);
    }
    for (const file of ['support-finder-builder.iife.js', 'support-finder.core.iife.js', 'support-finder.core.text.js']) {
      assert.ok(existsSync(join(root, 'dist', file)), file);
    }
  });
});

describe('when demo/builder.html is opened from disk', () => {
  test('the builder starts, and makes the one-file finder from the engine beside it', async () => {
    const page = await open(join(root, 'demo/builder.html'));
    assert.equal(await builderText(page, '#start-heading'), 'Start');
    await page.evaluate(() =>
      document.querySelector('support-finder-builder')!.shadowRoot!.querySelector<HTMLElement>('#start-builtin')!.click(),
    );
    await page.evaluate(() =>
      document.querySelector('support-finder-builder')!.shadowRoot!.querySelector<HTMLElement>('#download-bundle')!.click(),
    );
    await page.waitForFunction(
      () => document.querySelector('support-finder-builder')!.shadowRoot!.querySelector('#after-download, #bundle-error'),
      { timeout: 10000 },
    );
    assert.equal(await builderText(page, '#bundle-error'), '');
    assert.match(await builderText(page, '#snippet'), /<script src="catalogue-finder.js"><\/script> <support-finder><\/support-finder>/);
    // The same file as the command makes from the same catalogue.
    const made = await page.evaluate(async () => {
      const link = document
        .querySelector('support-finder-builder')!
        .shadowRoot!.querySelector<HTMLAnchorElement>('a[download$="-finder.js"]')!;
      return (await fetch(link.href)).text();
    });
    const cli = runCli('bundle', join(root, 'data/catalogue.json'), '-o', '-');
    assert.equal(cli.status, 0, cli.stderr);
    assert.ok(made === cli.stdout, 'the builder’s one-file finder differs from support-finder bundle’s');
    await page.close();
  });

  test('without its script beside it, it names that cause', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'support-finder-builder-'));
    mkdirSync(join(dir, 'demo'));
    copyFileSync(join(root, 'demo/builder.html'), join(dir, 'demo/builder.html'));
    const page = await open(join(dir, 'demo/builder.html'));
    assert.match(await builderText(page, '#builder-not-started'), /its script, dist\/support-finder-builder.iife.js, is missing/);
    await page.close();
  });

  test('with JavaScript turned off, it says that, not "run npm start"', async () => {
    const page = await open(join(root, 'demo/builder-fr.html'), false);
    assert.match(await builderText(page, '#builder-not-started'), /nécessite JavaScript, qui est désactivé ou bloqué/);
    await page.close();
  });
});
