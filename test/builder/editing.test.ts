import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, entryNames, errorFor, fixtureText, focused, openedWith, previewShows, retype, root } from './builder-helpers.js';

const GOOD = ['Peer Warm Line', 'Family Support Group', 'Counselling Clinic'];

describe('<support-finder-builder>: editing an entry', () => {
  it('updates the list, the heading and the preview as a name is typed', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    await retype(el, '#f-name-en', 'Peer Warm Line (evenings)');
    expect(entryNames(el)[0]).to.equal('Peer Warm Line (evenings)');
    expect($(el, '#edit-heading').textContent).to.contain('Peer Warm Line (evenings)');
    await previewShows(el, ['Peer Warm Line (evenings)', 'Family Support Group', 'Counselling Clinic']);
  });

  describe('when a value is invalid', () => {
    it('shows the message next to the website field, marks it invalid, and drops the entry from the preview', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-website', 'javascript:x');
      const website = $(el, '#f-website');
      expect(website.getAttribute('aria-invalid')).to.equal('true');
      expect(errorFor(el, '#f-website')).to.contain('Website must be a web address starting with https:// or http://; got "javascript:x"');
      // The message sits in the field's own block, above the control, as GOV.UK does.
      expect(website.closest('.field')!.querySelector('.error-message')).to.exist;
      expect(root(el).querySelector('.entry[aria-current="true"] .entry-problems')!.textContent).to.equal('1 problem');
      await previewShows(el, ['Family Support Group', 'Counselling Clinic']);

      await retype(el, '#f-website', 'https://example.org/warm-line');
      expect(website.getAttribute('aria-invalid')).to.equal('false');
      expect(errorFor(el, '#f-website')).to.equal('');
      expect(root(el).querySelector('#error-summary')).to.equal(null);
      await previewShows(el, GOOD);
    });

    it('asks for the name in either language when both are emptied, on both controls', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-name-en', '');
      await retype(el, '#f-name-fr', '');
      for (const id of ['#f-name-en', '#f-name-fr']) {
        expect($(el, id).getAttribute('aria-invalid')).to.equal('true');
        expect(errorFor(el, id)).to.contain('Enter the name in English, French or both');
      }
      expect(entryNames(el)[0]).to.equal('warm-line');
    });

    it('lists the problems in a summary whose links move focus to the field', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-email', 'not an email');
      await retype(el, '#f-languages', 'en, French');
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('#error-summary a')];
      expect($(el, '#error-summary h3').textContent).to.equal('There are 2 problems with this entry');
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Email must be an email address such as info@example.org; got "not an email"',
        'Languages it is offered in must be a two-letter language code such as en or fr; got "French"',
      ]);
      links[0].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal($(el, '#f-email'));
    });

    it('says when two entries share an id', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      $(el, '.entry-list li:nth-child(2) button').click();
      await el.updateComplete;
      await retype(el, '#f-id', 'warm-line');
      expect(errorFor(el, '#f-id')).to.contain('Id repeats an id already used by an earlier resource');
    });
  });

  describe('a new entry', () => {
    it('shows no problems before the person has been in a field, then shows them when focus leaves it', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      $(el, '#add-entry').click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('.error-message')).to.have.length(0);
      expect(focused(el)).to.equal($(el, '#f-name-en'));
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      // Moving from English to French is still inside the name: no message yet.
      expect(errorFor(el, '#f-name-en')).to.equal('');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(errorFor(el, '#f-name-en')).to.contain('Enter the name in English, French or both');
    });

    it('takes its id from the English name until the id is edited', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      $(el, '#add-entry').click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-id').value).to.equal('new-support');
      await sendKeys({ type: 'Halte-répit Été' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-id').value).to.equal('halte-repit-ete');
      await retype(el, '#f-id', 'respite');
      await retype(el, '#f-name-en', 'Something else');
      expect($<HTMLInputElement>(el, '#f-id').value).to.equal('respite');
    });

    it('joins the preview once it is complete', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      $(el, '#add-entry').click();
      await el.updateComplete;
      await sendKeys({ type: 'Drop-in Centre' });
      const category = $<HTMLSelectElement>(el, '#f-category');
      category.value = 'peer';
      category.dispatchEvent(new Event('change'));
      await retype(el, '#f-description-en', 'Come by for coffee and a chat.');
      await previewShows(el, [...GOOD, 'Drop-in Centre']);
    });
  });

  it('fills in today’s date for Last verified', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    $(el, '#f-lastVerified').closest('.field')!.querySelector('button')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-lastVerified').value).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(errorFor(el, '#f-lastVerified')).to.equal('');
  });
});
