import { expect, fixture, html } from '@open-wc/testing';
import { finder, root } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const label = (el: Element) => root(el).querySelector('label')!.textContent;

describe('choosing the language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it("follows the element's own lang", async () => {
    expect(label(await finder({ lang: 'fr' }))).to.equal('Rechercher du soutien');
    expect(label(await finder({ lang: 'en-CA' }))).to.equal('Search supports');
  });

  it('follows the nearest ancestor with a lang, then the page', async () => {
    const wrapper = await fixture(html`<div lang="fr-CA"><section><support-finder></support-finder></section></div>`);
    expect(label(wrapper.querySelector('support-finder')!)).to.equal('Rechercher du soutien');
    document.documentElement.setAttribute('lang', 'fr');
    const el = await finder();
    expect(label(el)).to.equal('Rechercher du soutien');
  });

  it('falls back to English for other languages', async () => {
    expect(label(await finder({ lang: 'de' }))).to.equal('Search supports');
  });

  it('switches when lang changes at run time, on the element or on the page', async () => {
    const el = await finder();
    el.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(label(el)).to.equal('Rechercher du soutien');
    expect(root(el).querySelector('.filter')!.textContent).to.contain('Tous');
    el.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(label(el)).to.equal('Rechercher du soutien');
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(label(el)).to.equal('Search supports');
  });

  it('marks catalogue text that falls back to the other language', async () => {
    const el = await finder({ src: '/test/fixtures/good.json', lang: 'fr' });
    await (el as SupportFinder).updateComplete;
    const clinic = root(el).querySelector('[data-id="therapy-clinic"]')!;
    expect(clinic.querySelector('h3 [lang]')!.getAttribute('lang')).to.equal('fr');
    expect(clinic.querySelector('h3')!.textContent).to.equal('Clinique de thérapie');
  });

  it('uses French counts with 0 and 1 in the singular', async () => {
    const el = await finder({ src: '/test/fixtures/good.json', lang: 'fr' });
    expect(root(el).querySelector('#count')!.textContent).to.equal('3 ressources trouvées');
  });
});
