import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { root, settled } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const BRANCH = '/data/examples/branch-catalogue.json';
const SIZES = [
  [1280, 800],
  [1024, 768],
  [768, 1024],
  [375, 667],
] as const;

/** The finder under a 90 px page header, as on a branch's site. */
async function onPage(src: string, lang = 'en') {
  const page = await fixture<HTMLElement>(html`<div lang=${lang}>
    <header style="height: 90px">Branch site · Home · Programs · Contact</header>
    <main><support-finder src=${ifDefined(src || undefined)}></support-finder></main>
  </div>`);
  const el = page.querySelector('support-finder')!;
  await settled(el);
  return el;
}

/** Types as a person does, key by key, and waits for the count to settle. */
async function type(el: SupportFinder, text: string) {
  const input = root(el).querySelector('input')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await el.updateComplete;
}

const box = (el: SupportFinder, selector: string) => root(el).querySelector(selector)!.getBoundingClientRect();
const side = (el: SupportFinder) => root(el).querySelector<HTMLElement>('#filter-panel')!;
const toggle = (el: SupportFinder) => root(el).querySelector<HTMLElement>('.filters-toggle')!;

describe('the layout, which follows the finder’s own width', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('the first screen, under a 90 px page header', () => {
    for (const [width, height] of SIZES) {
      for (const [name, src, query] of [
        ['the built-in catalogue', '', 'peer support'],
        ['a branch catalogue', BRANCH, 'family'],
      ] as const) {
        it(`shows the first result's heading after a search at ${width}×${height}, with ${name}`, async () => {
          await setViewport({ width, height });
          const el = await onPage(src);
          await type(el, query);
          const heading = box(el, '.result-name');
          expect(heading.top).to.be.at.least(0);
          expect(heading.bottom).to.be.at.most(height);
          expect(window.scrollY).to.equal(0);
        });
      }
      it(`shows the crisis alert right under the search box at ${width}×${height}`, async () => {
        await setViewport({ width, height });
        const el = await onPage('');
        await type(el, 'i want to die');
        const alert = box(el, '[role="alert"]');
        expect(alert.top - box(el, 'input').bottom).to.be.below(24);
        // Whole from 768 px up; on a phone, its first lines.
        expect(width >= 768 ? alert.bottom : alert.top + 80).to.be.at.most(height);
        expect(window.scrollY).to.equal(0);
      });
    }
  });

  it('puts the filters in a column beside the results on a wide finder, the results at the top', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await onPage('');
    expect(toggle(el).offsetHeight).to.equal(0);
    const column = side(el).getBoundingClientRect();
    const results = box(el, '.results');
    expect(column.width).to.be.at.most(box(el, '.columns').width / 3 + 1);
    expect(results.left).to.be.above(column.right);
    expect(Math.abs(box(el, '.count').top - column.top)).to.be.below(4);
  });

  for (const [where, width] of [
    ['a 300 px sidebar', 300],
    ['a 320 px column', 320],
  ] as const) {
    it(`in ${where} of a 1280 px page: no overflow, filters folded, the alert in view`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const page = await fixture<HTMLElement>(html`<div style="display: flex; gap: 16px">
        <article style="flex: 1"><h2>News</h2><p>Branch news.</p></article>
        <aside style="flex: none; width: ${width}px"><support-finder></support-finder></aside>
      </div>`);
      const el = page.querySelector('support-finder')!;
      await settled(el);
      const aside = page.querySelector('aside')!.getBoundingClientRect();
      for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(aside.right + 1);
      }
      expect(toggle(el).offsetHeight).to.be.above(0);
      expect(side(el).offsetHeight).to.equal(0);
      // Laid out as on a phone: the banner drops its small print.
      expect(root(el).querySelector<HTMLElement>('.banner-note')!.offsetWidth).to.be.at.most(1);
      await type(el, 'i want to die');
      expect(box(el, '[role="alert"]').top).to.be.below(800 - 80);
    });
  }

  it('keeps the crisis alert before the filters and results in the reading order', async () => {
    const el = await onPage('');
    await type(el, 'suicide');
    const alert = root(el).querySelector('[role="alert"]')!;
    for (const later of ['#filter-panel', '#count', '.main']) {
      expect(alert.compareDocumentPosition(root(el).querySelector(later)!) & Node.DOCUMENT_POSITION_FOLLOWING, later).to.be.above(0);
    }
    expect(root(el).querySelector('input')!.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
  });

  it('folds the category and the facets under one "Filters" button in a narrow finder, with the number chosen', async () => {
    await setViewport({ width: 375, height: 667 });
    const el = await onPage('/test/fixtures/facets.json');
    const button = toggle(el);
    expect(button.textContent!.trim()).to.equal('Filters');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(side(el).offsetHeight).to.equal(0);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).querySelector<HTMLElement>('.filter')!.offsetHeight).to.be.above(0);
    // The category choice is the first thing in the panel.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent).to.contain('Peer support');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Filters (1 chosen)');
    expect(document.documentElement.scrollWidth).to.be.at.most(375);
    await waitUntil(() => root(el).querySelector('.chip'), 'no chip for the category');
  });

  it('takes the filter column width and where the sticky banner stops from --sf-filter-column-width and --sf-banner-top', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await onPage('');
    el.style.setProperty('--sf-filter-column-width', '20rem');
    el.style.setProperty('--sf-banner-top', '50px');
    await el.updateComplete;
    expect(Math.round(side(el).getBoundingClientRect().width)).to.equal(320);
    window.scrollTo(0, 1500);
    await new Promise((r) => requestAnimationFrame(r));
    expect(Math.round(box(el, '.banner').top)).to.equal(50);
    window.scrollTo(0, 0);
  });
});
