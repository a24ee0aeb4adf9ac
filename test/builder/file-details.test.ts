import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import {
  $,
  download,
  errorFor,
  fixtureText,
  focused,
  openFileDetails,
  openedWith,
  previewHeading,
  previewLines,
  previewShows,
  retype,
  root,
} from './builder-helpers.js';

const announced = (el: Element) => $(el, '[role="status"]').textContent!.trim();
const value = (el: Element, selector: string) => $<HTMLInputElement>(el, selector).value;

async function goodFile() {
  const el = await openedWith('good.json', await fixtureText('good.json'));
  await openFileDetails(el);
  return el;
}

describe('<support-finder-builder>: title, date and crisis lines', () => {
  it('keeps them folded away behind a button, then shows what the file holds', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    const toggle = $(el, '#edit-file');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('#f-title-en')).to.equal(null);
    await openFileDetails(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(value(el, '#f-title-en')).to.equal('Test Branch supports');
    expect(value(el, '#f-title-fr')).to.equal('Ressources de la section test');
    expect(value(el, '#f-line-0-name-en')).to.equal('Test Distress Line');
    expect(value(el, '#f-line-0-name-fr')).to.equal('Ligne de détresse test');
    expect(value(el, '#f-line-0-phone')).to.equal('555-0100');
    expect(value(el, '#f-line-0-hours-en')).to.equal('24/7');
  });

  it('updates the preview heading as the title is typed', async () => {
    const el = await goodFile();
    await waitUntil(() => previewHeading(el) === 'Test Branch supports', 'the preview never showed the title');
    await retype(el, '#f-title-en', 'Grand River supports');
    await waitUntil(() => previewHeading(el) === 'Grand River supports', 'the preview heading never changed', {
      timeout: 4000,
    });
    await retype(el, '#f-title-en', '');
    await retype(el, '#f-title-fr', '');
    await waitUntil(() => previewHeading(el) === 'Find support', 'the preview never went back to its own heading', {
      timeout: 4000,
    });
  });

  it('updates the preview banner as a crisis line is edited, added and deleted', async () => {
    const el = await goodFile();
    await retype(el, '#f-line-0-name-en', 'Test Crisis Line');
    await waitUntil(() => previewLines(el).join() === 'Test Crisis Line', 'the banner never showed the new name', {
      timeout: 4000,
    });

    $(el, '#add-line').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '#f-line-1-name-en'));
    expect(announced(el)).to.equal('New crisis line added.');
    await sendKeys({ type: 'Youth Text Line' });
    await retype(el, '#f-line-1-text', '555-0142');
    await waitUntil(() => previewLines(el).join() === 'Test Crisis Line,Youth Text Line', 'the new line never showed', {
      timeout: 4000,
    });
    const sms = preview(el).querySelector<HTMLAnchorElement>('.lines li:nth-child(2) a')!;
    expect(sms.getAttribute('href')).to.equal('sms:5550142');

    $(el, '#f-line-0-delete').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(announced(el)).to.equal('Deleted the crisis line “Test Crisis Line”.');
    expect(focused(el)).to.equal($(el, '#add-line'));
    expect(value(el, '#f-line-0-name-en')).to.equal('Youth Text Line');
    await waitUntil(() => previewLines(el).join() === 'Youth Text Line', 'the deleted line stayed in the banner', {
      timeout: 4000,
    });
  });

  describe('when a crisis line is invalid', () => {
    it('asks for a phone or a text number next to both when neither is left, and drops the line from the banner', async () => {
      const el = await goodFile();
      await retype(el, '#f-line-0-phone', '');
      for (const id of ['#f-line-0-phone', '#f-line-0-text']) {
        expect($(el, id).getAttribute('aria-invalid')).to.equal('true');
        expect(errorFor(el, id)).to.contain('Enter a phone number, a text number or both');
      }
      expect($(el, '#f-line-0-phone').closest('fieldset')!.querySelector('.error-message')).to.exist;
      await waitUntil(() => previewLines(el).length === 0, 'the invalid line stayed in the banner', { timeout: 4000 });
      expect($(el, '.download').textContent).to.contain('Enter a phone number, a text number or both');

      await retype(el, '#f-line-0-text', '555-0143');
      expect(errorFor(el, '#f-line-0-phone')).to.equal('');
      expect($(el, '#f-line-0-text').getAttribute('aria-invalid')).to.equal('false');
    });

    it('shows a javascript: website’s problem next to the website field, and its summary link moves focus there', async () => {
      const el = await goodFile();
      await retype(el, '#f-line-0-website', 'javascript:alert(1)');
      const message = 'Website must be a web address starting with https:// or http://; got "javascript:alert(1)"';
      expect($(el, '#f-line-0-website').getAttribute('aria-invalid')).to.equal('true');
      expect(errorFor(el, '#f-line-0-website')).to.contain(message);
      expect($(el, '#f-line-0-website').closest('.field')!.querySelector('.error-message')).to.exist;
      const link = $<HTMLAnchorElement>(el, '#file-error-summary a');
      expect(link.textContent!.trim()).to.equal(message);
      link.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal($(el, '#f-line-0-website'));
    });

    it('shows no problem in a new line before the person has left a field', async () => {
      const el = await goodFile();
      $(el, '#add-line').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(root(el).querySelector('#file-error-summary')).to.equal(null);
      expect(errorFor(el, '#f-line-1-name-en')).to.equal('');
      // Tab from the English name to the French one stays in the pair; the next Tab leaves it.
      await sendKeys({ press: 'Tab' });
      expect(errorFor(el, '#f-line-1-name-en')).to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorFor(el, '#f-line-1-name-en')).to.contain('Enter the line’s name in English, French or both');
      expect(errorFor(el, '#f-line-1-phone')).to.equal('');
    });
  });

  it('shows a bad date next to the date field, and fills in today’s date', async () => {
    const el = await goodFile();
    await retype(el, '#f-updated', 'June 2026');
    expect(errorFor(el, '#f-updated')).to.contain('Last updated must be a date written YYYY-MM-DD; got "June 2026"');
    $(el, '#f-updated').closest('.field')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(value(el, '#f-updated')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(errorFor(el, '#f-updated')).to.equal('');
  });

  it('writes the title, date and lines into the downloaded file, which validates', async () => {
    const el = await goodFile();
    await retype(el, '#f-title-fr', 'Ressources de Grand River');
    await retype(el, '#f-updated', '2026-03-01');
    await retype(el, '#f-line-0-website', 'https://example.org/distress');
    $(el, '#add-line').click();
    await el.updateComplete;
    await retype(el, '#f-line-1-name-fr', 'Ligne jeunesse');
    await retype(el, '#f-line-1-text', '555-0142');
    const json = JSON.parse(await download(el, '#download-json'));
    const { catalogue, problems } = parseCatalogue(json);
    expect(problems).to.deep.equal([]);
    expect(Object.keys(json)).to.deep.equal(['version', 'title', 'updated', 'crisis', 'resources']);
    expect(catalogue!.title).to.deep.equal({ en: 'Test Branch supports', fr: 'Ressources de Grand River' });
    expect(catalogue!.updated).to.equal('2026-03-01');
    expect(catalogue!.crisis!.lines).to.deep.equal([
      {
        name: { en: 'Test Distress Line', fr: 'Ligne de détresse test' },
        phone: '555-0100',
        hours: '24/7',
        website: 'https://example.org/distress',
      },
      { name: { fr: 'Ligne jeunesse' }, text: '555-0142' },
    ]);
    await previewShows(el, ['Peer Warm Line', 'Family Support Group', 'Counselling Clinic']);
  });

  it('keeps an invalid line and the file’s other fields in the download', async () => {
    const file = {
      $schema: './catalogue.schema.json',
      version: 1,
      crisis: { lines: [{ name: 'Night Line', phone: '555-0101' }], terms: ['en détresse'] },
      resources: [],
    };
    const el = await openedWith('branch.json', JSON.stringify(file));
    await openFileDetails(el);
    await retype(el, '#f-line-0-phone', '');
    const json = JSON.parse(await download(el, '#download-json'));
    expect(json).to.deep.equal({ ...file, crisis: { lines: [{ name: 'Night Line' }], terms: ['en détresse'] } });
    expect(parseCatalogue(json).problems.map((p) => p.path.join('.'))).to.deep.equal(['crisis.lines.0']);
  });
});

function preview(el: Element): ShadowRoot {
  return $(el, 'support-finder').shadowRoot!;
}
