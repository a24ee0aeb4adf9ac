// The save route refuses whoever may not publish, and files that are not a
// catalogue; each time, the published catalogue stays as it was.
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { rest, type RestAnswer } from './browser.js';
import type { World } from './world.js';

const CATALOGUE = JSON.stringify({ version: 1, resources: [{ id: 'intruder', category: 'peer', name: 'Should never be published' }] });

export function saveRouteRefuses(world: World): void {
  let admin: Page;
  let author: Page;
  let visitor: Page;
  let published: { url: string; text: string };

  /** The published file's text, as a visitor fetches it. */
  const publishedText = async () => {
    const status = await rest(admin, '/support-finder/v1/catalogue');
    const url = status.body.url as string;
    const text = await visitor.evaluate(async (url) => (await fetch(url, { cache: 'no-store' })).text(), url);
    return { url, text };
  };
  const assertUnchanged = async (answer: RestAnswer, status: number) => {
    assert.equal(answer.status, status, JSON.stringify(answer.body));
    assert.deepEqual(await publishedText(), published);
  };

  it('refuses an Author, a logged-out visitor and a request without the nonce, and changes nothing', async () => {
    admin = await world.admin.open('/wp-admin/profile.php');
    author = await world.author.open('/wp-admin/profile.php');
    visitor = await world.visitor.open('/?p=1');
    published = await publishedText();
    assert.match(published.text, /riverside-peer-drop-in/);
    const post = (page: Page, nonce: boolean, path = '/support-finder/v1/catalogue') => rest(page, path, { method: 'POST', body: CATALOGUE, nonce });
    await assertUnchanged(await post(author, true), 403);
    await assertUnchanged(await post(visitor, false), 401);
    await assertUnchanged(await post(admin, false), 401);
    await assertUnchanged(await post(author, true, '/support-finder/v1/catalogue/restore'), 403);
    await assertUnchanged(await post(visitor, false, '/support-finder/v1/catalogue/restore'), 401);
  });

  const refusals: [string, string, number, RegExp][] = [
    ['a file that is not JSON', '{"version": 1, "resources": [', 400, /JSON/],
    ['JSON that is not an object', '[{"id": "a"}]', 400, /A catalogue is a JSON object/],
    ['a catalogue of another version', '{"version": 2, "resources": []}', 400, /"version" must be 1/],
    ['a catalogue with no entries', '{"version": 1, "resources": []}', 400, /no entries/],
    [
      'an entry with a bad category',
      '{"version": 1, "resources": [{"id": "ok", "category": "peer", "name": "A"}, {"id": "b", "category": "therapy", "name": "B"}]}',
      400,
      /resources\[1\] \(id "b"\): "category" must be one of peer, family, clinical/,
    ],
    [
      'text under a key that is not a language code',
      '{"version": 1, "resources": [{"id": "circle", "category": "family", "name": {"en": "Circle", "Punjabi": "ਸਰਕਲ"}}]}',
      400,
      /resources\[0\] \(id "circle"\): "name": "Punjabi" is not a language code such as "en", "pa" or "fr-CA"/,
    ],
    ['an empty text in one language', '{"version": 1, "title": {"en": "Supports", "pa": " "}, "resources": [{"id": "a", "category": "peer", "name": "A"}]}', 400, /"title" in "pa" must be text that is not empty/],
    [
      'translations that are not tables of words',
      '{"version": 1, "translations": {"pa": "ਸਹਾਇਤਾ"}, "resources": [{"id": "a", "category": "peer", "name": "A"}]}',
      400,
      /"translations" in "pa" must be a table of words/,
    ],
    ['an oversized file', JSON.stringify({ version: 1, resources: [{ id: 'big', category: 'peer', name: 'x'.repeat(4 * 1024 * 1024) }] }), 413, /largest this site accepts is 4 MB/],
  ];
  for (const [what, body, status, message] of refusals) {
    it(`refuses ${what} with a message, and changes nothing`, async () => {
      const answer = await rest(admin, '/support-finder/v1/catalogue', { method: 'POST', body });
      await assertUnchanged(answer, status);
      assert.match(answer.body.message ?? '', message);
      if (status !== 400 || what !== 'a file that is not JSON') assert.match(answer.body.message ?? '', /Nothing was replaced\./);
    });
  }

  after(async () => {
    await Promise.all([admin?.close(), author?.close(), visitor?.close()]);
  });
}
