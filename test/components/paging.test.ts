import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/index.js';
import { generateCatalogue } from '../../bench/generate-catalogue.js';
import { byRole, countText, finder, resultIds, root, settled, typeQuery } from '../helpers.js';

// Paging is part of keeping keystrokes fast: only the first page of a long
// result list is drawn, and the count still tells the whole of it.
describe('a long list of results', () => {
  let url: string;
  before(() => {
    url = URL.createObjectURL(new Blob([JSON.stringify(generateCatalogue(120, { seed: 5 }))], { type: 'application/json' }));
  });
  after(() => URL.revokeObjectURL(url));

  const button = (el: Element) => byRole(el, 'button', /^(Show|Afficher) \d+ (more|autres)/);

  it('draws the first 20, counts all of them, and shows 20 more at a time', async () => {
    const el = await finder({ src: url });
    expect(countText(el)).to.equal('120 supports found');
    expect(resultIds(el)).to.have.length(20);
    expect(button(el)!.textContent!.trim()).to.equal('Show 20 more supports');
    button(el)!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(40);
    expect(countText(el)).to.equal('120 supports found');
    // Reading goes on where the new results start.
    expect(root(el).activeElement).to.equal(root(el).querySelectorAll('.result-name')[20]);
  });

  it('starts again from the first page for a new search', async () => {
    const el = await finder({ src: url });
    button(el)!.click();
    await el.updateComplete;
    await typeQuery(el, 'a');
    expect(resultIds(el).length).to.be.at.most(40);
    const shown = resultIds(el).length;
    const total = Number(countText(el).split(' ')[0]);
    expect(button(el) !== null).to.equal(total > shown);
  });

  it('draws a short list whole, with no button for a handful more', async () => {
    const el = await finder({ src: url });
    await typeQuery(el, 'zzqxvw');
    expect(button(el)).to.equal(null);
    const el2 = await finder({ src: '/test/fixtures/good.json' });
    expect(resultIds(el2)).to.have.length(3);
    expect(button(el2)).to.equal(null);
  });

  it("draws a screenful in the keystroke's own update and the rest of the first page after the frame that shows it", async () => {
    const el = await finder({ src: url });
    const reported = oneEvent(el, 'support-finder-search');
    const input = root(el).querySelector('input')!;
    input.value = 'a';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const { detail } = await reported;
    // Reported once the first results are on the page, with the whole count.
    expect(resultIds(el)).to.have.length(5);
    expect(countText(el)).to.equal(`${detail.resultCount} supports found`);
    expect(detail.resultCount).to.be.greaterThan(40);
    await nextFrame();
    expect(resultIds(el), 'drawn in the frame after').to.have.length(5);
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(20);
    expect(button(el)!.textContent!.trim()).to.equal('Show 20 more supports');
  });

  it('draws the rest of the first page in a page that draws no frames, as a hidden tab', async () => {
    const el = await finder({ src: url });
    const requestFrame = window.requestAnimationFrame;
    // A hidden page never runs its animation frames.
    window.requestAnimationFrame = () => 0;
    try {
      const input = root(el).querySelector('input')!;
      input.value = 'a';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => resultIds(el).length === 20, 'the rest was never drawn', { timeout: 3000 });
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
  });

  it('keeps focus on a result when the list changes under it', async () => {
    const el = await finder({ src: url });
    root(el).querySelectorAll<HTMLElement>('.result-name')[9]!.focus();
    el.setAttribute('category', 'peer');
    await el.updateComplete;
    expect(Number(countText(el).split(' ')[0])).to.be.greaterThan(10);
    const focused = root(el).activeElement;
    expect(
      focused && resultIds(el).indexOf(focused.closest<HTMLElement>('.result')?.dataset.id ?? ''),
      'focus on the tenth result',
    ).to.equal(9);
  });

  it('brings the first new result to the top of the screen, below the sticky banner, with focus on it', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const wrap = await fixture(html`<div style="padding-block-start: 90px"><support-finder src=${url}></support-finder></div>`);
      const el = wrap.querySelector('support-finder') as SupportFinder;
      await settled(el);
      const more = button(el)!;
      more.focus();
      more.scrollIntoView({ block: 'end' });
      more.click();
      await el.updateComplete;
      const heading = root(el).activeElement as HTMLElement;
      expect(heading.textContent!.trim()).to.equal(root(el).querySelectorAll('.result-name')[20]!.textContent!.trim());
      const top = heading.getBoundingClientRect().top;
      const bannerBottom = root(el).querySelector('.banner')!.getBoundingClientRect().bottom;
      expect(top, 'below the banner').to.be.at.least(bannerBottom);
      expect(top, 'in the upper part of the screen').to.be.below(400);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('says it in French', async () => {
    const el = await finder({ src: url, lang: 'fr' });
    expect(button(el)!.textContent!.trim()).to.equal('Afficher 20 autres ressources');
  });
});
