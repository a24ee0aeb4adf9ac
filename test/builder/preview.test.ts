import { expect, waitUntil } from '@open-wc/testing';
import type { SupportFinderBuilder } from '../../src/builder/index.js';
import en from '../../src/i18n/tables/en.json';
import {
  $,
  download,
  errorFor,
  fixtureText,
  focused,
  openFileDetails,
  openedWith,
  preview,
  previewShows,
  retype,
  root,
} from './builder-helpers.js';

const button = (el: Element, name: string) => {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent!.replace(/[ \t\n\r]+/g, ' ').trim() === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

async function settle(el: SupportFinderBuilder) {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const dated = (updated: string) =>
  JSON.stringify({ version: 1, updated, resources: [{ id: 'one', category: 'peer', name: 'One', description: 'The first.' }] });

/** What the preview finder says in its message area. */
const previewMessage = (el: Element) => preview(el).shadowRoot?.querySelector('[part="message"]')?.textContent?.trim() ?? '';

describe('<support-finder-builder>: the preview tells the truth', () => {
  describe('when the finder cannot open the file (a bad date)', () => {
    it('fails as a site would, and says why beside it, with a way to the field', async () => {
      const el = await openedWith('dated.json', dated('last week'));
      await waitUntil(() => previewMessage(el) === en.loadError, 'the preview did not fail as a site would', { timeout: 4000 });
      const why = $(el, '#preview-refused');
      expect(why.textContent).to.contain('The finder cannot open this file yet');
      expect(why.textContent).to.contain('Last updated must be a date written YYYY-MM-DD; got "last week"');
      why.querySelector('button')!.click();
      await settle(el);
      expect(focused(el)?.id).to.equal('f-updated');
      await retype(el, '#f-updated', '2026-12-01');
      await previewShows(el, ['One']);
      expect(root(el).querySelector('#preview-refused')).to.equal(null);
    });

    it('asks before downloading the JSON, and can lead to the problem instead', async () => {
      const el = await openedWith('dated.json', dated('last week'));
      $(el, '#download-json').click();
      await el.updateComplete;
      expect($(el, '#confirm-heading').textContent).to.equal('The finder cannot open this file yet');
      expect($(el, '#confirm').textContent).to.contain('Last updated must be a date written YYYY-MM-DD');
      button(el, 'Fix it first').click();
      await settle(el);
      expect(focused(el)?.id).to.equal('f-updated');
    });

    it('downloads anyway when asked to, so no work is lost', async () => {
      const el = await openedWith('dated.json', dated('last week'));
      const link = $<HTMLAnchorElement>(el, '#download-json');
      const followed: string[] = [];
      link.addEventListener('click', (e) => {
        if (!e.defaultPrevented) followed.push(link.href);
        e.preventDefault();
      });
      link.click();
      await el.updateComplete;
      expect(followed).to.deep.equal([]);
      button(el, 'Download anyway, to keep my work').click();
      await settle(el);
      expect(followed).to.have.length(1);
      expect(JSON.parse(await (await fetch(followed[0]!)).text()).updated).to.equal('last week');
    });

    it('still downloads a file it can open without asking', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      expect(JSON.parse(await download(el, '#download-json')).resources).to.have.length(3);
      expect(root(el).querySelector('dialog')).to.equal(null);
    });
  });

  describe('all problems show at once', () => {
    it('shows a crisis line without a number while the date is also wrong', async () => {
      const json = JSON.stringify({ version: 1, updated: 'Dec 6', crisis: { lines: [{ name: 'Night Line' }] }, resources: [] });
      const el = await openedWith('layers.json', json);
      expect(errorFor(el, '#f-updated')).to.contain('must be a date written YYYY-MM-DD');
      expect(errorFor(el, '#f-line-0-phone')).to.contain('Enter a phone number, a text number or both');
    });

    it('shows a crisis line’s missing number together with its missing name', async () => {
      const json = JSON.stringify({ version: 1, crisis: { lines: [{ hours: '24/7' }] }, resources: [] });
      const el = await openedWith('nameless.json', json);
      await openFileDetails(el);
      if ($(el, '#edit-file').getAttribute('aria-expanded') !== 'true') await openFileDetails(el);
      expect(errorFor(el, '#f-line-0-name-en')).to.contain('Enter the line’s name in English, French or both');
      expect(errorFor(el, '#f-line-0-phone')).to.contain('Enter a phone number, a text number or both');
    });
  });
});
