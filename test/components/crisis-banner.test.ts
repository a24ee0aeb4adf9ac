import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { finder, hrefs, root, settled } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const banner = (el: Element) => root(el).querySelector<HTMLElement>('.banner')!;

describe('the crisis banner', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is there on the first render, before the catalogue is read', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' }, { wait: false });
    expect(root(el).querySelector('#count')).to.equal(null);
    expect(banner(el).textContent).to.contain('Call or text 9-8-8');
    expect(banner(el).textContent).to.contain('Emergency: 9-1-1');
    expect(hrefs(banner(el))).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
  });

  it('speaks French', async () => {
    const el = await finder({ lang: 'fr' }, { wait: false });
    expect(banner(el).textContent).to.contain('Appelez ou textez le 9-8-8');
    expect(banner(el).textContent).to.contain('Urgence\u00a0: 9-1-1');
    expect(banner(el).getAttribute('aria-label')).to.equal('Lignes de crise');
  });

  it('gives 9-8-8 its official name in each language, so a first-time reader knows what the number is', async () => {
    await setViewport({ width: 1280, height: 800 });
    const en = await finder({}, { wait: false });
    const fr = await finder({ lang: 'fr' }, { wait: false });
    const note = (el: Element) => banner(el).querySelector('.banner-note')!;
    expect(note(en).textContent!.trim()).to.equal('9-8-8 Suicide Crisis Helpline. Free, 24/7, in English and French.');
    expect(note(fr).textContent!.trim()).to.match(/^9-8-8\u00a0: Ligne d’aide en cas de crise de suicide\. Gratuit, /);
    expect(note(en).getBoundingClientRect().height, 'shown on a wide finder').to.be.greaterThan(1);
  });

  it('stays in view while the results scroll', async () => {
    await setViewport({ width: 400, height: 500 });
    const el = await fixture<SupportFinder>(html`<support-finder></support-finder>`);
    await settled(el);
    const target = el.getBoundingClientRect().top + window.scrollY + 1500;
    window.scrollTo(0, target);
    expect(window.scrollY, 'the page could not scroll').to.be.closeTo(target, 2);
    await new Promise((r) => setTimeout(r, 50));
    const box = banner(el).getBoundingClientRect();
    expect(box.top).to.be.closeTo(0, 1);
    const link = root(el).querySelector('a[href="tel:988"]')!;
    expect(document.elementsFromPoint(link.getBoundingClientRect().x + 5, link.getBoundingClientRect().y + 5)).to.include(el);
    window.scrollTo(0, 0);
  });

  it('cannot be hidden by attributes or catalogue data', async () => {
    const el = await finder({ src: '/test/fixtures/good.json', category: 'nonsense' });
    el.setAttribute('hidden', '');
    el.setAttribute('category', 'peer');
    await el.updateComplete;
    expect(banner(el).offsetHeight).to.be.greaterThan(0);
    expect(hrefs(banner(el)).slice(0, 3)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
  });
});
