// Catalogue text in languages beyond English and French (`pa`, `fr-CA`): shown
// in the finder's language with fallback, and searched in it. The Punjabi in
// the fixture is test data, not a translation the project ships.
import { expect, waitUntil } from '@open-wc/testing';
import { byRole, finder, resultNames, root, typeQuery } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';
import { expectNoViolations } from '../axe.js';

const SRC = '/test/fixtures/many-languages.json';

const result = (el: Element, id: string) => root(el).querySelector(`[data-id="${id}"]`)!;

describe('when a catalogue has text in Punjabi and the page is in Punjabi', () => {
  it('shows the Punjabi title, names, descriptions, organizations and hours, each marked as Punjabi', async () => {
    const el = await finder({ src: SRC, lang: 'pa' });
    expect(byRole(root(el), 'heading', 'ਤੁਹਾਡੇ ਨੇੜੇ ਸਹਾਇਤਾ')!.querySelector('[lang="pa"]')).to.exist;
    const circle = result(el, 'sikh-family-circle');
    expect(circle.querySelector('h3')!.textContent).to.equal('ਪਰਿਵਾਰਕ ਸਰਕਲ');
    expect(circle.querySelector('h3 [lang]')!.getAttribute('lang')).to.equal('pa');
    expect(circle.textContent).to.contain('ਪਰਿਵਾਰਾਂ ਲਈ ਮੀਟਿੰਗਾਂ');
    expect(circle.textContent).to.contain('ਕਮਿਊਨਿਟੀ ਸੈਂਟਰ');
    expect(circle.textContent).to.contain('ਮੰਗਲਵਾਰ');
  });

  it('shows the crisis line of the catalogue in Punjabi beside the built-in 9-8-8', async () => {
    const el = await finder({ src: SRC, lang: 'pa' });
    const banner = byRole(root(el), 'region', /./)!;
    expect(banner.textContent).to.contain('ਟੈਸਟ ਲਾਈਨ');
    expect(banner.textContent).to.contain('ਹਰ ਰੋਜ਼');
    expect(banner.querySelector('a[href="tel:988"]')).to.exist;
  });

  it('falls back to English for an entry without Punjabi, marked as English', async () => {
    const el = await finder({ src: SRC, lang: 'pa' });
    const walkIn = result(el, 'walk-in-counselling');
    expect(walkIn.querySelector('h3')!.textContent).to.equal('Walk-in counselling');
    expect(walkIn.querySelector('h3 [lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('falls back to the language fallback-lang names before English', async () => {
    const el = await finder({ src: SRC, lang: 'pa' });
    el.setAttribute('fallback-lang', 'fr');
    await el.updateComplete;
    const walkIn = result(el, 'walk-in-counselling');
    expect(walkIn.querySelector('h3')!.textContent).to.equal('Consultation sans rendez-vous');
    expect(walkIn.querySelector('h3 [lang]')!.getAttribute('lang')).to.equal('fr');
    expect(result(el, 'sikh-family-circle').querySelector('h3')!.textContent).to.equal('ਪਰਿਵਾਰਕ ਸਰਕਲ');
  });

  it('searches the text of the language fallback-lang names too', async () => {
    const el = await finder({ src: SRC, lang: 'fr' });
    await typeQuery(el, 'ਪਰਿਵਾਰਕ');
    expect(resultNames(el)).to.deep.equal([]);
    el.setAttribute('fallback-lang', 'pa');
    await waitUntil(() => resultNames(el).length, 'the Punjabi text was never searched');
    expect(resultNames(el)).to.deep.equal(['Cercle des familles']);
  });

  it('finds an entry by its Punjabi name, and one without Punjabi by its English name', async () => {
    const el = await finder({ src: SRC, lang: 'pa' });
    await typeQuery(el, 'ਪਰਿਵਾਰਕ');
    expect(resultNames(el)).to.deep.equal(['ਪਰਿਵਾਰਕ ਸਰਕਲ']);
    await typeQuery(el, 'counselling');
    expect(resultNames(el)).to.deep.equal(['Walk-in counselling']);
  });

  it('passes axe, with the Punjabi and English text each marked', async () => {
    const el = await finder({ src: SRC, lang: 'pa' });
    await expectNoViolations(el);
  });

  it('shows My list in Punjabi too', async () => {
    const el = await finder({ src: SRC, lang: 'pa' });
    (byRole(result(el, 'sikh-family-circle') as HTMLElement, 'button', /add to my list/i) as HTMLButtonElement).click();
    await el.updateComplete;
    (byRole(root(el), 'button', /my list/i) as HTMLButtonElement).click();
    await el.updateComplete;
    expect(resultNames(el)).to.deep.equal(['ਪਰਿਵਾਰਕ ਸਰਕਲ']);
  });
});

describe('when the page is in English or French', () => {
  it('does not search Punjabi text, and does once the page switches to Punjabi', async () => {
    const el = await finder({ src: SRC, lang: 'en' });
    await typeQuery(el, 'ਪਰਿਵਾਰਕ');
    expect(resultNames(el)).to.deep.equal([]);
    el.setAttribute('lang', 'pa');
    await waitUntil(() => resultNames(el).length === 1, 'the Punjabi name was never found after the switch');
    expect(resultNames(el)).to.deep.equal(['ਪਰਿਵਾਰਕ ਸਰਕਲ']);
  });

  it('shows French text on a fr-CA page, and a fr-CA text on a fr page', async () => {
    const el = await finder({ src: SRC, lang: 'fr-CA' });
    expect(result(el, 'walk-in-counselling').querySelector('h3')!.textContent).to.equal('Consultation sans rendez-vous');
    expect(result(el, 'quebec-peer-line').querySelector('h3')!.textContent).to.equal('Ligne d’entraide');
    await typeQuery(el as SupportFinder, 'entraide');
    expect(resultNames(el)).to.deep.equal(['Ligne d’entraide']);
    const fr = await finder({ src: SRC, lang: 'fr' });
    expect(result(fr, 'quebec-peer-line').querySelector('h3 [lang]')!.getAttribute('lang')).to.equal('fr-CA');
  });
});
