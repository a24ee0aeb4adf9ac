import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resultIds, root, settled, typeQuery } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';
import { readFragment, writeFragment } from '../../src/components/url-fragment.js';

const page = location.pathname + location.search;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A finder on the good fixture; `sync` adds sync-url. */
async function make(sync: boolean, src = '/test/fixtures/good.json'): Promise<SupportFinder> {
  const el = await fixture<SupportFinder>(
    sync ? html`<support-finder sync-url src=${src}></support-finder>` : html`<support-finder src=${src}></support-finder>`,
  );
  await settled(el);
  return el;
}

function addTo(el: SupportFinder, id: string) {
  root(el).querySelector<HTMLButtonElement>(`[data-id="${id}"] .add`)!.click();
  return el.updateComplete;
}

describe('sync-url', () => {
  afterEach(() => history.replaceState(null, '', page));

  it('leaves the address alone without the attribute', async () => {
    const el = await make(false);
    await typeQuery(el, 'suicide');
    await typeQuery(el, 'warm');
    await addTo(el, 'warm-line');
    await wait(500);
    expect(location.hash).to.equal('');
  });

  it('puts the search, the category and the list in the fragment, without adding history entries', async () => {
    const el = await make(true);
    const entries = history.length;
    root(el).querySelector('input')!.focus();
    await sendKeys({ type: 'peer, warm' });
    root(el).querySelectorAll<HTMLButtonElement>('.filter')[1]!.click();
    await el.updateComplete;
    await addTo(el, 'warm-line');
    await wait(500);
    expect(history.length).to.equal(entries);
    expect(location.hash).to.equal('#sf-q=peer%2C%20warm&sf-l=warm-line&sf-category=peer');
    await typeQuery(el, '');
    await wait(500);
    expect(location.hash).to.equal('#sf-l=warm-line&sf-category=peer');
  });

  it('opens a link on the same search, category, facets and list, dropping ids the catalogue lacks', async () => {
    history.replaceState(null, '', `${page}#top&sf-q=youth&sf-category=peer&sf-audience=youth&sf-l=youth-drop-in,gone`);
    const el = await make(true, '/test/fixtures/facets.json');
    expect(root(el).querySelector('input')!.value).to.equal('youth');
    expect(el.category).to.equal('peer');
    const youth = [...root(el).querySelectorAll('.option')].find((o) => o.textContent!.trim().startsWith('Youth'))!;
    expect(youth.querySelector('input')!.checked).to.be.true;
    expect(resultIds(el)).to.include('youth-drop-in');
    expect(root(el).querySelector('.list-button')!.textContent!.trim()).to.equal('My list (1)');
    await wait(500);
    // The page's own part of the fragment is kept; the unknown id is gone.
    expect(location.hash).to.equal('#top&sf-q=youth&sf-l=youth-drop-in&sf-category=peer&sf-audience=youth');
  });

  it('keeps two finders apart by their ids', () => {
    const hash = writeFragment('#sf-a-q=one', 'sf-b-', { q: ['two'], l: [] });
    expect(hash).to.equal('#sf-a-q=one&sf-b-q=two');
    expect(readFragment(hash, 'sf-a-')).to.deep.equal({ q: ['one'] });
    expect(readFragment(hash, 'sf-b-')).to.deep.equal({ q: ['two'] });
    expect(writeFragment(hash, 'sf-a-', { q: [''] })).to.equal('#sf-b-q=two');
    expect(readFragment('#sf-q=%E0%A4%A', 'sf-')).to.deep.equal({});
  });
});
