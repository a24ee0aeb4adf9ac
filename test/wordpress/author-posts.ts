// An Author (no unfiltered_html) places the block in the editor and types the
// shortcode; visitors then see the finder.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { rest } from './browser.js';
import { finderAttributes, finderReady, resultNames, scriptSources, search } from './finder-page.js';
import type { World } from './world.js';

/** Adds the block in the block editor, publishes, and returns the post's address. */
export async function publishBlockPost(page: Page, title: string, attributes: Record<string, unknown>): Promise<string> {
  await page.waitForFunction(() => {
    const wp = (window as any).wp;
    return wp?.blocks?.getBlockType?.('support-finder/finder') && wp.data.select('core/editor').getCurrentPostId();
  });
  return page.evaluate(
    async (title, attributes) => {
      const wp = (window as any).wp;
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('support-finder/finder', attributes));
      wp.data.dispatch('core/editor').editPost({ title, status: 'publish' });
      await wp.data.dispatch('core/editor').savePost();
      if (!wp.data.select('core/editor').didPostSaveRequestSucceed()) throw new Error('the editor could not save the post');
      return wp.data.select('core/editor').getPermalink();
    },
    title,
    attributes,
  );
}

export function authorPlacesTheFinder(world: World): void {
  it('lets an Author add the block in the editor and publish it, storing only the block comment', async () => {
    const page = await world.author.open('/wp-admin/post-new.php');
    world.posts.block = await publishBlockPost(page, 'Find support (block)', { lang: 'fr', province: 'QC', quickExit: true });
    // The editor's preview is the real finder.
    await page.waitForFunction(() => !!document.querySelector('.wp-block-support-finder-finder support-finder')?.shadowRoot);
    const id = await page.evaluate(() => (window as any).wp.data.select('core/editor').getCurrentPostId());
    const stored = await rest(page, `/wp/v2/posts/${id}?context=edit`);
    const raw = (stored.body.content as { raw: string }).raw;
    assert.match(raw, /^<!-- wp:support-finder\/finder \{[^}]*"lang":"fr"[^}]*\} \/-->$/);
    assert.doesNotMatch(raw, /<support-finder/);
    await page.close();
  });

  it('lets an Author publish a post with the shortcode', async () => {
    const page = await world.author.open('/wp-admin/profile.php');
    const answer = await rest(page, '/wp/v2/posts', {
      method: 'POST',
      body: JSON.stringify({ title: 'Find support (shortcode)', status: 'publish', content: '[support_finder category="peer" filters="category,audience"]' }),
    });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    world.posts.shortcode = answer.body.link as string;
    await page.close();
  });

  for (const kind of ['block', 'shortcode'] as const) {
    it(`shows visitors the finder from the ${kind} post, with the banner's 9-8-8 links and a working search`, async () => {
      const page = await world.visitor.open(new URL(world.posts[kind]!).pathname + new URL(world.posts[kind]!).search);
      await finderReady(page);
      const calls = await page.$$eval('support-finder >>> a[href^="tel:988"], support-finder >>> a[href^="sms:988"]', (a) =>
        a.map((l) => l.getAttribute('href')),
      );
      assert.ok(calls.includes('tel:988') && calls.includes('sms:988'), `banner links: ${calls.join(', ')}`);
      const before = await resultNames(page);
      // The block presets Quebec: a Quebec service answers its search.
      await search(page, kind === 'block' ? 'revivre' : 'nova scotia', kind === 'block' ? 'Revivre' : 'Nova Scotia Peer');
      assert.notDeepEqual(await resultNames(page), before);
      const finderScripts = (await scriptSources(page)).filter((s) => s.includes('support-finder'));
      assert.deepEqual(
        finderScripts.map((s) => new URL(s).pathname),
        ['/wp-content/plugins/support-finder/assets/support-finder.iife.js'],
      );
      const elsewhere = world.visitor.requests.filter((r) => !r.startsWith(world.site.url) && !/^(data|blob):/.test(r));
      assert.deepEqual(elsewhere, [], 'the page asked another host for something');
      await page.close();
    });
  }

  it("passes the block's settings to the element: language, province and quick exit", async () => {
    const page = await world.visitor.open(new URL(world.posts.block!).pathname + new URL(world.posts.block!).search);
    await finderReady(page);
    const attributes = await finderAttributes(page);
    assert.equal(attributes.lang, 'fr');
    assert.equal(attributes.province, 'QC');
    assert.equal(attributes['quick-exit'], '');
    const leave = await page.$eval('support-finder >>> [part~="banner"]', (b) => b.textContent);
    assert.match(leave!, /Quitter ce site/);
    await page.close();
  });

  it('does not print the script on a page without a finder', async () => {
    const page = await world.visitor.open('/?p=1');
    assert.equal((await scriptSources(page)).filter((s) => s.includes('support-finder')).length, 0);
    assert.equal(await page.$('support-finder'), null);
    await page.close();
  });
}
