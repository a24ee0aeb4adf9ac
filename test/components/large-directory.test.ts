import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { generateCatalogue } from '../../bench/generate-catalogue.js';
import { SLICED_FROM } from '../../src/search/results.js';
import { allByRole, byRole, countText, finder, root } from '../helpers.js';

// Above SLICED_FROM entries the finder searches in slices between frames; the
// person sees the same results, a moment later, and only for the last query.
describe('searching a large directory in slices', () => {
  let url: string;
  before(() => {
    const catalogue = generateCatalogue(SLICED_FROM + 500, { seed: 11 });
    url = URL.createObjectURL(new Blob([JSON.stringify(catalogue)], { type: 'application/json' }));
  });
  after(() => URL.revokeObjectURL(url));

  function type(el: HTMLElement, text: string) {
    const input = root(el).querySelector('input')!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  it('shows the results of the last query typed, and reports its count once they are on the page', async function () {
    this.timeout(30000);
    const el = await finder({ src: url });
    expect(countText(el)).to.equal(`${SLICED_FROM + 500} supports found`);
    const reported = oneEvent(el, 'support-finder-search');
    for (const text of ['g', 'gr', 'gri', 'grie', 'grief']) type(el, text);
    const { detail } = await reported;
    const shown = Number(countText(el).split(' ')[0]);
    expect(detail.resultCount).to.equal(shown);
    expect(shown)
      .to.be.greaterThan(0)
      .and.lessThan(SLICED_FROM + 500);
    const first = root(el).querySelector('.result')!;
    expect(first.textContent!.toLowerCase()).to.match(/grief|deuil|bereavement/);
  });

  it('says it is loading, never "0 found", until the first list of a large directory is ready', async function () {
    this.timeout(30000);
    const el = await finder({ src: url }, { wait: false });
    const seen = new Set<string>();
    const observer = new MutationObserver(() => seen.add(countText(el) || root(el).querySelector('.loading')?.textContent?.trim() || ''));
    observer.observe(root(el), { childList: true, subtree: true, characterData: true });
    await waitUntil(() => countText(el), 'the list never came', { timeout: 20000 });
    observer.disconnect();
    expect([...seen].filter((text) => /found/.test(text))).to.deep.equal([`${SLICED_FROM + 500} supports found`]);
    // Drawn in two tasks: a screenful, then the rest of the first page.
    expect(root(el).querySelectorAll('.result').length).to.be.within(1, 20);
    await waitUntil(() => root(el).querySelectorAll('.result').length === 20, 'the first page was never drawn whole');
    expect(byRole(el, 'button', /^Show 20 more/)).to.not.equal(null);
  });

  it('narrows a large directory with a filter to the count its option showed, keeping the list until then', async function () {
    this.timeout(30000);
    const el = await finder({ src: url });
    const count = (l: Element) => Number(/\((\d+)\)/.exec(l.textContent!)![1]);
    // The search's SLICED_FROM + 500 matches are narrowed in slices too.
    const option = allByRole(el, 'checkbox').find(
      (box) => count(box.closest('label')!) > 0 && count(box.closest('label')!) < SLICED_FROM + 500,
    )!;
    const shown = count(option.closest('label')!);
    option.click();
    await el.updateComplete;
    expect(countText(el)).to.equal(`${SLICED_FROM + 500} supports found`);
    await waitUntil(() => countText(el) === `${shown} supports found`, 'the filter never applied', { timeout: 10000 });
    await el.updateComplete;
    expect([...root(el).querySelectorAll<HTMLElement>('.result')].length).to.equal(20);
  });

  it('keeps the list on screen while a new search runs', async function () {
    this.timeout(30000);
    const el = await finder({ src: url });
    type(el, 'zzqxvw');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.result').length).to.be.greaterThan(0);
    await waitUntil(() => countText(el) === '0 supports found', 'the search never finished', { timeout: 10000 });
  });
});
