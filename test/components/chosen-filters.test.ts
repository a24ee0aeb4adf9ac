import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoViolations } from '../axe.js';
import {
  accessibleName,
  allByRole,
  byRole,
  categoryButtons,
  checkboxStarting,
  finder,
  resultIds,
  resultItems,
  root,
  typeQuery,
} from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const FIXTURE = '/test/fixtures/facets.json';
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const chosenRow = (el: SupportFinder, name = 'Chosen filters') => byRole(el, 'group', name);
/** The chips: the buttons of the chosen filters' row but "Clear all filters". */
const chips = (el: SupportFinder) => {
  const row = chosenRow(el) ?? chosenRow(el, 'Filtres choisis');
  return row ? allByRole(row, 'button').filter((b) => !/^(Clear all filters|Effacer tous les filtres)$/.test(accessibleName(b))) : [];
};
const filtersButton = (el: SupportFinder) => byRole(el, 'button', /^(Filters|Filtres)/)!;
/** What a chip shows, and what a screen reader hears. */
const shownText = (b: HTMLElement) =>
  [...b.childNodes]
    .filter((n) => n.nodeType !== Node.COMMENT_NODE && !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

function check(el: SupportFinder, label: string) {
  checkboxStarting(el, label)!.click();
  return el.updateComplete;
}

/** The facet whose legend is `legend`, and the labels of its options on screen. */
function facet(el: SupportFinder, legend: string) {
  const group = [...root(el).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')!.textContent!.trim() === legend)!;
  return {
    labels: allByRole(group, 'checkbox').map((box) => accessibleName(box).replace(/\s*\(\d+\)$/, '')),
    more: byRole(group, 'button', /^(Show all \d+|Show fewer|Afficher les \d+|Afficher moins)$/),
  };
}

describe('what is chosen, and long facets', () => {
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('lists the chosen filters at the top of the results, each a button that removes it', async () => {
    const el = await finder({ src: FIXTURE });
    expect(chosenRow(el)).to.equal(null);
    categoryButtons(el)[1]!.click();
    await check(el, 'Youth');
    await check(el, 'Free');
    // A group named "Chosen filters".
    const row = chosenRow(el)!;
    expect(row).to.not.equal(null);
    expect(chips(el).map(shownText)).to.deep.equal(['Peer support ✕', 'Youth ✕', 'Free ✕']);
    // The name starts with what is shown (WCAG 2.5.3), and says what pressing does.
    expect(chips(el)[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Youth, remove filter ✕');
    expect(chips(el)[1]!.querySelector('[aria-hidden="true"]')!.textContent!.trim()).to.equal('✕');
    // At the top of the results: after the count, before the first result.
    const top = row.getBoundingClientRect();
    expect(top.top).to.be.above(root(el).querySelector('#count')!.getBoundingClientRect().top);
    expect(top.bottom).to.be.below(resultItems(el)[0]!.getBoundingClientRect().top);
    await expectNoViolations(el);
  });

  it('moves focus to the next chip when one is removed, then to the one before, then to the count', async () => {
    const el = await finder({ src: FIXTURE });
    await check(el, 'Youth');
    await check(el, 'Families');
    await check(el, 'Free');
    expect(chips(el)).to.have.length(3);
    chips(el)[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chips(el).length === 2);
    expect(shownText(focused(el)!)).to.equal('Free ✕');
    expect(resultIds(el)).to.deep.equal(['youth-drop-in', 'youth-text-line']);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chips(el).length === 1);
    expect(shownText(focused(el)!)).to.equal('Youth ✕');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'count');
    await el.updateComplete;
    expect(chips(el)).to.have.length(0);
    expect(resultIds(el)).to.have.length(6);
  });

  it('says the count once after "Clear all filters": focus on the count reads it, the live region stays quiet', async () => {
    const el = await finder({ src: FIXTURE });
    const live = root(el).querySelector('[role="status"][aria-live]')!;
    await check(el, 'Youth');
    await waitUntil(() => live.textContent!.trim() === '2 supports found', 'count not announced', { timeout: 3000 });
    byRole(el, 'button', 'Clear all filters')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'count');
    expect(focused(el)!.textContent).to.equal('6 supports found');
    await new Promise((r) => setTimeout(r, 1000));
    expect(live.textContent!.trim()).to.equal('');
    // The next change is heard as usual.
    await check(el, 'Free');
    await waitUntil(() => live.textContent!.trim() === '4 supports found', 'next count not announced', { timeout: 3000 });
  });

  it('shows the first five options of a long facet, then "Show all N", and never hides a chosen one', async () => {
    const el = await finder();
    const areas = facet(el, 'Area served');
    expect(areas.labels).to.have.length(5);
    expect(areas.more!.textContent!.trim()).to.match(/^Show all \d+$/);
    const all = Number(areas.more!.textContent!.trim().split(' ').at(-1));
    expect(all).to.be.above(6);
    expect(areas.more!.getAttribute('aria-expanded')).to.equal('false');
    areas.more!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(facet(el, 'Area served').labels).to.have.length(all);
    expect(areas.more!.getAttribute('aria-expanded')).to.equal('true');
    expect(areas.more!.textContent!.trim()).to.equal('Show fewer');
    // Focus stays on the button, and the options it showed come right after it.
    expect(focused(el)).to.equal(areas.more);
    await sendKeys({ press: 'Tab' });
    const sixth = facet(el, 'Area served').labels[5]!;
    expect(focused(el)!.closest('label')!.textContent).to.contain(sixth);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    areas.more!.click();
    await el.updateComplete;
    expect(facet(el, 'Area served').labels).to.deep.equal([...facet(el, 'Area served').labels.slice(0, 5), sixth]);
    expect(facet(el, 'Area served').labels).to.have.length(6);
  });

  it('says what each kind of support is, with the category buttons, in English and French', async () => {
    for (const [lang, peer, family, clinical] of [
      ['en', 'lived experience', 'care for someone', 'Assessment and treatment'],
      ['fr', 'ont vécu', 'prennent soin d’un proche', 'Évaluation et traitement'],
    ] as const) {
      const el = await finder({ lang });
      const buttons = categoryButtons(el);
      const described = buttons.map((b) => root(el).getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
      expect(described[0]).to.equal('');
      expect(described[1]).to.contain(peer);
      expect(described[2]).to.contain(family);
      expect(described[3]).to.contain(clinical);
      // Beside the results, never above them.
      const hint = root(el).getElementById(buttons[1]!.getAttribute('aria-describedby')!)!.getBoundingClientRect();
      expect(hint.right).to.be.below(resultItems(el)[0]!.getBoundingClientRect().left);
      await expectNoViolations(el);
    }
  });

  it('keeps axe quiet with the filters unfolded in a narrow finder, a long facet opened and chips, in French', async () => {
    await setViewport({ width: 375, height: 667 });
    const el = await finder({ lang: 'fr' });
    filtersButton(el).click();
    await el.updateComplete;
    facet(el, 'Territoire desservi').more!.click();
    await el.updateComplete;
    await check(el, 'Jeunes');
    expect(chips(el)).to.have.length(1);
    expect(filtersButton(el).textContent!.trim()).to.equal('Filtres (1\u00a0choisi)');
    await expectNoViolations(el);
  });

  it('redraws only what changed in the filter column while typing: the counts that moved, nothing rebuilt', async () => {
    const el = await finder({ src: FIXTURE });
    const panel = root(el).querySelector('#filter-panel')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(panel, { childList: true, subtree: true, characterData: true, attributes: true });
    const before = [...panel.querySelectorAll('.filter-count')].map((c) => c.textContent);
    await typeQuery(el, 'youth');
    await el.updateComplete;
    observer.disconnect();
    const after = [...panel.querySelectorAll('.filter-count')].map((c) => c.textContent);
    const moved = after.filter((text, i) => text !== before[i]).length;
    expect(moved).to.be.above(3);
    expect(records.filter((r) => r.type === 'childList')).to.have.length(0);
    const texts = records.filter((r) => r.type === 'characterData');
    expect(texts).to.have.length(moved);
    for (const r of texts) expect(r.target.parentElement!.className).to.equal('filter-count');
    // Options at 0 are disabled, the others enabled: the only attributes touched.
    for (const r of records.filter((r) => r.type === 'attributes')) expect(r.attributeName).to.equal('disabled');
  });
});
