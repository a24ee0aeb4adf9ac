import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/index.js';
import { finder, root, typeQuery } from '../helpers.js';

const marks = (el: Element, selector: string) => [...root(el).querySelectorAll(`${selector} mark`)].map((m) => m.textContent);

async function typeKeys(el: SupportFinder, text: string) {
  root(el).querySelector('input')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('the words a search found', () => {
  afterEach(() => executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'none' }]));

  it('are marked in the names and descriptions of the results, whole, for a query with a typo', async () => {
    const el = await finder();
    await typeKeys(el, 'peer suport');
    expect(marks(el, '.result:first-child .result-name')).to.deep.equal(['Peer Support']);
    await typeQuery(el, 'councelling');
    expect(marks(el, '.description')).to.include('counselling');
  });

  it('are marked with their accents for a French query typed without them', async () => {
    const el = await finder({ lang: 'fr' });
    await typeKeys(el, 'depression');
    expect(marks(el, '.description')).to.include('dépression');
  });

  it('include the catalogue terms a lay word stands for', async () => {
    const el = await finder();
    await typeQuery(el, 'drinking');
    expect(marks(el, '[data-id="alberta-addiction-helpline"] .description')).to.deep.equal(['alcohol']);
  });

  it('are gone when the search box is cleared, and no text is lost or added', async () => {
    const el = await finder();
    await typeQuery(el, 'peer suport');
    const name = root(el).querySelector('.result-name')!;
    expect(name.textContent).to.equal('Peer Support Canada');
    await typeQuery(el, '');
    expect(root(el).querySelectorAll('mark')).to.have.length(0);
  });

  it('stay visible in forced colours', async () => {
    await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    const el = await finder();
    await typeQuery(el, 'peer');
    const mark = root(el).querySelector('mark')!;
    const style = getComputedStyle(mark);
    const around = getComputedStyle(mark.closest('.result')!);
    expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(style.backgroundColor).to.not.equal(around.backgroundColor);
    expect(style.color).to.not.equal(style.backgroundColor);
  });

  it('never turn catalogue text into markup', async () => {
    (window as unknown as { __pwned?: boolean }).__pwned = undefined;
    const el = await finder({ src: '/test/fixtures/hostile.json' });
    await typeQuery(el, 'img onerror script');
    await typeQuery(el, 'img');
    expect(marks(el, '.result-name')).to.deep.equal(['img']);
    expect(root(el).querySelector('.result-name')!.textContent).to.equal('<img src=x onerror="window.__pwned = true">');
    await typeQuery(el, 'script');
    expect(marks(el, '.description')).to.include('script');
    expect(root(el).querySelectorAll('.result img, .result script')).to.have.length(0);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });
});
