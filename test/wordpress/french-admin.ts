// An Administrator whose WordPress speaks French gets the settings page and
// the builder in French.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { session } from './browser.js';
import { USERS } from './playground.js';
import type { World } from './world.js';

export function frenchAdministrator(world: World, browser: () => Browser): void {
  it('shows Settings → Support Finder in French, with the builder in French', async () => {
    const french = await session(browser(), world.site, USERS.adminFr);
    const page = await french.open('/wp-admin/options-general.php?page=support-finder');
    assert.equal(await page.$eval('#support-finder-save', (b) => b.textContent), 'Enregistrer sur ce site');
    assert.equal(await page.$eval('#support-finder-restore', (b) => b.textContent), 'Restaurer le répertoire précédent');
    assert.match(await page.$eval('#support-finder-status', (p) => p.textContent!), /^Publié\u00a0: 2 ressources, enregistrées le /);
    assert.equal(await page.$eval('support-finder-builder', (b) => b.getAttribute('lang')), 'fr');
    await page.waitForFunction(() => /Ouvrir|ouvrir/.test(document.querySelector('support-finder-builder')?.shadowRoot?.textContent ?? ''));
    assert.deepEqual(french.errors, []);
    await french.context.close();
  });
}
