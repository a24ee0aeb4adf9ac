import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, builder, entryNames, fixtureText, focused, openedWith, previewShows, root } from './builder-helpers.js';

const GOOD = ['Peer Warm Line', 'Family Support Group', 'Counselling Clinic'];
const announced = (el: Element) => $(el, '[role="status"]').textContent!.trim();
const current = (el: Element) => root(el).querySelector('.entry[aria-current="true"] .entry-name')?.textContent?.trim();

describe('<support-finder-builder>: adding, duplicating and deleting entries', () => {
  it('adds an entry with the keyboard and puts focus in its name', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    $(el, '#add-entry').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(entryNames(el)).to.deep.equal([...GOOD, 'new-support']);
    expect(current(el)).to.equal('new-support');
    expect(focused(el)).to.equal($(el, '#f-name-en'));
    expect(announced(el)).to.equal('New entry added.');
  });

  it('starts an empty catalogue, then adds to it', async () => {
    const el = await builder();
    $(el, '#start-empty').click();
    await el.updateComplete;
    expect(entryNames(el)).to.deep.equal([]);
    expect($(el, '.entries').textContent).to.contain('No entries yet');
    $(el, '#add-entry').click();
    await el.updateComplete;
    expect(entryNames(el)).to.deep.equal(['new-support']);
  });

  it('duplicates an entry right after it, under a new id, and focuses the copy', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    $(el, '#duplicate-entry').click();
    await el.updateComplete;
    expect(entryNames(el)).to.deep.equal(['Peer Warm Line', 'Peer Warm Line', 'Family Support Group', 'Counselling Clinic']);
    expect($<HTMLInputElement>(el, '#f-id').value).to.equal('warm-line-copy');
    expect($<HTMLInputElement>(el, '#f-name-fr').value).to.equal('Ligne chaleureuse entre pairs');
    expect(focused(el)).to.equal($(el, '#f-name-en'));
    expect(announced(el)).to.equal('Copy of “Peer Warm Line” added.');
    await previewShows(el, ['Peer Warm Line', 'Peer Warm Line', 'Family Support Group', 'Counselling Clinic']);
    $(el, '#duplicate-entry').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-id').value).to.equal('warm-line-copy-copy');
  });

  it('deletes an entry, moves focus to the one that took its place, and can undo', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    $(el, '.entry-list li:nth-child(2) button').click();
    await el.updateComplete;
    $(el, '#delete-entry').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(entryNames(el)).to.deep.equal(['Peer Warm Line', 'Counselling Clinic']);
    expect(current(el)).to.equal('Counselling Clinic');
    expect(focused(el)!.textContent).to.contain('Counselling Clinic');
    expect(announced(el)).to.equal('Deleted “Family Support Group”.');
    await previewShows(el, ['Peer Warm Line', 'Counselling Clinic']);

    $(el, '#undo-delete').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(entryNames(el)).to.deep.equal(GOOD);
    expect(current(el)).to.equal('Family Support Group');
    expect(focused(el)!.textContent).to.contain('Family Support Group');
    expect(root(el).querySelector('#undo-delete')).to.equal(null);
  });

  it('moves focus to the previous entry after deleting the last one, and to Add when none is left', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    $(el, '.entry-list li:nth-child(3) button').click();
    await el.updateComplete;
    for (const expected of ['Family Support Group', 'Peer Warm Line']) {
      $(el, '#delete-entry').click();
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el)!.textContent).to.contain(expected);
    }
    $(el, '#delete-entry').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(entryNames(el)).to.deep.equal([]);
    expect(focused(el)).to.equal($(el, '#add-entry'));
    expect(root(el).querySelector('#edit-heading')).to.equal(null);
  });

  it('switches the entry being edited from the list', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    $(el, '.entry-list li:nth-child(3) button').click();
    await el.updateComplete;
    expect(current(el)).to.equal('Counselling Clinic');
    expect($<HTMLInputElement>(el, '#f-hours-fr').value).to.equal('lun.–ven. 9 h–17 h');
    expect($<HTMLInputElement>(el, '#f-website').value).to.equal('');
  });
});
