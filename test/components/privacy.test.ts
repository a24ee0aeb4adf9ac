import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { finder, typeQuery } from '../helpers.js';
import { loadPage, readyFinder, removeFrames } from '../pages.js';

describe('privacy', () => {
  afterEach(removeFrames);

  it('fetches only the script and the catalogue the page names, and stores nothing', async () => {
    const page = await loadPage('/test/pages/csp.html');
    const shadow = await readyFinder(page);
    // A list built without persist-list stays in memory.
    for (const add of shadow.querySelectorAll<HTMLButtonElement>('.add')) add.click();
    const input = shadow.querySelector('input')!;
    for (const q of ['w', 'wa', 'war', 'warm', 'suicide']) {
      input.value = q;
      input.dispatchEvent(new page.win.Event('input'));
    }
    shadow.querySelector<HTMLButtonElement>('.filter:nth-of-type(2)')!.click();
    await new Promise((r) => setTimeout(r, 300));
    expect(shadow.querySelector('.list-button')!.textContent).to.contain('(3)');
    const resources = page.win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      // The test server injects its own reload socket into every page; a real host has none.
      .filter((path) => !path.startsWith('/__web-dev-server'))
      .sort();
    expect(resources).to.deep.equal([
      '/dist/support-finder.iife.js',
      '/test/fixtures/good.json',
      '/test/pages/hostile.css',
      '/test/pages/probe.js',
    ]);
    const probe = page.win.__probe;
    expect(probe.requests.map((u) => new URL(u, page.win.location.href).pathname)).to.deep.equal(['/test/fixtures/good.json']);
    expect(probe.storage).to.deep.equal([]);
    expect(probe.cookies).to.deep.equal([]);
    expect(page.doc.cookie).to.equal('');
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
  });

  it('puts the words typed into events only when the host opts in with share-query', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    let event = oneEvent(el, 'support-finder-search');
    await typeQuery(el, 'suicide');
    expect((await event).detail).to.deep.equal({ resultCount: 0, category: null });
    el.setAttribute('share-query', '');
    await el.updateComplete;
    event = oneEvent(el, 'support-finder-search');
    await typeQuery(el, 'warm');
    expect((await event).detail).to.deep.equal({ resultCount: 1, category: null, query: 'warm' });
  });

  it('sends the search text nowhere', async () => {
    const page = await loadPage('/test/pages/csp.html');
    const shadow = await readyFinder(page);
    const before = page.win.performance.getEntriesByType('resource').length;
    const input = shadow.querySelector('input')!;
    input.value = 'overdose';
    input.dispatchEvent(new page.win.Event('input'));
    await waitUntil(() => shadow.querySelector('[role="alert"]'), 'crisis alert not shown');
    await new Promise((r) => setTimeout(r, 200));
    expect(page.win.performance.getEntriesByType('resource').length).to.equal(before);
  });
});
