import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoViolations } from '../axe.js';
import { finder, root, typeQuery } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

/** Every interactive control in the finder. */
function controls(el: SupportFinder): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('a, button, input')];
}

/** The controls on screen: skip links show only while they have focus. */
function shown(el: SupportFinder): HTMLElement[] {
  return controls(el).filter((c) => !c.matches('.skip:not(:focus)'));
}

function clickFilter(el: SupportFinder, index: number) {
  root(el).querySelectorAll<HTMLButtonElement>('.filter')[index].click();
  return el.updateComplete;
}

/** Emulates CSS media features (prefers-color-scheme, forced-colors, …) through DevTools. */
function emulateMedia(features: Record<string, string>) {
  return executeServerCommand(
    'emulate-media-features',
    Object.entries(features).map(([name, value]) => ({ name, value })),
  );
}

describe('accessibility (WCAG 2.2 AA)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ 'prefers-color-scheme': 'light', 'prefers-reduced-motion': 'no-preference', 'forced-colors': 'none' });
  });

  describe('axe finds no violations', () => {
    it('with the full list', async () => expectNoViolations(await finder()));
    it('with a query', async () => {
      const el = await finder();
      await typeQuery(el, 'peer suport');
      await expectNoViolations(el);
    });
    it('with no results', async () => {
      const el = await finder();
      await typeQuery(el, 'zzqxvw');
      await expectNoViolations(el);
    });
    it('with the crisis alert', async () => {
      const el = await finder();
      await typeQuery(el, 'suicide');
      await expectNoViolations(el);
    });
    it('when the catalogue fails to load', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        await expectNoViolations(await finder({ src: '/test/fixtures/does-not-exist.json' }));
      } finally {
        console.error = original;
      }
    });
    it('in French', async () => expectNoViolations(await finder({ lang: 'fr' })));
    it('with open, closed and 24/7 lines of opening hours, in English and French', async () => {
      await expectNoViolations(await finder({ src: '/test/fixtures/hours.json' }));
      await expectNoViolations(await finder({ src: '/test/fixtures/hours.json', lang: 'fr' }));
    });
    it('with a branch catalogue and its crisis lines', async () => expectNoViolations(await finder({ src: '/test/fixtures/good.json' })));
    for (const [index, name] of ['peer', 'family', 'clinical'].entries()) {
      it(`with the ${name} filter applied`, async () => {
        const el = await finder();
        await clickFilter(el, index + 1);
        await expectNoViolations(el);
      });
    }
    it('at 320 px wide', async () => {
      await setViewport({ width: 320, height: 640 });
      await expectNoViolations(await finder());
    });
    it('at 1280 px wide', async () => {
      await setViewport({ width: 1280, height: 800 });
      await expectNoViolations(await finder());
    });
    for (const [lang, count] of [
      ['en', 2],
      ['fr', 2],
      ['en', 0],
    ] as const) {
      it(`with my list open (${lang}, ${count} supports)`, async () => {
        const el = await finder({ src: '/test/fixtures/good.json', lang });
        const adds = root(el).querySelectorAll<HTMLButtonElement>('.add');
        for (let i = 0; i < count; i++) adds[i].click();
        await el.updateComplete;
        await expectNoViolations(el);
        if (count) root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
        else root(el).querySelector<HTMLButtonElement>('.add')!.click();
        await el.updateComplete;
        if (!count) {
          root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
          await el.updateComplete;
          root(el).querySelector<HTMLButtonElement>('.list-view .add')!.click();
          await el.updateComplete;
        }
        expect(root(el).querySelector('.list-view')).to.not.equal(null);
        await expectNoViolations(el);
      });
    }
    describe('with facet filters', () => {
      const src = '/test/fixtures/facets.json';
      const check = (el: SupportFinder, label: string) => {
        [...root(el).querySelectorAll('.option')]
          .find((o) => o.textContent!.includes(label))!
          .querySelector('input')!
          .click();
        return el.updateComplete;
      };
      it('with options chosen and options disabled at 0', async () => {
        const el = await finder({ src });
        await check(el, 'French');
        expect(root(el).querySelector('.option input:disabled')).to.not.equal(null);
        await expectNoViolations(el);
      });
      it('folded and unfolded at 320 px wide', async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await finder({ src });
        await expectNoViolations(el);
        root(el).querySelector<HTMLButtonElement>('.filters-toggle')!.click();
        await el.updateComplete;
        await check(el, 'Youth');
        await expectNoViolations(el);
      });
      it('in French, with a choice', async () => {
        const el = await finder({ src, lang: 'fr' });
        await check(el, 'Jeunes');
        await expectNoViolations(el);
      });
      it('in dark mode', async () => {
        await emulateMedia({ 'prefers-color-scheme': 'dark' });
        const el = await finder({ src });
        await check(el, 'French');
        await expectNoViolations(el);
      });
    });
    it('in dark mode', async () => {
      await emulateMedia({ 'prefers-color-scheme': 'dark' });
      const el = await finder();
      await typeQuery(el, 'suicide');
      await expectNoViolations(el);
    });
  });

  describe('on a 320 px wide screen', () => {
    it('never scrolls sideways, even with very long words (also 640 px: 200 % zoom of 1280 px)', async () => {
      for (const [width, src] of [
        [320, ''],
        [320, '/test/fixtures/long-text.json'],
        [640, '/test/fixtures/long-text.json'],
      ] as const) {
        await setViewport({ width, height: 640 });
        const el = await finder({ src });
        await el.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
          expect(node.getBoundingClientRect().right, node.className).to.be.at.most(width + 1);
        }
      }
    });

    // WCAG 2.2 2.4.11: a control reached with the keyboard is never hidden under the sticky banner.
    it('scrolls each control reached with Shift+Tab into view below the sticky banner', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await finder({ src: '/test/fixtures/good.json', lang: 'fr' });
      el.setAttribute('quick-exit', '');
      await el.updateComplete;
      const banner = root(el).querySelector<HTMLElement>('.banner')!;
      const last = controls(el).at(-1)!;
      last.focus();
      let checked = 0;
      for (let i = 0; i < 40; i++) {
        const active = root(el).activeElement as HTMLElement | null;
        if (!active || banner.contains(active)) break;
        // Scrolling to a focused control is instant (no smooth scrolling is asked for).
        await new Promise((r) => requestAnimationFrame(r));
        const box = active.getBoundingClientRect();
        expect(box.top, active.outerHTML).to.be.at.least(banner.getBoundingClientRect().bottom - 1);
        checked++;
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      }
      expect(checked).to.be.greaterThan(10);
      expect(banner.getBoundingClientRect().top).to.equal(0);
    });

    it('keeps working with WCAG text-spacing overrides', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await finder();
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      );
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const control of shown(el)) {
        expect(control.scrollWidth, control.textContent!).to.be.at.most(control.clientWidth + 1);
      }
    });
  });

  it('makes every target at least 24 by 24 px', async () => {
    for (const src of ['/test/fixtures/good.json', '/test/fixtures/facets.json']) {
      const el = await finder({ src });
      // The button that unfolds the facets is shown on phones only.
      for (const control of shown(el).filter((c) => c.getClientRects().length)) {
        const box = control.getBoundingClientRect();
        expect(box.width, control.outerHTML).to.be.at.least(24);
        expect(box.height, control.outerHTML).to.be.at.least(24);
      }
    }
  });

  it('shows a visible focus indicator on every control reached with Tab', async () => {
    // Wide, so that no control is folded away.
    await setViewport({ width: 1280, height: 800 });
    const el = await finder({ src: '/test/fixtures/good.json' });
    root(el).querySelector<HTMLElement>('a[href="tel:988"]')!.focus();
    const seen = new Set<Element>();
    for (let i = 0; i < controls(el).length; i++) {
      const active = root(el).activeElement as HTMLElement | null;
      if (!active) break;
      seen.add(active);
      const style = getComputedStyle(active);
      expect(style.outlineStyle, active.outerHTML).to.equal('solid');
      expect(parseFloat(style.outlineWidth), active.outerHTML).to.be.at.least(2);
      await sendKeys({ press: 'Tab' });
    }
    // All but the "Filters" button, which only a narrow finder shows.
    expect(seen.size).to.equal(controls(el).filter((c) => c.getClientRects().length).length);
    expect(seen.size).to.be.above(15);
  });

  it('keeps the banner and every control visible in forced colours', async () => {
    await emulateMedia({ 'forced-colors': 'active' });
    const el = await finder();
    const banner = root(el).querySelector<HTMLElement>('.banner')!;
    expect(getComputedStyle(banner).borderTopStyle).to.equal('solid');
    for (const control of controls(el)) {
      const style = getComputedStyle(control);
      if (control.tagName !== 'INPUT') expect(style.borderTopStyle, control.outerHTML).to.equal('solid');
      expect(style.visibility).to.equal('visible');
    }
  });

  it('turns off animation when reduced motion is asked for', async () => {
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    const el = await finder();
    for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(node);
      expect(style.animationName === 'none' || parseFloat(style.animationDuration) === 0).to.be.true;
      expect(parseFloat(style.transitionDuration)).to.equal(0);
    }
  });

  describe('for screen readers', () => {
    it('labels the crisis banner and the search as landmarks, with headings in order', async () => {
      const el = await finder();
      const banner = root(el).querySelector('section.banner')!;
      expect(banner.getAttribute('aria-label')).to.equal('Crisis lines');
      expect(root(el).querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Find mental health support');
      // The banner's heading, then the finder's, then each result's.
      const levels = [...root(el).querySelectorAll('h2, h3')].map((h) => Number(h.tagName[1]));
      expect(levels.slice(0, 2)).to.deep.equal([2, 2]);
      expect(levels.slice(2).every((l) => l === 3)).to.be.true;
      expect(root(el).querySelector('.banner h2')!.textContent).to.contain('In crisis');
    });

    it('announces the count once, after typing stops', async () => {
      const el = await finder();
      const live = root(el).querySelector('[role="status"][aria-live="polite"]')!;
      await waitUntil(() => live.textContent!.trim() !== '', 'initial count never announced', { timeout: 3000 });
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(live.textContent!.trim()));
      observer.observe(live, { childList: true, subtree: true, characterData: true });
      for (const q of ['f', 'fa', 'fam', 'fami', 'famil', 'family']) await typeQuery(el, q);
      await waitUntil(() => seen.length > 0, 'count not announced', { timeout: 3000 });
      await new Promise((r) => setTimeout(r, 900));
      observer.disconnect();
      expect(seen.length).to.equal(1);
      expect(seen[0]).to.match(/^\d+ supports? found$/);
    });
  });
});
