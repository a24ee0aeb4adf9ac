import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { allByRole, byRole, finder, resultItems, root, settled, typeQuery } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const level = (h: Element) => Number(h.getAttribute('aria-level') ?? h.tagName[1]);
const banner = (el: Element) => byRole(el, 'region', 'Crisis lines')!;

describe('moving through the finder with a keyboard or a screen reader', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('offers "Skip to results (N)" right after the search box, and "Back to search" after the results', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await finder();
    root(el).querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const skip = focused(el)!;
    const total = parseInt(root(el).querySelector('#count')!.textContent!, 10);
    expect(total).to.be.above(20);
    expect(skip.textContent!.trim()).to.equal(`Skip to results (${total})`);
    // Shown while it has focus, as a full-size target.
    expect(skip.getBoundingClientRect().height).to.be.at.least(24);
    expect(skip.getBoundingClientRect().bottom).to.be.at.most(800);
    await sendKeys({ press: 'Enter' });
    expect(focused(el)!.id).to.equal('count');
    // The next stop is in the first result, not the filters.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.closest('li')).to.equal(resultItems(el)[0]);
    const back = byRole(el, 'link', 'Back to search')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    expect(focused(el)!.id).to.equal('query');
  });

  it('says the number of results in the skip link as the search narrows, and drops it when there are none', async () => {
    const el = await finder({ lang: 'fr' });
    await typeQuery(el, 'proches aidants');
    expect(byRole(el, 'link', /^Aller aux résultats \(\d+\)$/)).to.not.equal(null);
    await typeQuery(el, 'zzqxvw');
    expect(byRole(el, 'link', /^Aller aux résultats/)).to.equal(null);
  });

  it('takes its heading levels from heading-level, for pages that place it under their own headings', async () => {
    const el = await fixture<SupportFinder>(html`<support-finder heading-level="3"></support-finder>`);
    await settled(el);
    await typeQuery(el, 'suicide');
    expect(level(byRole(el, 'heading', 'Find support')!)).to.equal(3);
    expect(level(byRole(el, 'heading', /^In crisis or thinking about suicide\?/)!)).to.equal(3);
    expect(level(byRole(el, 'heading', 'You don’t have to go through this alone.')!)).to.equal(4);
    await typeQuery(el, 'peer');
    expect(level(allByRole(resultItems(el)[0]!, 'heading')[0]!)).to.equal(4);
    // By default: h2, and h3 below it, with no override.
    const plain = await finder();
    expect(root(plain).querySelector('[aria-level]')).to.equal(null);
  });

  describe('in a short window (200 % and 400 % zoom)', () => {
    // It took 39 % of the height at 200 % zoom and 70 % at 400 %.
    for (const [width, height, most] of [
      [640, 400, 0.2],
      [320, 200, 0.4],
    ] as const) {
      it(`shrinks the sticky banner to rows of its call and text buttons at ${width}×${height}, every number kept`, async () => {
        await setViewport({ width, height });
        const builtIn = banner(await finder());
        // One row for 9-8-8 and 9-1-1.
        expect(builtIn.offsetHeight).to.be.below(50);
        const el = await finder({ src: '/test/fixtures/good.json' });
        const lines = banner(el);
        expect(lines.offsetHeight / height).to.be.at.most(most);
        expect(getComputedStyle(lines).position).to.equal('sticky');
        const links = [...lines.querySelectorAll<HTMLAnchorElement>('a')].filter((a) => a.offsetWidth > 1);
        expect(links.map((a) => a.getAttribute('href'))).to.include.members(['tel:988', 'sms:988', 'tel:911', 'tel:5550100']);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      });
    }

    it('keeps each control reached with Shift+Tab below the banner (WCAG 2.4.11)', async () => {
      await setViewport({ width: 640, height: 400 });
      const el = await finder({ src: '/test/fixtures/good.json' });
      const lines = banner(el);
      const controls = [...root(el).querySelectorAll<HTMLElement>('a, button, input')];
      controls.at(-1)!.focus();
      let checked = 0;
      for (let i = 0; i < 30; i++) {
        const active = focused(el);
        if (!active || lines.contains(active)) break;
        await new Promise((r) => requestAnimationFrame(r));
        expect(active.getBoundingClientRect().top, active.outerHTML).to.be.at.least(lines.getBoundingClientRect().bottom - 1);
        checked++;
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      }
      expect(checked).to.be.above(5);
    });
  });
});
