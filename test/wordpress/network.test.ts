// The plugin on a multisite network (WordPress 6.1, PHP 7.4, in WordPress
// Playground), driven in Chromium: two sites, each with its own published
// catalogue, and the plugin deleted by the network's super admin.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, session, type Session } from './browser.js';
import { pluginLogLines, root, startPlayground, type Playground } from './playground.js';
import { deactivatePlugin, deletePlugin } from './plugins-screen.js';

let site: Playground | undefined;
let browser: Browser | undefined;
let admin: Session;

before(
  async () => {
    site = await startPlayground({ network: { catalogue: readFileSync(join(root, 'test', 'fixtures', 'good.json'), 'utf8') } });
    browser = await launchBrowser();
    admin = await session(browser, site, 'admin');
  },
  { timeout: 240_000 },
);

after(async () => {
  await browser?.close();
  await site?.stop();
});

/** Whether Network Admin → Sites → Edit → Settings lists the plugin's option for site `id`. */
async function optionListed(id: number): Promise<boolean> {
  const page = await admin.open(`/wp-admin/network/site-settings.php?id=${id}`);
  await page.waitForSelector('#submit');
  const listed = (await page.$('[name="option[support_finder_catalogue]"]')) !== null;
  await page.close();
  return listed;
}

/** Where each site keeps its published catalogue: the main site's uploads, then the second's. */
const published = () =>
  [join('uploads', 'support-finder'), join('uploads', 'sites', '2', 'support-finder')].map((dir) =>
    join(site!.wordpress, 'wp-content', dir, 'catalogue.json'),
  );

describe('the Support Finder plugin on a multisite network', { timeout: 600_000 }, () => {
  it('keeps a catalogue per site: an option in each site and a file in each site\'s uploads', async () => {
    assert.equal(await optionListed(1), true, "the main site's option");
    assert.equal(await optionListed(2), true, "the second site's option");
    for (const file of published()) assert.ok(existsSync(file), `${file} exists`);
  });

  it("removes every site's option, and keeps every site's files, when the super admin deletes it from the network's Plugins", async () => {
    // Active on the main site: WordPress deletes only a plugin that is active nowhere it can see.
    await deactivatePlugin(admin);
    await deletePlugin(admin, '/wp-admin/network/plugins.php');
    assert.equal(await optionListed(1), false, "the main site's option is gone");
    assert.equal(await optionListed(2), false, "the second site's option is gone");
    for (const file of published()) assert.ok(existsSync(file), `${file} is kept`);
  });

  it('leaves no PHP notice, warning or error naming the plugin in the log, and no console error', () => {
    const lines = pluginLogLines(site!);
    if (lines.length) throw new Error(`debug.log:\n${lines.join('\n')}`);
    if (admin.errors.length) throw new Error(admin.errors.join('\n'));
  });
});
