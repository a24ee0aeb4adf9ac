// Deactivating and deleting the plugin from a Plugins screen, as an Administrator does.
import assert from 'node:assert/strict';
import type { Session } from './browser.js';

const PLUGIN = 'support-finder/support-finder.php';

/** The address of a link in the plugin's row of a Plugins screen (followed, not clicked: no confirm dialog). */
async function rowLink(who: Session, screen: string, link: 'deactivate' | 'delete'): Promise<string> {
  const page = await who.open(screen);
  const href = await page.$eval(`tr[data-plugin="${PLUGIN}"] .${link} a`, (a) => (a as HTMLAnchorElement).href);
  await page.close();
  const url = new URL(href);
  return url.pathname + url.search;
}

/** Deactivates the plugin from `screen` (the site's Plugins). */
export async function deactivatePlugin(who: Session, screen = '/wp-admin/plugins.php'): Promise<void> {
  await (await who.open(await rowLink(who, screen, 'deactivate'))).close();
}

/** Deletes the plugin from `screen`: WordPress asks first, on a page of its own naming it, then says it is deleted. */
export async function deletePlugin(who: Session, screen = '/wp-admin/plugins.php'): Promise<void> {
  const page = await who.open(await rowLink(who, screen, 'delete'));
  assert.match(await page.$eval('#wpbody-content', (b) => (b as HTMLElement).innerText), /Support Finder/);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }), page.click('#submit')]);
  assert.match(await page.$eval('#wpbody-content', (b) => (b as HTMLElement).innerText), /deleted/i);
  await page.close();
}
