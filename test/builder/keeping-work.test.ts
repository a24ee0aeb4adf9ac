import { expect, waitUntil } from '@open-wc/testing';
import { STORAGE_KEY } from '../../src/builder/draft-storage.js';
import type { SupportFinderBuilder } from '../../src/builder/index.js';
import { $, builder, download, entryNames, fixtureText, focused, openFileDetails, openedWith, retype, root } from './builder-helpers.js';

/** A button by its visible words, as a person finds it. */
const button = (el: Element, name: string) => {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.replace(/[ \t\n\r]+/g, ' ').trim() === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

/** Lets a chosen answer run (it resumes after the click) and the page update. */
async function settle(el: SupportFinderBuilder) {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const dialog = (el: Element) => root(el).querySelector<HTMLDialogElement>('dialog#confirm');

/** Chooses the file in the file input, as a person would, without waiting for a report. */
function choose(el: SupportFinderBuilder, name: string, text: string, type: string) {
  const input = $<HTMLInputElement>(el, '#file');
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const leaving = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

const sheet = [
  'id,category,name_en,name_fr,description_en',
  'warm-line,peer,Peer Warm Line,,Updated from the spreadsheet',
  'new-group,family,New Group,,Added in the spreadsheet',
].join('\r\n');

describe('<support-finder-builder>: never losing work', () => {
  describe('when a file is opened over changes not yet downloaded', () => {
    it('asks first, and Cancel keeps everything as it was, focus back where it was', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-name-en', 'Warm Line (edited)');
      $(el, '#file').focus();
      choose(el, 'other.json', await fixtureText('one-bad-entry.json'), 'application/json');
      await waitUntil(() => dialog(el)?.open, 'no question was asked');
      expect($(el, '#confirm-heading').textContent).to.equal('Open other.json over your changes?');
      expect(() => button(el, 'Update the entries from this spreadsheet, keep the title, date and crisis lines')).to.throw();
      button(el, 'Cancel: keep editing').click();
      await settle(el);
      expect(dialog(el)).to.equal(null);
      expect(entryNames(el)[0]).to.equal('Warm Line (edited)');
      expect(focused(el)?.id).to.equal('file');
    });

    it('updates the entries from a spreadsheet, keeping the title, date, crisis lines, the page’s own entries and typed words', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-name-fr', 'Ligne tapée ici');
      $(el, '#add-entry').click();
      await el.updateComplete;
      await retype(el, '#f-name-en', 'Recovery College');
      choose(el, 'riverside.csv', sheet, 'text/csv');
      await waitUntil(() => dialog(el)?.open, 'no question was asked');
      button(el, 'Update the entries from this spreadsheet, keep the title, date and crisis lines').click();
      await settle(el);
      expect(entryNames(el)).to.deep.equal([
        'Peer Warm Line',
        'New Group',
        'Family Support Group',
        'Counselling Clinic',
        'Recovery College',
      ]);
      expect($(el, '.open-report').textContent).to.contain('Updated from riverside.csv: 1 entry updated, 1 added.');
      expect($(el, '.open-report').textContent).to.contain('Recovery College');
      const json = JSON.parse(await download(el, '#download-json'));
      expect(json.title).to.deep.equal({ en: 'Test Branch supports', fr: 'Ressources de la section test' });
      expect(json.crisis.lines).to.have.length(1);
      // A filled cell wins; a cell the spreadsheet leaves empty keeps what the page had, typed or opened.
      expect(json.resources[0].description).to.deep.equal({
        en: 'Updated from the spreadsheet',
        fr: 'Parlez avec une personne qui est passée par là.',
      });
      expect(json.resources[0].name).to.deep.equal({ en: 'Peer Warm Line', fr: 'Ligne tapée ici' });
    });

    it('replaces everything when asked to', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-name-en', 'Edited');
      choose(el, 'riverside.csv', sheet, 'text/csv');
      await waitUntil(() => dialog(el)?.open, 'no question was asked');
      button(el, 'Replace everything with riverside.csv').click();
      await settle(el);
      expect(entryNames(el)).to.deep.equal(['Peer Warm Line', 'New Group']);
      expect(JSON.parse(await download(el, '#download-json')).title).to.equal(undefined);
    });

    it('asks nothing when every change is in a downloaded file', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-name-en', 'Edited');
      await download(el, '#download-json');
      await el.startFromBuiltin();
      expect(dialog(el)).to.equal(null);
      expect($(el, '.open-report').textContent).to.contain('Opened the built-in catalogue');
    });

    it('asks before starting over from the built-in catalogue too', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-name-en', 'Edited');
      void el.startEmpty();
      await el.updateComplete;
      expect($(el, '#confirm-heading').textContent).to.equal('Open an empty catalogue over your changes?');
      button(el, 'Replace everything with an empty catalogue').click();
      await settle(el);
      expect(entryNames(el)).to.deep.equal([]);
    });
  });

  describe('when the page is reloaded or closed', () => {
    it('keeps the draft in this browser, says so, and carries on with it next time', async () => {
      const first = await openedWith('good.json', await fixtureText('good.json'));
      await retype(first, '#f-name-en', 'Warm Line (kept)');
      await openFileDetails(first);
      await retype(first, '#f-title-en', 'Riverside supports');
      window.dispatchEvent(new Event('pagehide'));
      expect($(first, '.storage').textContent).to.contain('Your work is kept in this browser');
      first.remove();

      const again = await builder();
      expect(entryNames(again)).to.deep.equal(['Warm Line (kept)', 'Family Support Group', 'Counselling Clinic']);
      expect($(again, '.open-report').textContent).to.contain('Restored your draft from this browser');
      expect(JSON.parse(await download(again, '#download-json')).title.en).to.equal('Riverside supports');
      expect($(again, '#download-json').getAttribute('download')).to.equal('good.json');
    });

    it('warns before leaving while changes are not in a downloaded file', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      expect(leaving()).to.equal(false);
      await retype(el, '#f-name-en', 'Edited');
      expect(leaving()).to.equal(true);
      await download(el, '#download-json');
      expect(leaving()).to.equal(false);
      el.remove();
    });

    it('discards the draft when asked, after confirming', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-name-en', 'Edited');
      window.dispatchEvent(new Event('pagehide'));
      expect(localStorage.getItem(STORAGE_KEY)).to.contain('Edited');
      button(el, 'Discard this draft').click();
      await settle(el);
      expect($(el, '#confirm-heading').textContent).to.equal('Discard this draft?');
      button(el, 'Discard the draft').click();
      await settle(el);
      expect(entryNames(el)).to.deep.equal([]);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
      expect(leaving()).to.equal(false);
      el.remove();
    });
  });
});
