// Hostile settings come out escaped or refused: posted by an Administrator,
// whose content WordPress does not filter, so only the plugin stands between
// them and the page.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { rest } from './browser.js';
import { finderAttributes, finderReady } from './finder-page.js';
import type { World } from './world.js';

const BREAK_OUT = '"><script>window.sfPwned = 1</script><img src=x onerror="window.sfPwned = 2">';

const hostileBlock = {
  source: 'url',
  src: 'javascript:window.sfPwned = 3',
  lang: 'fr" onmouseover="window.sfPwned = 4',
  translations: 'javascript:window.sfPwned = 9',
  fallbackLang: 'en" onmouseover="window.sfPwned = 10',
  category: `peer${BREAK_OUT}`,
  province: `QC${BREAK_OUT}`,
  region: `Montréal${BREAK_OUT}`,
  audience: `youth${BREAK_OUT}`,
  quickExit: true,
  quickExitUrl: 'javascript:window.sfPwned = 5',
  filters: `audience,${BREAK_OUT}`,
};
// WordPress texturizes a shortcode holding "<" before it runs, so its attributes break out with quotes alone.
const hostileShortcode =
  `[support_finder src="javascript:window.sfPwned=6" quick_exit="javascript:window.sfPwned=7" region='Montréal" onmouseover="window.sfPwned=8'` +
  ` lang="pa IN" translations="javascript:window.sfPwned=11" fallback_lang='fr" onmouseover="window.sfPwned=12']`;

export function hostileValuesAreEscaped(world: World): void {
  const posts: Record<string, string> = {};

  it('lets an Administrator save posts with hostile block and shortcode settings', async () => {
    const page = await world.admin.open('/wp-admin/profile.php');
    const contents = {
      block: `<!-- wp:support-finder/finder ${JSON.stringify(hostileBlock)} /-->`,
      shortcode: hostileShortcode,
    };
    for (const [kind, content] of Object.entries(contents)) {
      const answer = await rest(page, '/wp/v2/posts', { method: 'POST', body: JSON.stringify({ title: `Hostile ${kind}`, status: 'publish', content }) });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      posts[kind] = answer.body.link as string;
    }
    await page.close();
  });

  for (const kind of ['block', 'shortcode']) {
    it(`renders the hostile ${kind} as one inert element: nothing runs, no address but http(s)`, async () => {
      const url = new URL(posts[kind]!);
      const page = await world.visitor.open(url.pathname + url.search);
      await finderReady(page);
      assert.equal(await page.evaluate(() => (window as { sfPwned?: number }).sfPwned), undefined);
      // Nothing broke out of the element: no script or image of the attacker's in the page.
      assert.equal(await page.$$eval('script:not([src]), img[src="x"]', (found) => found.filter((e) => /sfPwned/.test(e.outerHTML)).length), 0);
      const attributes = await finderAttributes(page);
      // `class` is the block's; `dir` the element writes on itself from its language.
      const names = Object.keys(attributes).filter((n) => n !== 'class');
      assert.ok(!('dir' in attributes) || /^(ltr|rtl)$/.test(attributes.dir!), `dir="${attributes.dir}"`);
      for (const name of names) assert.match(name, /^(src|lang|category|province|region|audience|quick-exit|filters|dir)$/);
      for (const [name, value] of Object.entries(attributes)) {
        assert.doesNotMatch(value, /</, `${name}="${value}"`);
        if (name === 'src' || name === 'quick-exit') assert.ok(value === '' || /^https?:\/\//.test(value), `${name}="${value}"`);
      }
      // A language that is not a tag, and a translation address that is not http(s), are left out.
      assert.equal(attributes.lang, undefined);
      assert.equal(attributes.translations, undefined);
      assert.equal(attributes['fallback-lang'], undefined);
      // A refused quick-exit address still gives the button, to the finder's own neutral page.
      assert.equal(attributes['quick-exit'], '');
      assert.notEqual(attributes.src, undefined, "a refused address falls back to the site's catalogue");
      if (kind === 'block') {
        assert.equal(attributes.category, undefined);
        assert.equal(attributes.province, undefined);
        assert.equal(attributes.filters, 'audience');
      } else {
        assert.equal(attributes.region, 'Montréal" onmouseover="window.sfPwned=8');
      }
      await page.close();
    });
  }
}
