// An Administrator publishes a catalogue from Settings → Support Finder; the
// pages show it; "Restore the previous catalogue" brings the one before back.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { finderReady, resultNames } from './finder-page.js';
import { root } from './playground.js';
import type { World } from './world.js';

export const fixture = (name: string) => join(root, 'test', 'fixtures', 'wordpress', name);

/** The results a visitor sees on a post made earlier. */
export async function namesOn(world: World, post: 'block' | 'shortcode'): Promise<string[]> {
  const url = new URL(world.posts[post]!);
  const page = await world.visitor.open(url.pathname + url.search);
  await finderReady(page);
  const names = await resultNames(page);
  await page.close();
  return names;
}

export async function openInBuilder(page: Page, file: string, count: number): Promise<void> {
  const input = (await page.waitForSelector('support-finder-builder >>> input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(fixture(file));
  await page.waitForFunction(
    (count) => (document.querySelector('support-finder-builder') as any)?.catalogueToPublish?.().catalogue.resources.length === count,
    {},
    count,
  );
}

/** Presses a button and returns the notice it leads to. */
export async function press(page: Page, button: string): Promise<{ ok: boolean; text: string }> {
  await page.$eval('#support-finder-message', (m) => m.replaceChildren());
  // The builder above redraws while a file opens, moving the button as puppeteer aims: press it in the page.
  await page.$eval(button, (b) => (b as HTMLButtonElement).click());
  const notice = await page.waitForSelector('#support-finder-message .notice');
  return notice!.evaluate((n) => ({ ok: n.classList.contains('notice-success'), text: n.textContent!.trim() }));
}

export function administratorPublishesACatalogue(world: World): void {
  let page: Page;

  it('opens Settings → Support Finder with the builder, and nothing to restore yet', async () => {
    page = await world.admin.open('/wp-admin/options-general.php?page=support-finder');
    await page.waitForFunction(() => !!document.querySelector('support-finder-builder')?.shadowRoot?.querySelector('input[type="file"]'));
    const builderScript = await page.$eval('script[src*="support-finder-builder.js"]', (s) => s.getAttribute('type'));
    assert.equal(builderScript, 'module');
    assert.equal(await page.$eval('#support-finder-restore', (b) => (b as HTMLButtonElement).disabled), true);
    assert.match(await page.$eval('#support-finder-status', (p) => p.textContent!), /built-in catalogue/);
  });

  it('refuses to save before a catalogue is opened, and says what to do', async () => {
    const notice = await press(page, '#support-finder-save');
    assert.equal(notice.ok, false);
    assert.match(notice.text, /Open a catalogue/);
  });

  it('saves an opened catalogue to the site, and the pages show its entries', async () => {
    await openInBuilder(page, 'branch-a.json', 2);
    const notice = await press(page, '#support-finder-save');
    assert.equal(notice.ok, true, notice.text);
    assert.match(notice.text, /\(2 entries\)/);
    assert.match(await page.$eval('#support-finder-status', (p) => p.textContent!), /Published: 2 entries/);
    assert.deepEqual((await namesOn(world, 'block')).sort(), ['Cercle des familles de Riverside', 'Halte-accueil des pairs de Riverside']);
    assert.deepEqual(await namesOn(world, 'shortcode'), ['Riverside Peer Drop-in']);
  });

  it('replaces it with the next catalogue saved, keeping the one before', async () => {
    await openInBuilder(page, 'branch-b.json', 1);
    const notice = await press(page, '#support-finder-save');
    assert.equal(notice.ok, true, notice.text);
    assert.deepEqual(await namesOn(world, 'block'), ['Clinique de counseling Lakeside']);
    assert.equal(await page.$eval('#support-finder-restore', (b) => (b as HTMLButtonElement).disabled), false);
  });

  it('restores the previous catalogue, and the pages show it again', async () => {
    const notice = await press(page, '#support-finder-restore');
    assert.equal(notice.ok, true, notice.text);
    assert.match(notice.text, /Restored the catalogue saved on .* \(2 entries\)/);
    assert.deepEqual((await namesOn(world, 'block')).sort(), ['Cercle des familles de Riverside', 'Halte-accueil des pairs de Riverside']);
    await page.close();
  });
}
