import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { csvToCatalogue } from '../../src/catalogue/csv.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { $, builder, download, downloadBytes, fixtureText, openedWith, preview, previewReady, retype, root } from './builder-helpers.js';
import { allByRole, byRole } from '../helpers.js';
import { expectNoViolations } from '../axe.js';

const labels = (el: Element) => [...root(el).querySelectorAll('.resource-form label')].map((l) => l.textContent!.trim());

describe('<support-finder-builder>: text in languages beyond English and French', () => {
  it('shows a box for each language the catalogue already has, beside English and French', async () => {
    const el = await openedWith('many-languages.json', await fixtureText('many-languages.json'));
    expect(labels(el)).to.include.members(['English', 'French', 'Punjabi (pa)']);
    expect($<HTMLInputElement>(el, '#f-name-pa').value).to.equal('ਪਰਿਵਾਰਕ ਸਰਕਲ');
    expect($(el, '#f-name-pa').getAttribute('lang')).to.equal('pa');
    await expectNoViolations(el);
  });

  it('keeps every language, the title’s and the crisis lines’ too, in the downloaded file', async () => {
    const text = await fixtureText('many-languages.json');
    const el = await openedWith('many-languages.json', text);
    const json = JSON.parse(await download(el, '#download-json'));
    const source = JSON.parse(text);
    expect(json.title).to.deep.equal(source.title);
    expect(json.crisis.lines[0].name).to.deep.equal(source.crisis.lines[0].name);
    expect(json.resources[0].name).to.deep.equal(source.resources[0].name);
    expect(json.resources[2].name).to.deep.equal(source.resources[2].name);
  });

  it('adds a language on demand, names it as it is typed, and writes what is typed in it', async () => {
    const el = await builder();
    el.startEmpty();
    await el.updateComplete;
    byRole(root(el), 'button', /add an entry/i)?.click();
    await el.updateComplete;
    await retype(el, '#f-name-en', 'Family circle');
    await retype(el, '#add-language-code', 'pa');
    expect(root(el).querySelector('#add-language-code-name')!.textContent).to.contain('Punjabi');
    byRole(root(el), 'button', 'Add a language')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[role=status]')!.textContent).to.equal('Punjabi (pa) added to the text fields.');
    for (const field of ['name', 'description', 'organization', 'hours']) expect(root(el).querySelector(`#f-${field}-pa`)).to.exist;
    await retype(el, '#f-name-pa', 'ਪਰਿਵਾਰਕ ਸਰਕਲ');
    const json = JSON.parse(await download(el, '#download-json'));
    expect(json.resources[0].name).to.deep.equal({ en: 'Family circle', pa: 'ਪਰਿਵਾਰਕ ਸਰਕਲ' });
    expect(json.resources[0]).to.not.have.property('hours');
  });

  it('refuses a code that is not a language code, saying what one looks like', async () => {
    const el = await builder();
    el.startEmpty();
    await el.updateComplete;
    byRole(root(el), 'button', /add an entry/i)?.click();
    await el.updateComplete;
    await retype(el, '#add-language-code', 'Punjabi');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const input = $(el, '#add-language-code');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('#add-language-code-error')!.textContent).to.contain('pa, zh-Hant or fr-CA');
    expect(root(el).querySelector('#f-name-Punjabi')).to.equal(null);
    await expectNoViolations(el);
  });

  it('names a problem in another language’s text by its field and language, beside its box', async () => {
    const file = { version: 1, resources: [{ id: 'a', category: 'peer', name: { en: 'A', pa: 'ਏ\u202e' }, description: 'D' }] };
    const el = await openedWith('bidi.json', JSON.stringify(file));
    expect($(el, '#error-summary').textContent).to.contain('Name (Punjabi)');
    expect($(el, '#f-name-pa').getAttribute('aria-invalid')).to.equal('true');
  });

  it('writes a spreadsheet with a column for each language, which reads back the same', async () => {
    const el = await openedWith('many-languages.json', await fixtureText('many-languages.json'));
    const csv = new TextDecoder().decode(await downloadBytes(el, '#download-csv'));
    expect(csv.split('\r\n')[0]).to.contain('name_fr,name_pa,name_fr-CA,description_en');
    const back = csvToCatalogue(csv);
    expect(back.rejected).to.deep.equal([]);
    expect(back.catalogue.resources[0].name).to.deep.equal({ en: 'Family circle', fr: 'Cercle des familles', pa: 'ਪਰਿਵਾਰਕ ਸਰਕਲ' });
    expect(parseCatalogue(back.catalogue).problems).to.deep.equal([]);
  });

  it('previews the catalogue in one of its languages, named in that language', async () => {
    const el = await openedWith('many-languages.json', await fixtureText('many-languages.json'));
    // A person picks it by its label, as the radio button's name.
    const punjabi = [...root(el).querySelectorAll('label')].find((label) => label.textContent === 'ਪੰਜਾਬੀ')!;
    expect(punjabi.getAttribute('lang')).to.equal('pa');
    punjabi.click();
    await el.updateComplete;
    await previewReady(el, 3);
    const names = [...preview(el).shadowRoot!.querySelectorAll('.result-name')].map((h) => h.textContent!.trim());
    expect(names).to.include.members(['ਪਰਿਵਾਰਕ ਸਰਕਲ', 'Walk-in counselling']);
  });

  it('speaks French on a French page', async () => {
    const el = await openedWith('many-languages.json', await fixtureText('many-languages.json'), 'application/json', 'fr');
    expect(labels(el)).to.include('pendjabi (pa)');
    expect(allByRole(root(el), 'button', 'Ajouter une langue')).to.have.length(1);
  });
});
