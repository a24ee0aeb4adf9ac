// Deleting the plugin from Plugins runs its uninstall.php: its option goes,
// and the published catalogue files stay, as the readme says (they are the
// branch's data). Runs last: the plugin is gone afterwards.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { deactivatePlugin, deletePlugin } from './plugins-screen.js';
import type { World } from './world.js';

/** Whether Settings → All options (wp-admin/options.php) lists the plugin's option. */
async function optionListed(world: World): Promise<boolean> {
  const page = await world.admin.open('/wp-admin/options.php');
  await page.waitForSelector('#blogname');
  const listed = (await page.$('#support_finder_catalogue')) !== null;
  await page.close();
  return listed;
}

export function deletingThePlugin(world: World): void {
  const uploads = () => join(world.site.wordpress, 'wp-content', 'uploads', 'support-finder');

  it('keeps the published catalogue in an option and a file in uploads while installed', async () => {
    assert.equal(await optionListed(world), true);
    assert.ok(existsSync(join(uploads(), 'catalogue.json')), 'uploads/support-finder/catalogue.json exists');
  });

  it('removes its option, and keeps the published files, when deactivated and deleted from Plugins', async () => {
    await deactivatePlugin(world.admin);
    await deletePlugin(world.admin);
    assert.equal(await optionListed(world), false);
    assert.ok(existsSync(join(uploads(), 'catalogue.json')), 'the published catalogue is kept');
  });
}
