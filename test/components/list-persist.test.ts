import { expect, fixture, html } from '@open-wc/testing';
import { resultIds, root, settled } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const KEY = 'support-finder-list:/test/fixtures/good.json';

async function persisting(id = ''): Promise<SupportFinder> {
  const el = await fixture<SupportFinder>(
    id
      ? html`<support-finder persist-list src="/test/fixtures/good.json" id=${id}></support-finder>`
      : html`<support-finder persist-list src="/test/fixtures/good.json"></support-finder>`,
  );
  await settled(el);
  return el;
}

async function openList(el: SupportFinder) {
  root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
  await el.updateComplete;
  return resultIds(el);
}

describe('my list with persist-list', () => {
  afterEach(() => localStorage.clear());

  it('is back after the page is reloaded (the element recreated)', async () => {
    let el = await persisting();
    for (const id of ['therapy-clinic', 'warm-line']) root(el).querySelector<HTMLButtonElement>(`[data-id="${id}"] .add`)!.click();
    await el.updateComplete;
    // Ids only: no names, no search text.
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['therapy-clinic', 'warm-line']);
    el.remove();
    el = await persisting();
    expect(await openList(el)).to.deep.equal(['therapy-clinic', 'warm-line']);
  });

  it('drops quietly the supports the catalogue no longer has', async () => {
    localStorage.setItem(KEY, JSON.stringify(['gone-service', 'family-group', 42]));
    const el = await persisting();
    expect(root(el).querySelector('.list-button')!.textContent!.trim()).to.equal('My list (1)');
    expect(await openList(el)).to.deep.equal(['family-group']);
  });

  it('keeps apart two finders with their own ids, and stores nothing once the list is cleared', async () => {
    const a = await persisting('intake');
    root(a).querySelector<HTMLButtonElement>('.add')!.click();
    await a.updateComplete;
    expect(localStorage.getItem('support-finder-list:intake')).to.equal('["warm-line"]');
    const b = await persisting('front-desk');
    expect(root(b).querySelector('.list-button')).to.equal(null);
    await openList(a);
    root(a).querySelector<HTMLButtonElement>('.tools button:last-of-type')!.click();
    await a.updateComplete;
    expect(localStorage.length).to.equal(0);
  });

  it('survives storage that throws (a private window, a sandboxed frame)', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await persisting();
      root(el).querySelector<HTMLButtonElement>('.add')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('.list-button')!.textContent!.trim()).to.equal('My list (1)');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
