import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectNoViolations } from '../axe.js';
import { allByRole, byRole, countText, finder, hrefs, resultIds, root, settled } from '../helpers.js';
import { builtinCatalogue as data } from '../../src/catalogue/builtin.js';
import type { SupportFinder } from '../../src/index.js';

// What each province should list, worked out here the plain way from the built-in catalogue.
const servedIn = (code: string) =>
  data.resources.filter((r) => !r.areas || r.areas.includes('CA') || r.areas.includes(code as never)).map((r) => r.id);

const APPELLE = 'tel:18662773553';
const TORONTO_LINE = 'tel:4164084357';
const page = location.pathname + location.search;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const banner = (el: Element) => hrefs(root(el).querySelector('.banner')!);
const placeChoice = (el: Element, name = 'Province or territory') => byRole(el, 'combobox', name) as HTMLSelectElement;
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent!.trim());
/** The local-area checkboxes' labels, as read. */
const areaOptions = (el: Element, legend = 'Area served') => {
  const group = [...root(el).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent!.trim() === legend);
  return group ? [...group.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim()) : [];
};

/** Picks a province by its name, as a person does in the list. */
async function choose(el: SupportFinder, name: string, label?: string) {
  const select = placeChoice(el, label);
  select.value = [...select.options].find((o) => o.textContent!.trim() === name)!.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A finder with its attributes set before it first renders, as a page writes them. */
async function make(attrs: Record<string, string>) {
  const el = document.createElement('support-finder');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  (await fixture(html`<div></div>`)).append(el);
  await settled(el);
  return el;
}

describe('where I live', () => {
  afterEach(() => history.replaceState(null, '', page));

  describe('with no province chosen', () => {
    it('lists every support and keeps provincial lines out of the banner', async () => {
      const el = await finder();
      expect(placeChoice(el).value).to.equal('');
      expect(optionTexts(placeChoice(el))[0]).to.equal('All of Canada');
      expect(countText(el)).to.equal(`${data.resources.length} supports found`);
      expect(resultIds(el)).to.have.length(data.resources.length);
      expect(banner(el)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    });

    it('offers only the provinces and territories the catalogue names, by name', async () => {
      const el = await finder();
      const names = optionTexts(placeChoice(el));
      expect(names).to.include.members(['Quebec', 'Ontario', 'British Columbia', 'Nunavut']);
      expect(names.slice(1)).to.deep.equal([...names.slice(1)].sort((a, b) => a.localeCompare(b)));
    });

    it('is offered or left out with the other filters by the filters attribute', async () => {
      expect(placeChoice(await make({ filters: 'category' }))).to.equal(null);
      expect(placeChoice(await make({ filters: 'province,category' }))).to.not.equal(null);
    });

    it('is not offered when no entry names a province', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      expect(placeChoice(el)).to.equal(null);
    });
  });

  describe('when the person chooses a province', () => {
    it('lists what serves it, offers its local areas, and adds its lines to the banner, with every count following', async () => {
      const el = await finder();
      await choose(el, 'Quebec');
      expect(resultIds(el)).to.have.members(servedIn('QC'));
      expect(countText(el)).to.equal(`${servedIn('QC').length} supports found`);
      expect(byRole(el, 'button', new RegExp(`^All \\(${servedIn('QC').length}\\)$`))).to.not.equal(null);
      expect(areaOptions(el)).to.deep.equal(['Montréal (1)']);
      // 9-8-8 stays (in Quebec it is answered by 1 866 APPELLE), and APPELLE is added, call and text.
      expect(banner(el)).to.deep.equal(['tel:988', 'sms:988', 'tel:911', APPELLE, 'sms:535353']);
      expect(byRole(el, 'button', /^Quebec/)!.textContent).to.contain('Quebec');
    });

    it('says it in French', async () => {
      const el = await finder({ lang: 'fr' });
      const select = placeChoice(el, 'Province ou territoire');
      expect(optionTexts(select)[0]).to.equal('Tout le Canada');
      expect(optionTexts(select)).to.include.members(['Québec', 'Colombie-Britannique', 'Île-du-Prince-Édouard']);
      await choose(el, 'Québec', 'Province ou territoire');
      expect(resultIds(el)).to.have.members(servedIn('QC'));
      expect(countText(el)).to.equal(`${servedIn('QC').length} ressources trouvées`);
      expect(areaOptions(el, 'Territoire desservi')).to.deep.equal(['Montréal (1)']);
      expect(banner(el)).to.include(APPELLE);
      expect(byRole(byRole(el, 'group', 'Filtres choisis')!, 'button', /^Québec/)).to.not.equal(null);
    });

    it("names the local areas and where each support is offered in the page's language", async () => {
      const el = await finder({ lang: 'fr' });
      await choose(el, 'Colombie-Britannique', 'Province ou territoire');
      expect(areaOptions(el, 'Territoire desservi')).to.have.members(['Île de Vancouver (1)', 'Intérieur de la Colombie-Britannique (1)']);
      const served = [...root(el).querySelectorAll('.detail')].filter((d) => d.querySelector('dt')!.textContent === 'Territoire');
      const places = served.map((d) => d.querySelector('dd')!.textContent);
      expect(places).to.include.members(['Canada', 'Colombie-Britannique', 'Île de Vancouver']);
    });

    it("names a local line's area in the page's language, in the banner and the copied list", async () => {
      const el = await finder({ lang: 'fr' });
      await choose(el, 'Colombie-Britannique', 'Province ou territoire');
      allByRole(el, 'checkbox')
        .find((c) => c.closest('label')!.textContent!.trim().startsWith('Île de Vancouver'))!
        .click();
      await el.updateComplete;
      const regions = [...root(el).querySelectorAll('.banner .line')].map((l) => l.textContent!.replace(/\s+/g, ' '));
      expect(regions.some((l) => l.includes('(Île de Vancouver)'))).to.equal(true);
      expect(regions.join()).to.not.contain('(Vancouver Island)');
      root(el).querySelector<HTMLButtonElement>('.result .add')!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
      await el.updateComplete;
      const mailto = [...root(el).querySelectorAll('a')].find((a) => a.href.startsWith('mailto:'))!.getAttribute('href')!;
      expect(decodeURIComponent(mailto)).to.contain('(Île de Vancouver)').and.not.contain('(Vancouver Island)');
    });

    it('shows a local line only once its local area is chosen', async () => {
      const el = await finder();
      await choose(el, 'Ontario');
      expect(resultIds(el)).to.have.members(servedIn('ON'));
      expect(areaOptions(el).map((o) => o.replace(/ \(\d+\)$/, ''))).to.have.members([
        ...new Set(data.resources.filter((r) => r.region && r.areas?.includes('ON')).map((r) => r.region!.trim())),
      ]);
      expect(banner(el)).to.not.include(TORONTO_LINE);
      const toronto = allByRole(el, 'checkbox').find((c) => c.closest('label')!.textContent!.trim().startsWith('Toronto'))!;
      toronto.click();
      await el.updateComplete;
      expect(banner(el)).to.include(TORONTO_LINE);
    });

    it('goes back to all of Canada with the chip, and with "Clear all filters"', async () => {
      const el = await finder();
      await choose(el, 'Quebec');
      byRole(el, 'button', /^Quebec/)!.click();
      await el.updateComplete;
      expect(placeChoice(el).value).to.equal('');
      expect(resultIds(el)).to.have.length(data.resources.length);
      await choose(el, 'Quebec');
      byRole(el, 'button', 'Clear all filters')!.click();
      await el.updateComplete;
      expect(placeChoice(el).value).to.equal('');
      expect(banner(el)).to.not.include(APPELLE);
    });

    it('reports the province in support-finder-filter, null for all of Canada', async () => {
      const el = await finder();
      let event = oneEvent(el, 'support-finder-filter');
      await choose(el, 'Quebec');
      expect((await event).detail).to.deep.equal({ category: null, filters: {}, province: 'QC' });
      event = oneEvent(el, 'support-finder-filter');
      await choose(el, 'All of Canada');
      expect((await event).detail).to.deep.equal({ category: null, filters: {}, province: null });
    });

    it("puts the banner's lines in the copied and emailed list", async () => {
      const el = await finder();
      await choose(el, 'Quebec');
      root(el).querySelector<HTMLButtonElement>('.result .add')!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
      await el.updateComplete;
      const mailto = () => [...root(el).querySelectorAll('a')].find((a) => a.href.startsWith('mailto:'))!.getAttribute('href')!;
      expect(decodeURIComponent(mailto())).to.contain('1-866-277-3553');
      root(el).querySelector<HTMLButtonElement>('.list-view button')!.click();
      await el.updateComplete;
      await choose(el, 'All of Canada');
      root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
      await el.updateComplete;
      expect(decodeURIComponent(mailto())).to.not.contain('1-866-277-3553');
    });

    it('is inside the folded filters of a narrow finder, and counted on their button', async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        const el = await make({ province: 'QC' });
        expect(placeChoice(el).checkVisibility()).to.be.false;
        const toggle = byRole(el, 'button', /^Filters/)!;
        expect(toggle.textContent!.trim()).to.equal('Filters (1 chosen)');
        toggle.click();
        await el.updateComplete;
        expect(placeChoice(el).checkVisibility()).to.be.true;
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is accessible with the choice made, in both languages', async () => {
      for (const [lang, name, label] of [
        ['en', 'Quebec', 'Province or territory'],
        ['fr', 'Québec', 'Province ou territoire'],
      ]) {
        const el = await finder({ lang });
        await choose(el, name!, label);
        await expectNoViolations(el);
        el.remove();
      }
    });
  });

  describe('when the page presets a province', () => {
    it('opens on it, and the person can change it', async () => {
      const el = await make({ province: 'QC' });
      expect(placeChoice(el).value).to.equal('QC');
      expect(resultIds(el)).to.have.members(servedIn('QC'));
      expect(banner(el)).to.include(APPELLE);
      await choose(el, 'All of Canada');
      expect(resultIds(el)).to.have.length(data.resources.length);
      expect(banner(el)).to.not.include(APPELLE);
    });

    it('ignores a code that is not a province or territory', async () => {
      const el = await make({ province: 'XX' });
      expect(placeChoice(el).value).to.equal('');
      expect(resultIds(el)).to.have.length(data.resources.length);
      expect(root(el).querySelector('.chip')).to.equal(null);
    });
  });

  it('skips an entry with an area code that is not one, with a console warning naming it', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let el: SupportFinder;
    try {
      el = await finder({ src: '/test/fixtures/bad-area.json' });
    } finally {
      console.warn = original;
    }
    expect(resultIds(el)).to.deep.equal(['good-one', 'good-two']);
    expect(warnings.join('\n')).to.match(/resources\[1\] \(id "nowhere"\): "areas\[0\]".*"ZZ".*skipped/);
  });

  describe('with sync-url', () => {
    it('opens a link on its province and writes the one chosen', async () => {
      history.replaceState(null, '', `${page}#sf-province=QC`);
      const el = await make({ 'sync-url': '' });
      expect(placeChoice(el).value).to.equal('QC');
      expect(banner(el)).to.include(APPELLE);
      await choose(el, 'Ontario');
      await wait(500);
      expect(location.hash).to.equal('#sf-province=ON');
      await choose(el, 'All of Canada');
      await wait(500);
      expect(location.hash).to.equal('');
    });
  });
});
