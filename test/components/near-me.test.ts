import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { expectNoViolations } from '../axe.js';
import { finder, resultIds, root } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const FIXTURE = '/test/fixtures/facets.json';
const emulate = (payload: object) => executeServerCommand('emulate-geolocation', payload);
const button = (el: SupportFinder) => root(el).querySelector<HTMLButtonElement>('.sort-button')!;
const status = (el: SupportFinder) => root(el).querySelector('#sort-status')!.textContent!.trim();
const distances = (el: SupportFinder) =>
  [...root(el).querySelectorAll<HTMLElement>('.result')].map((li) => li.querySelector('.distance')?.textContent?.trim() ?? null);
/** What the page has fetched so far, leaving out the test server's own socket. */
const fetched = () =>
  performance.getEntriesByType('resource').filter((e) => !new URL(e.name).pathname.startsWith('/__web-dev-server')).length;

async function press(el: SupportFinder) {
  button(el).focus();
  await sendKeys({ press: 'Enter' });
}

describe('sort by distance', () => {
  const real = navigator.geolocation.getCurrentPosition;
  let asked = 0;
  beforeEach(() => {
    asked = 0;
    navigator.geolocation.getCurrentPosition = function (...args) {
      asked++;
      return real.apply(this, args);
    };
  });
  afterEach(async () => {
    navigator.geolocation.getCurrentPosition = real;
    await emulate({ reset: true });
  });

  it('asks for the location only when pressed, then lists the nearest first and the unlocated after, sending nothing', async () => {
    await emulate({ latitude: 43.46, longitude: -80.5 });
    const el = await finder({ src: FIXTURE });
    expect(asked).to.equal(0);
    expect(distances(el).every((d) => d === null)).to.be.true;
    const requests = fetched();
    await press(el);
    await waitUntil(() => button(el).textContent!.trim() === 'Sort by relevance', 'never sorted', { timeout: 5000 });
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(resultIds(el)).to.deep.equal([
      'youth-drop-in',
      'family-circle',
      'city-clinic',
      'youth-text-line',
      'elder-line',
      'circle-counselling',
    ]);
    expect(distances(el)[0]).to.equal('1.4 km away');
    expect(distances(el).slice(3)).to.deep.equal([null, null, null]);
    expect(status(el)).to.contain('Nearest first');
    // Focus stays on the button, which now leads back.
    expect(root(el).activeElement).to.equal(button(el));
    await expectNoViolations(el);
    expect(fetched()).to.equal(requests);
    await press(el);
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal([
      'youth-drop-in',
      'youth-text-line',
      'family-circle',
      'elder-line',
      'city-clinic',
      'circle-counselling',
    ]);
    expect(distances(el).every((d) => d === null)).to.be.true;
  });

  it('keeps the filters while sorted, and speaks French', async () => {
    await emulate({ latitude: 43.46, longitude: -80.5 });
    const el = await finder({ src: FIXTURE, lang: 'fr' });
    await press(el);
    await waitUntil(() => button(el).textContent!.trim() === 'Trier par pertinence', 'never sorted', { timeout: 5000 });
    await el.updateComplete;
    expect(distances(el)[0]).to.match(/^à 1,4\s?km$/);
    [...root(el).querySelectorAll('.option')]
      .find((o) => o.textContent!.includes('Familles'))!
      .querySelector('input')!
      .click();
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['family-circle', 'elder-line']);
  });

  it('says so plainly, and keeps the order, when the location is refused', async () => {
    await emulate({ deny: true });
    const el = await finder({ src: FIXTURE });
    const before = resultIds(el);
    await press(el);
    await waitUntil(() => status(el).startsWith('Your location was not shared'), 'no message', { timeout: 5000 });
    expect(resultIds(el)).to.deep.equal(before);
    expect(button(el).textContent!.trim()).to.equal('Sort by distance');
    expect(root(el).querySelector('#sort-status')!.getAttribute('role')).to.equal('status');
    await expectNoViolations(el);
  });

  it('says so when the location cannot be found', async () => {
    await emulate({});
    const el = await finder({ src: FIXTURE });
    await press(el);
    await waitUntil(() => status(el).startsWith('Your location could not be found'), 'no message', { timeout: 25000 });
  });

  it('is not offered when no support has coordinates', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    expect(root(el).querySelector('.sort-button')).to.equal(null);
  });
});
