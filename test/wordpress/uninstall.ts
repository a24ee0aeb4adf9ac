// Deleting the plugin from Plugins runs its uninstall.php: its option goes,
// and the published catalogue files stay, as the readme says (they are the
// branch's data). Runs last: the plugin is gone afterwards.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import type { World } from './world.js';

const PLUGIN = 'support-finder/support-finder.php';

/** Whether Settings → All options (wp-admin/options.php) lists the plugin's option. */
async function optionListed(world: World): Promise<boolean> {
  const page = await world.admin.open('/wp-admin/options.php');
  await page.waitForSelector('#blogname');
  const listed = (await page.$('#support_finder_catalogue')) !== null;
  await page.close();
  return listed;
}

/** Follows a link of the plugin's row in Plugins, as its address (no script, so no confirm dialog). */
async function followRowLink(world: World, link: string): Promise<string> {
  const page = await world.admin.open('/wp-admin/plugins.php');
  const href = await page.$eval(`tr[data-plugin="${PLUGIN}"] .${link} a`, (a) => (a as HTMLAnchorElement).href);
  await page.close();
  return href;
}

export function deletingThePlugin(world: World): void {
  const uploads = () => join(world.site.wordpress, 'wp-content', 'uploads', 'support-finder');

  it('keeps the published catalogue in an option and a file in uploads while installed', async () => {
    assert.equal(await optionListed(world), true);
    assert.ok(existsSync(join(uploads(), 'catalogue.json')), 'uploads/support-finder/catalogue.json exists');
  });

  it('removes its option, and keeps the published files, when deactivated and deleted from Plugins', async () => {
    const deactivate = new URL(await followRowLink(world, 'deactivate'));
    await (await world.admin.open(deactivate.pathname + deactivate.search)).close();
    const remove = new URL(await followRowLink(world, 'delete'));
    const page = await world.admin.open(remove.pathname + remove.search);
    // WordPress asks first, on a page of its own, naming the plugin.
    assert.match(await page.$eval('#wpbody-content', (b) => (b as HTMLElement).innerText), /Support Finder/);
    await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }), page.click('#submit')]);
    assert.match(await page.$eval('#wpbody-content', (b) => (b as HTMLElement).innerText), /deleted/i);
    await page.close();
    assert.equal(await optionListed(world), false);
    assert.ok(existsSync(join(uploads(), 'catalogue.json')), 'the published catalogue is kept');
  });
}
