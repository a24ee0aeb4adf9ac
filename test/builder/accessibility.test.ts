import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupportFinderBuilder } from '../../src/builder/index.js';
import { builtinCatalogue } from '../../src/catalogue/builtin.js';
import { $, builder, fixtureText, openFileDetails, openedWith, previewReady, previewShows, retype } from './builder-helpers.js';

describe('<support-finder-builder>: accessibility', () => {
  describe('axe finds no violations', () => {
    it('before anything is opened', async () => {
      const el = await builder();
      await expect(el).to.be.accessible();
    });

    it('with the built-in catalogue and its preview', async () => {
      const el = await builder();
      el.startFromBuiltin();
      await el.updateComplete;
      await previewReady(el, builtinCatalogue.resources.length);
      await expect(el).to.be.accessible();
    });

    it('with errors shown next to fields and in the summary', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-website', 'javascript:x');
      await retype(el, '#f-name-en', '');
      await retype(el, '#f-name-fr', '');
      expect($(el, '#error-summary')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('with a question asked before a file replaces unsaved changes', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await retype(el, '#f-name-en', 'Edited');
      void el.openFile(new File(['id,category,name_en,description_en\nx,peer,X,Y'], 'sheet.csv', { type: 'text/csv' }));
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'), 'no question was asked');
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-choice="replace"]')!.click();
    });

    it('with a file that could not be opened', async () => {
      const el = await openedWith('broken.json', await fixtureText('broken.json'));
      await expect(el).to.be.accessible();
    });

    it('with spreadsheet rows that have mistakes, and entries with problems listed for download', async () => {
      const csv = 'id,category,name_en,description_en\r\nok,peer,Fine,Good\r\nbad,therapy,Bad,Wrong';
      const el = await openedWith('branch.csv', csv, 'text/csv');
      $(el, '#add-entry').click();
      await el.updateComplete;
      $(el, '.entry-list li:nth-child(1) button').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('with the title, date and crisis line editor open, a new line, and problems shown next to fields', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await openFileDetails(el);
      $(el, '#add-line').click();
      await el.updateComplete;
      await retype(el, '#f-line-0-phone', '');
      await retype(el, '#f-line-0-website', 'javascript:x');
      await retype(el, '#f-updated', 'soon');
      expect($(el, '#file-error-summary')).to.exist;
      expect($(el, '#f-line-1-name-en')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('in French, with an entry open and a problem shown', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'), 'application/json', 'fr');
      await retype(el, '#f-website', 'javascript:x');
      await previewReady(el);
      await expect(el).to.be.accessible();
    });

    it('in French, with the crisis line editor open', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'), 'application/json', 'fr');
      await openFileDetails(el);
      await retype(el, '#f-line-0-website', 'javascript:x');
      expect($(el, '#f-line-0-website-error')).to.exist;
      await expect(el).to.be.accessible();
    });

    for (const lang of ['en', 'fr']) {
      it(`with fixes offered, the to-do list, a refused preview and the lines to paste after a download (${lang})`, async () => {
        const json = JSON.stringify({
          version: 1,
          updated: 'Sept 1, 2026',
          resources: [
            {
              id: 'one',
              category: 'peer',
              name: 'One',
              description: 'Only English.',
              website: 'www.example.org',
              lastVerified: '2020-01-01',
            },
          ],
        });
        const el = await openedWith('fixes.json', json, 'application/json', lang);
        expect(el.shadowRoot!.querySelectorAll('button.fix').length).to.be.greaterThan(1);
        expect($(el, '#preview-refused')).to.exist;
        const link = $<HTMLAnchorElement>(el, '#download-csv');
        link.addEventListener('click', (e) => e.preventDefault(), { once: true });
        link.click();
        el.shadowRoot!.querySelector<HTMLDetailsElement>('.columns')!.open = true;
        await el.updateComplete;
        expect($(el, '#after-download')).to.exist;
        await expect(el).to.be.accessible();
      });
    }

    it('with the preview in French', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      $(el, '#preview-fr').click();
      await el.updateComplete;
      await previewShows(el, ['Ligne chaleureuse entre pairs', 'Groupe de soutien aux familles', 'Clinique de thérapie']);
      await expect(el).to.be.accessible();
    });
  });

  it('fits a 320 px column without scrolling sideways (WCAG 1.4.10), file input and fixes included', async () => {
    const page = await fixture(html`<div style="width: 320px"><support-finder-builder lang="fr"></support-finder-builder></div>`);
    const el = page.querySelector<SupportFinderBuilder>('support-finder-builder')!;
    await el.openFile(
      new File(['id,category,name_en,description_en,website,lastVerified\na,Peer Support,A,B,www.example.org/a,Sept 1 2026\n'], 'a.csv'),
    );
    await el.updateComplete;
    const wide = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.builder *')].filter(
      (node) => node.getBoundingClientRect().right > page.getBoundingClientRect().right + 1,
    );
    expect(wide.map((node) => `${node.tagName.toLowerCase()}#${node.id}`)).to.deep.equal([]);
  });

  it('labels every control and names its group', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    const root = el.shadowRoot!;
    for (const control of root.querySelectorAll('input, select, textarea')) {
      expect(root.querySelector(`label[for="${control.id}"]`), `label for #${control.id}`).to.exist;
    }
    const legends = [...root.querySelectorAll('legend')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(legends).to.include.members(['Name (required)', 'Description (required)', 'Address', 'Who it is for', 'Preview language']);
  });
});
