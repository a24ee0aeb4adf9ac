import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  accessibleName,
  allByRole,
  byRole,
  categoryButtons,
  checkboxStarting,
  countText,
  finder,
  resultIds,
  resultItems,
  root,
  settled,
  typeQuery,
} from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const FIXTURE = '/test/fixtures/facets.json';
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

/** The checkbox whose name starts with `label`, and its name. */
function option(el: SupportFinder, label: string) {
  const input = checkboxStarting(el, label);
  if (!input) throw new Error(`no option "${label}"`);
  return { input, text: accessibleName(input) };
}

const clearAll = (el: SupportFinder, name = 'Clear all filters') => byRole(el, 'button', name);
const filtersButton = (el: SupportFinder) => byRole(el, 'button', /^(Filters|Filtres)/)!;

const legends = (el: SupportFinder) => [...root(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());

/** Tabs forward until the checkbox labelled `label` has focus. */
async function tabTo(el: SupportFinder, label: string) {
  const target = option(el, label).input;
  for (let i = 0; i < 40 && focused(el) !== target; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el)).to.equal(target);
}

describe('facet filters', () => {
  // Wide enough for the filter column: the narrow finder's fold is tested on its own.
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows a group per facet the catalogue has, each option with its count', async () => {
    const el = await finder({ src: FIXTURE });
    expect(legends(el)).to.deep.equal(['Who it is for', 'Language', 'How', 'Cost', 'Referral', 'Area served']);
    expect(option(el, 'Youth').text).to.equal('Youth (2)');
    expect(option(el, '2SLGBTQIA+').text).to.equal('2SLGBTQIA+ (1)');
    expect(option(el, 'Indigenous peoples').text).to.equal('Indigenous peoples (1)');
    expect(option(el, 'Free').text).to.equal('Free (4)');
    expect(option(el, 'No referral needed').text).to.equal('No referral needed (3)');
    expect(option(el, 'Waterloo Wellington').text).to.equal('Waterloo Wellington (2)');
    // Audiences the catalogue does not have are not offered.
    expect(() => option(el, 'Veterans')).to.throw();
  });

  it('shows no facet a catalogue lacks', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    expect(legends(el)).to.deep.equal([]);
    expect(allByRole(el, 'checkbox').length).to.equal(0);
    expect(clearAll(el)).to.equal(null);
  });

  it('narrows with the keyboard only: AND across facets, OR within one', async () => {
    const el = await finder({ src: FIXTURE });
    root(el).querySelector('input')!.focus();
    await tabTo(el, 'Youth');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['youth-drop-in', 'youth-text-line']);
    await tabTo(el, 'Older adults');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['youth-drop-in', 'youth-text-line', 'elder-line']);
    await tabTo(el, 'By phone');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['elder-line']);
    expect(countText(el)).to.equal('1 support found');
  });

  it('counts each option for the query and the other facets, and disables options with none', async () => {
    const el = await finder({ src: FIXTURE });
    option(el, 'French').input.click();
    await el.updateComplete;
    // Among the French-speaking entries none is by phone; English stays offered (OR within language).
    expect(option(el, 'By phone').text).to.equal('By phone (0)');
    expect(option(el, 'By phone').input.disabled).to.be.true;
    expect(option(el, 'English').text).to.equal('English (4)');
    expect(option(el, 'English').input.disabled).to.be.false;
    await typeQuery(el, 'youth');
    expect(resultIds(el)).to.deep.equal(['youth-text-line']);
    expect(option(el, 'By text').text).to.equal('By text (1)');
    expect(option(el, 'In person').text).to.equal('In person (0)');
    // The category buttons count the same way.
    expect(accessibleName(categoryButtons(el)[0]!)).to.contain('(1)');
  });

  it('keeps a chosen option enabled when other choices leave it at 0, so it can be unchosen', async () => {
    const el = await finder({ src: FIXTURE });
    for (const label of ['By text', 'In person', 'Waterloo Wellington']) {
      option(el, label).input.click();
      await el.updateComplete;
    }
    expect(resultIds(el)).to.deep.equal(['youth-drop-in', 'family-circle']);
    option(el, 'In person').input.click();
    await el.updateComplete;
    expect(countText(el)).to.equal('0 supports found');
    expect(option(el, 'By text').text).to.equal('By text (0)');
    expect(option(el, 'By text').input.disabled).to.be.false;
    expect(option(el, 'Waterloo Wellington').input.disabled).to.be.false;
  });

  it('clears every filter, the category too, with "Clear all filters", and focuses the new count', async () => {
    const el = await finder({ src: FIXTURE });
    expect(clearAll(el)).to.equal(null);
    categoryButtons(el)[1]!.click();
    option(el, 'Free').input.click();
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['youth-drop-in', 'youth-text-line']);
    clearAll(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(6);
    expect(option(el, 'Free').input.checked).to.be.false;
    expect(el.category).to.equal(null);
    expect(focused(el)!.id).to.equal('count');
  });

  it('announces the count after each choice, even when it stays the same', async () => {
    const el = await finder({ src: FIXTURE });
    const live = root(el).querySelector('[role="status"][aria-live]')!;
    await waitUntil(() => live.textContent!.trim() === '6 supports found', 'first count not announced', { timeout: 3000 });
    option(el, 'Canada').input.click();
    await el.updateComplete;
    await waitUntil(() => live.textContent!.trim() === '1 support found', 'count not announced', { timeout: 3000 });
    option(el, 'Indigenous peoples').input.click();
    await el.updateComplete;
    expect(live.textContent!.trim()).to.equal('');
    await waitUntil(() => live.textContent!.trim() === '1 support found', 'same count not announced again', { timeout: 3000 });
  });

  it('reports the choices in support-finder-filter, keeping the category', async () => {
    const el = await finder({ src: FIXTURE });
    const event = oneEvent(el, 'support-finder-filter');
    option(el, 'Youth').input.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ category: null, filters: { audience: ['youth'] }, province: null });
  });

  it('speaks French', async () => {
    const el = await finder({ src: FIXTURE, lang: 'fr' });
    expect(legends(el)).to.deep.equal(['Pour qui', 'Langue', 'Format', 'Coût', 'Recommandation', 'Territoire desservi']);
    expect(option(el, 'Jeunes').text).to.equal('Jeunes (2)');
    expect(option(el, 'Personnes aînées').text).to.equal('Personnes aînées (1)');
    expect(option(el, 'anglais').text).to.equal('anglais (4)');
    expect(option(el, 'Aucune recommandation requise').text).to.equal('Aucune recommandation requise (3)');
    option(el, 'Gratuit').input.click();
    await el.updateComplete;
    expect(clearAll(el, 'Effacer tous les filtres')).to.not.equal(null);
  });

  describe('preset by the page', () => {
    it('starts with the audiences and area the attributes name, which the person can clear', async () => {
      const el = await fixture<SupportFinder>(
        html`<support-finder src=${FIXTURE} audience="youth families" region="Waterloo Wellington"></support-finder>`,
      );
      await settled(el);
      expect(resultIds(el)).to.deep.equal(['youth-drop-in', 'family-circle']);
      expect(option(el, 'Youth').input.checked).to.be.true;
      expect(option(el, 'Families').input.checked).to.be.true;
      expect(option(el, 'Waterloo Wellington').input.checked).to.be.true;
      option(el, 'Waterloo Wellington').input.click();
      await el.updateComplete;
      expect(resultIds(el)).to.deep.equal(['youth-drop-in', 'youth-text-line', 'family-circle', 'elder-line']);
      clearAll(el)!.click();
      await el.updateComplete;
      expect(resultIds(el)).to.have.length(6);
    });

    it('presets languages and delivery too, ignores values the catalogue lacks, and follows changes', async () => {
      const el = await fixture<SupportFinder>(
        html`<support-finder src=${FIXTURE} language="fr" delivery="virtual" audience="yuth"></support-finder>`,
      );
      await settled(el);
      expect(resultIds(el)).to.deep.equal(['youth-text-line', 'city-clinic']);
      el.setAttribute('delivery', 'in-person');
      await el.updateComplete;
      expect(resultIds(el)).to.deep.equal(['family-circle', 'city-clinic']);
      el.removeAttribute('language');
      await el.updateComplete;
      expect(resultIds(el)).to.deep.equal(['youth-drop-in', 'family-circle', 'city-clinic']);
    });

    it('shows only the filters the page lists', async () => {
      const el = await fixture<SupportFinder>(html`<support-finder src=${FIXTURE} filters="category,audience,delivery"></support-finder>`);
      await settled(el);
      expect(legends(el)).to.deep.equal(['Who it is for', 'How']);
      expect(categoryButtons(el)).to.have.length(4);
      el.setAttribute('filters', 'region');
      await el.updateComplete;
      expect(legends(el)).to.deep.equal(['Area served']);
      expect(categoryButtons(el)).to.have.length(0);
    });
  });

  describe('on a phone', () => {
    it('folds the filters under a button so the results stay near the top, with no sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await finder({ src: FIXTURE });
      const toggle = filtersButton(el);
      // The panel the button says it controls.
      const panel = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('filter-panel');
      expect(panel.offsetHeight).to.equal(0);
      // Only the count lies between the button and the first result: well within a screen.
      const firstResult = resultItems(el)[0]!.getBoundingClientRect().top;
      expect(firstResult - toggle.getBoundingClientRect().bottom).to.be.below(640 / 3);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.offsetHeight).to.be.above(0);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await tabTo(el, 'Adults');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.textContent!.trim()).to.equal('Filters (1 chosen)');
      expect(resultIds(el)).to.deep.equal(['city-clinic', 'circle-counselling']);
    });

    it('shows the filters without a button on a wide screen', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await finder({ src: FIXTURE });
      expect(filtersButton(el).offsetHeight).to.equal(0);
      expect(option(el, 'Youth').input.offsetHeight).to.be.above(0);
    });
  });
});
