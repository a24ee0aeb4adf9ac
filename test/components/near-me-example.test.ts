// The PEI example catalogue is the shipped demonstration of "Sort by distance" (demo/near-me.html):
// these tests hold it to real, located data rather than to the fictional fixture of near-me.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoViolations } from '../axe.js';
import { finder, resultIds, root } from '../helpers.js';
import { loadPage, readyFinder, removeFrames } from '../pages.js';
import type { SupportFinder } from '../../src/index.js';

const PEI = '/data/examples/pei-catalogue.json';
/** About 1.3 km from Summerside's centre, 55 km from Charlottetown's and 92 km from Montague's. */
const NEAR_SUMMERSIDE = { latitude: 46.4, longitude: -63.8 };
const IN_FILE_ORDER = [
  'cmha-pei-peer-support-charlottetown',
  'cmha-pei-peer-support-montague',
  'cmha-pei-peer-support-summerside',
  'moms-stop-the-harm-holding-hope',
  'strengthening-families-together',
  'two-one-one',
  'vac-assistance-service',
];
const NEAREST_FIRST = [
  'cmha-pei-peer-support-summerside',
  'cmha-pei-peer-support-charlottetown',
  'cmha-pei-peer-support-montague',
  'moms-stop-the-harm-holding-hope',
  'strengthening-families-together',
  'two-one-one',
  'vac-assistance-service',
];

const emulate = (payload: object) => executeServerCommand('emulate-geolocation', payload);
const button = (el: SupportFinder) => root(el).querySelector<HTMLButtonElement>('.sort-button');
const label = (el: SupportFinder) => button(el)?.textContent!.trim();
const distances = (el: SupportFinder) =>
  [...root(el).querySelectorAll<HTMLElement>('.result')].map((li) => li.querySelector('.distance')?.textContent?.trim() ?? null);

/** Tabs from the first banner link until the sort button has focus, as a keyboard user would. */
async function tabToSortButton(el: SupportFinder): Promise<void> {
  root(el).querySelector<HTMLElement>('a[href="tel:988"]')!.focus();
  for (let i = 0; i < 40 && root(el).activeElement !== button(el); i++) await sendKeys({ press: 'Tab' });
  expect(root(el).activeElement, 'Tab never reached "Sort by distance"').to.equal(button(el));
}

describe('sort by distance with the PEI example catalogue', () => {
  beforeEach(() => emulate(NEAR_SUMMERSIDE));
  afterEach(async () => {
    await emulate({ reset: true });
    await setViewport({ width: 800, height: 600 });
  });

  it('offers the button, and lists the catalogue in its own order until pressed', async () => {
    const el = await finder({ src: PEI });
    expect(label(el)).to.equal('Sort by distance');
    expect(resultIds(el)).to.deep.equal(IN_FILE_ORDER);
    expect(distances(el).every((d) => d === null)).to.be.true;
  });

  it('with the keyboard only: Summerside first, then Charlottetown and Montague by distance, then the unlocated supports', async () => {
    const el = await finder({ src: PEI });
    await tabToSortButton(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => label(el) === 'Sort by relevance', 'never sorted', { timeout: 5000 });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(NEAREST_FIRST);
    expect(distances(el)).to.deep.equal(['1.3 km away', '55 km away', '92 km away', null, null, null, null]);
    expect(root(el).activeElement).to.equal(button(el));
    await expectNoViolations(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(label(el)).to.equal('Sort by distance');
    expect(resultIds(el)).to.deep.equal(IN_FILE_ORDER);
  });

  it('in French: « à … km », same order', async () => {
    const el = await finder({ src: PEI, lang: 'fr' });
    expect(label(el)).to.equal('Trier par distance');
    await tabToSortButton(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => label(el) === 'Trier par pertinence', 'never sorted', { timeout: 5000 });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(NEAREST_FIRST);
    const [summerside, charlottetown, montague, ...unlocated] = distances(el);
    expect(summerside).to.match(/^à 1,3\s?km$/);
    expect(charlottetown).to.match(/^à 55\s?km$/);
    expect(montague).to.match(/^à 92\s?km$/);
    expect(unlocated).to.deep.equal([null, null, null, null]);
    await expectNoViolations(el);
  });

  it('never scrolls sideways at 320 px wide once sorted', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await finder({ src: PEI });
    await tabToSortButton(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => label(el) === 'Sort by relevance', 'never sorted', { timeout: 5000 });
    await el.updateComplete;
    expect(resultIds(el)[0]).to.equal('cmha-pei-peer-support-summerside');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(321);
    }
  });

  describe('the demo pages', () => {
    afterEach(removeFrames);
    for (const [page, lang, sort] of [
      ['near-me.html', 'en', 'Sort by distance'],
      ['near-me-fr.html', 'fr', 'Trier par distance'],
    ]) {
      it(`demo/${page} shows this catalogue, in ${lang}, with the button`, async () => {
        const shadow = await readyFinder(await loadPage(`/demo/${page}`));
        expect(shadow.querySelector('.sort-button')?.textContent!.trim()).to.equal(sort);
        expect([...shadow.querySelectorAll<HTMLElement>('.result')].map((li) => li.dataset.id)).to.deep.equal(IN_FILE_ORDER);
      });
    }
  });
});
