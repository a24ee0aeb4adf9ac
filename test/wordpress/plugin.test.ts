// The WordPress plugin in a real WordPress (6.1 from the machine's own
// package, PHP 7.4, in WordPress Playground), driven in Chromium. One boot for
// every scenario; they run in order and build on each other's posts.
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { launchBrowser, session, type Session } from './browser.js';
import { pluginLogLines, startPlayground, USERS, type Playground } from './playground.js';
import { authorPlacesTheFinder } from './author-posts.js';
import { frenchAdministrator } from './french-admin.js';
import { hostileValuesAreEscaped } from './hostile-values.js';
import { aBranchServesPunjabi } from './other-languages.js';
import { pluginZipInstalls } from './plugin-zip.js';
import { administratorPublishesACatalogue } from './publish-catalogue.js';
import { saveRouteRefuses } from './save-refusals.js';
import { deletingThePlugin } from './uninstall.js';
import type { World } from './world.js';

const world = {} as World;
let browser: Browser | undefined;

before(
  async () => {
    world.site = await startPlayground();
    browser = await launchBrowser();
    world.admin = await session(browser, world.site, 'admin');
    world.author = await session(browser, world.site, USERS.author);
    world.visitor = await session(browser, world.site, null);
    world.posts = {};
  },
  { timeout: 240_000 },
);

after(async () => {
  await browser?.close();
  await world.site?.stop();
});

describe('the Support Finder plugin in WordPress', { timeout: 1_200_000 }, () => {
  describe('when an Author places the finder', () => authorPlacesTheFinder(world));
  describe('when an Administrator publishes a catalogue', () => administratorPublishesACatalogue(world));
  describe('when settings are hostile', () => hostileValuesAreEscaped(world));
  describe('when someone else tries to publish, or the file is wrong', () => saveRouteRefuses(world));
  describe('when the site speaks French', () => frenchAdministrator(world, () => browser!));
  describe('when a branch serves people in Punjabi', () => aBranchServesPunjabi(world));
  describe('when the zip is uploaded', () => pluginZipInstalls(world));
  describe('when the plugin is deleted', () => deletingThePlugin(world));

  it('leaves no PHP notice, warning or error naming the plugin in the log', () => {
    const lines = pluginLogLines(world.site as Playground);
    if (lines.length) throw new Error(`debug.log:\n${lines.join('\n')}`);
  });

  it('leaves no console error or failed script in any page', () => {
    const errors = [world.admin, world.author, world.visitor].flatMap((s: Session) => s.errors);
    if (errors.length) throw new Error(errors.join('\n'));
  });
});
