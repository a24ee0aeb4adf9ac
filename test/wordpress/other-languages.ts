// A branch that serves people in Punjabi: its catalogue carries Punjabi text
// and the finder's words in Punjabi, a translation file sits on the site, and
// the block and the shortcode name the language, the file and a fallback.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { publishBlockPost } from './author-posts.js';
import { rest } from './browser.js';
import { finderAttributes, finderReady, resultNames } from './finder-page.js';
import { fixture, openInBuilder, press } from './publish-catalogue.js';
import type { World } from './world.js';

// Test fixtures written for these tests, not translations to ship.
const FILE_PATH = '/wp-content/uploads/support-finder-tests/finder-pa.json';

/** The value of the sidebar's list (`select`) or field (`input`) with this label, as a person reads it there. */
async function sidebarValue(page: Page, label: string, kind: 'select' | 'input'): Promise<string> {
  const found = await page.waitForFunction(
    (label, kind) => {
      const labels = [...document.querySelectorAll('.interface-complementary-area label')] as HTMLLabelElement[];
      const control = labels.find((l) => l.textContent!.trim() === label && l.control?.localName === kind)?.control;
      return control ? { value: (control as HTMLInputElement | HTMLSelectElement).value } : null;
    },
    {},
    label,
    kind,
  );
  return ((await found.jsonValue()) as { value: string }).value;
}

/** Selects the finder's block and opens its Language panel in the sidebar. */
async function openLanguagePanel(page: Page): Promise<void> {
  await page.evaluate(() => {
    const wp = (window as any).wp;
    const block = wp.data.select('core/block-editor').getBlocks().find((b: { name: string }) => b.name === 'support-finder/finder');
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  await page.waitForFunction(() => {
    const toggles = [...document.querySelectorAll('.interface-complementary-area .components-panel__body-toggle')] as HTMLElement[];
    const toggle = toggles.find((b) => b.textContent!.trim() === 'Language');
    if (toggle && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    return !!toggle;
  });
}

export function aBranchServesPunjabi(world: World): void {
  const translations = () => `${world.site.url}${FILE_PATH}?v=1&for=tests`;
  const posts: Record<string, string> = {};

  it('accepts a catalogue with Punjabi text (a title in Punjabi only) and its own Punjabi words from the settings page, and serves them as written', async () => {
    const page = await world.admin.open('/wp-admin/options-general.php?page=support-finder');
    await openInBuilder(page, 'branch-pa.json', 2);
    const notice = await press(page, '#support-finder-save');
    assert.equal(notice.ok, true, notice.text);
    const status = await rest(page, '/support-finder/v1/catalogue');
    const served = await page.evaluate(async (url) => (await fetch(url, { cache: 'no-store' })).json(), status.body.url as string);
    const written = JSON.parse(readFileSync(fixture('branch-pa.json'), 'utf8'));
    assert.deepEqual(served.translations, written.translations);
    assert.deepEqual(served.title, written.title);
    assert.deepEqual(served.resources[0].name, written.resources[0].name);
    await page.close();
  });

  it('lets an Author set the language, a translation file and a fallback in the block sidebar, and publish', async () => {
    // The translation file is one the site serves, as a branch would upload it.
    mkdirSync(join(world.site.wordpress, 'wp-content', 'uploads', 'support-finder-tests'), { recursive: true });
    copyFileSync(fixture('finder-pa.json'), join(world.site.wordpress, FILE_PATH));
    const page = await world.author.open('/wp-admin/post-new.php');
    posts.block = await publishBlockPost(page, 'Find support in Punjabi (block)', { lang: 'pa-IN', translations: translations(), fallbackLang: 'fr' });
    await openLanguagePanel(page);
    assert.equal(await sidebarValue(page, 'Language', 'select'), 'other');
    assert.equal(await sidebarValue(page, 'Language tag', 'input'), 'pa-IN');
    assert.equal(await sidebarValue(page, 'Translation address', 'input'), translations());
    assert.equal(await sidebarValue(page, 'Fallback language', 'select'), 'fr');
    // The preview appears once the site has said what it publishes.
    const finder = await page.waitForSelector('.wp-block-support-finder-finder support-finder');
    const preview = await finder!.evaluate((f) => [f.getAttribute('lang'), f.getAttribute('fallback-lang')]);
    assert.deepEqual(preview, ['pa-IN', 'fr']);
    await page.close();
  });

  it('lets an Author publish the shortcode with lang="pa-IN", a translations address and fallback_lang="fr"', async () => {
    const page = await world.author.open('/wp-admin/profile.php');
    const content = `[support_finder lang="pa-IN" translations="${translations()}" fallback_lang="fr"]`;
    const answer = await rest(page, '/wp/v2/posts', { method: 'POST', body: JSON.stringify({ title: 'Find support in Punjabi (shortcode)', status: 'publish', content }) });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    posts.shortcode = answer.body.link as string;
    await page.close();
  });

  for (const kind of ['block', 'shortcode']) {
    it(`renders the ${kind}'s language, translation address and fallback on the element, escaped, with the no-JavaScript lines in the fallback's French`, async () => {
      const url = new URL(posts[kind]!);
      const page = await world.visitor.open(url.pathname + url.search);
      const html = await page.evaluate(async (url) => (await fetch(url, { cache: 'no-store' })).text(), url.href);
      // As the server wrote it: the address's "&" escaped, the crisis lines in French until the script runs.
      const element = /<support-finder[^>]*>/.exec(html)![0];
      assert.match(element, / lang="pa-IN"/);
      assert.match(element, / fallback-lang="fr"/);
      assert.match(element, / translations="[^"]*\?v=1&(amp|#038);for=tests"/);
      assert.match(html, /<support-finder[^>]*><p lang="fr">En crise&nbsp;\? Appelez ou textez le <a href="tel:988">9-8-8<\/a>/);
      const attributes = await finderAttributes(page);
      assert.equal(attributes.translations, translations());
      await page.close();
    });

    it(`shows visitors the ${kind}'s finder in Punjabi: the catalogue's text and words, the file's words, and French where neither has them`, async () => {
      const url = new URL(posts[kind]!);
      const page = await world.visitor.open(url.pathname + url.search);
      await finderReady(page);
      // The file's word for the search box, and the catalogue's for the count.
      await page.waitForSelector('::-p-aria([name="ਸਹਾਇਤਾ ਖੋਜੋ"][role="searchbox"])');
      assert.equal(await page.$eval('support-finder >>> [part~="count"]', (p) => p.textContent!.trim()), '2 ਸਹਾਇਤਾਵਾਂ ਮਿਲੀਆਂ');
      // Punjabi text where the catalogue has it, else the fallback's French.
      assert.deepEqual((await resultNames(page)).sort(), ['Consultation sans rendez-vous de Riverside', 'ਪਰਿਵਾਰਕ ਸਰਕਲ']);
      await page.waitForSelector('::-p-aria([name="ਤੁਹਾਡੇ ਨੇੜੇ ਸਹਾਇਤਾ"][role="heading"])');
      // No Punjabi table has the categories' names: French, the fallback, not English.
      const text = await page.$eval('support-finder', (f) => f.shadowRoot!.textContent!);
      assert.match(text, /Familles et proches aidants/);
      assert.doesNotMatch(text, /Family & caregivers/);
      await page.close();
    });
  }
}
