import { expect, waitUntil } from '@open-wc/testing';
import { finder, hrefs, resultIds, root, settled } from '../helpers.js';
import { loadPage, readyFinder, removeFrames } from '../pages.js';
import type { SupportFinder } from '../../src/index.js';

describe('on any host page', () => {
  afterEach(removeFrames);

  describe('under a strict Content-Security-Policy', () => {
    it('works with no policy violation', async () => {
      const page = await loadPage('/test/pages/csp.html');
      const shadow = await readyFinder(page);
      expect(shadow.querySelectorAll('.result')).to.have.length(3);
      const input = shadow.querySelector('input')!;
      input.value = 'warm';
      input.dispatchEvent(new page.win.Event('input'));
      await waitUntil(() => shadow.querySelectorAll('.result').length === 1, 'search did not run');
      expect(page.win.__probe.violations).to.deep.equal([]);
    });

    // The built file carries a trimmed fuse.js (scripts/trim-fuse-plugin.mjs); tests of src/ do not.
    it('finds through a typo and marks the word found, with the fuse.js the build trims', async () => {
      const page = await loadPage('/test/pages/csp.html');
      const shadow = await readyFinder(page);
      const input = shadow.querySelector('input')!;
      input.value = 'counseling clnic';
      input.dispatchEvent(new page.win.Event('input'));
      await waitUntil(() => shadow.querySelectorAll('.result').length === 1, 'the typo found nothing');
      expect(shadow.querySelector('.result-name')!.textContent).to.contain('Counselling Clinic');
      await waitUntil(() => shadow.querySelector('.result-name mark'), 'no word marked');
      expect([...shadow.querySelectorAll('.result-name mark')].map((m) => m.textContent).join(' ')).to.contain('Clinic');
      expect(page.win.__probe.violations).to.deep.equal([]);
    });
  });

  describe('with aggressive host CSS resets', () => {
    it('stays readable and usable', async () => {
      const page = await loadPage('/test/pages/csp.html');
      const shadow = await readyFinder(page);
      const style = (selector: string) => page.win.getComputedStyle(shadow.querySelector(selector)!);
      expect(parseFloat(style('.description').fontSize)).to.be.at.least(14);
      expect(style('.description').color).to.not.equal('rgb(238, 238, 238)');
      expect(style('.action').color).to.not.equal('rgb(255, 255, 255)');
      expect(style('.crisis-link').color).to.not.equal('rgb(255, 255, 255)');
      expect(style('input').borderTopStyle).to.equal('solid');
      const input = shadow.querySelector('input')!.getBoundingClientRect();
      expect(input.height).to.be.at.least(24);
      expect(input.width).to.be.at.least(100);
      // Every button shown: the "Filters" button shows only in a narrow finder, what it folds only in a wide one.
      for (const button of [...shadow.querySelectorAll('button')].filter((b) => b.getClientRects().length)) {
        expect(button.getBoundingClientRect().height).to.be.at.least(24);
      }
    });
  });

  describe('when JavaScript is unavailable or has not run yet', () => {
    it("shows the element's own crisis links", async () => {
      const page = await loadPage('/test/pages/no-script.html');
      const fallback = page.doc.querySelector<HTMLElement>('.fallback')!;
      expect(fallback.offsetHeight).to.be.greaterThan(0);
      expect(hrefs(fallback)).to.deep.equal(['tel:988', 'tel:911']);
    });

    it('upgrades an element that was in the page before the script', async () => {
      const page = await loadPage('/test/pages/upgrade.html');
      expect(page.doc.querySelector('support-finder')!.shadowRoot).to.equal(null);
      const script = page.doc.createElement('script');
      script.src = '/dist/support-finder.iife.js';
      page.doc.body.append(script);
      const shadow = await readyFinder(page);
      expect(shadow.querySelector('.banner')!.textContent).to.contain('Appelez ou textez le 9-8-8');
      // The fallback is replaced by the banner rather than shown twice.
      expect(page.doc.querySelector<HTMLElement>('.fallback')!.offsetHeight).to.equal(0);
    });
  });

  describe('created, moved and removed by scripts', () => {
    it('works when made with document.createElement', async () => {
      const el = document.createElement('support-finder');
      el.setAttribute('src', '/test/fixtures/good.json');
      document.body.append(el);
      try {
        await settled(el);
        expect(resultIds(el)).to.have.length(3);
      } finally {
        el.remove();
      }
    });

    it('keeps working when moved, and when removed and added again', async () => {
      // Built by hand, as a host script would (and without waiting for a frame).
      const wrapper = document.createElement('div');
      wrapper.innerHTML = '<section id="a"></section><section id="b"></section>';
      document.body.append(wrapper);
      const el = document.createElement('support-finder') as SupportFinder;
      el.src = '/test/fixtures/good.json';
      wrapper.querySelector('#a')!.append(el);
      await settled(el);
      wrapper.querySelector('#b')!.append(el);
      await el.updateComplete;
      expect(resultIds(el)).to.have.length(3);
      el.remove();
      wrapper.querySelector('#a')!.append(el);
      await el.updateComplete;
      expect(resultIds(el)).to.have.length(3);
      expect(hrefs(root(el).querySelector('.banner')!)).to.include('tel:988');
      wrapper.remove();
    });

    it('re-loads its catalogue when removed before it finished loading', async () => {
      const el = document.createElement('support-finder') as SupportFinder;
      el.src = '/test/fixtures/good.json';
      document.body.append(el);
      el.remove();
      document.body.append(el);
      try {
        await settled(el);
        expect(resultIds(el)).to.have.length(3);
      } finally {
        el.remove();
      }
    });

    it('stops watching the page once removed', async () => {
      const el = await finder();
      el.remove();
      let updates = 0;
      const original = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<typeof original>) => {
        updates++;
        return original(...args);
      };
      document.documentElement.lang = 'fr';
      await new Promise((r) => setTimeout(r, 50));
      document.documentElement.lang = 'en';
      expect(updates).to.equal(0);
    });
  });
});
