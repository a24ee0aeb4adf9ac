/**
 * A finder in a right-to-left language. The Arabic strings come from
 * test/fixtures/translations/ar.json, a test fixture, not a translation.
 * The finder loads it as a page would, through its `translations` attribute.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoViolations } from '../axe.js';
import { root, settled, typeQuery } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const SRC = '/test/fixtures/rtl-catalogue.json';
const ARABIC = '/test/fixtures/translations/ar.json';
let arabic: Record<string, string>;

before(async () => {
  const { '@note': note, ...strings } = await (await fetch(ARABIC)).json();
  expect(note).to.contain('NOT A TRANSLATION');
  arabic = strings;
});
afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

async function arabicFinder(width = 1280) {
  await setViewport({ width, height: 800 });
  const el = await fixture<SupportFinder>(html`<support-finder lang="ar" src=${SRC} translations=${ARABIC}></support-finder>`);
  await settled(el);
  return el;
}

const box = (el: Element, selector: string) => root(el).querySelector(selector)!.getBoundingClientRect();

/** Where each character of `text` is drawn, left to right on screen, from the first text node in `scope` holding it. */
function drawnX(scope: Node, text: string): number[] {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    return [...text].map((_, i) => {
      const range = document.createRange();
      range.setStart(node!, at + i);
      range.setEnd(node!, at + i + 1);
      return range.getBoundingClientRect().x;
    });
  }
  throw new Error(`"${text}" is not in the finder`);
}
const readsLeftToRight = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);

describe('a finder in a right-to-left language', () => {
  it('sets dir="rtl" on itself, from its own lang, an ancestor’s or the page’s', async () => {
    const el = await arabicFinder();
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root(el).querySelector('.finder')!).direction).to.equal('rtl');
    const page = await fixture(html`<div lang="he"><support-finder></support-finder></div>`);
    expect(page.querySelector('support-finder')!.getAttribute('dir')).to.equal('rtl');
  });

  it('reads left to right in English inside a right-to-left page, and keeps a dir the page sets on it', async () => {
    const page = await fixture(html`<div lang="ar" dir="rtl">
      <support-finder lang="en" src=${SRC}></support-finder><support-finder dir="ltr"></support-finder>
    </div>`);
    const [english, pageChosen] = page.querySelectorAll('support-finder');
    await settled(english!);
    expect(english!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(root(english!).querySelector('.finder')!).direction).to.equal('ltr');
    expect(pageChosen!.getAttribute('dir')).to.equal('ltr');
  });

  it('puts the filter column on the right of the results in a wide finder, and on the left in English', async () => {
    const el = await arabicFinder();
    expect(box(el, '.side').left).to.be.at.least(box(el, '.main').right);
    el.setAttribute('lang', 'en');
    el.removeAttribute('dir');
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(box(el, '.side').right).to.be.at.most(box(el, '.main').left);
  });

  it('starts the search box on the right, where its clear button goes to the left', async () => {
    const el = await arabicFinder();
    const input = root(el).querySelector('input')!;
    expect(getComputedStyle(input).direction).to.equal('rtl');
    expect(getComputedStyle(input).textAlign).to.be.oneOf(['start', 'right']);
  });

  describe('keeps numbers left to right inside Arabic text', () => {
    it('would show "8-8-9" without them: the check below can fail', async () => {
      const p = await fixture(html`<p dir="rtl" style="font-size: 20px">${arabic.call988}</p>`);
      expect(readsLeftToRight(drawnX(p, '9-8-8'))).to.be.false;
    });

    it('in the banner: 9-8-8 and 9-1-1 in <bdi>, drawn in their order', async () => {
      const el = await arabicFinder();
      const banner = root(el).querySelector('.banner')!;
      expect(banner.textContent).to.contain(arabic.call988);
      for (const href of ['tel:988', 'sms:988', 'tel:911']) {
        const link = banner.querySelector(`a[href="${href}"]`)!;
        expect(link.querySelector('bdi'), href).to.exist;
        expect(readsLeftToRight(drawnX(link, href.endsWith('988') ? '9-8-8' : '9-1-1')), href).to.be.true;
      }
      expect(readsLeftToRight(drawnX(banner.querySelector('.banner-item strong')!, '9-8-8'))).to.be.true;
      expect(readsLeftToRight(drawnX(banner.querySelector('.lines')!, '1-866-555-0123'))).to.be.true;
    });

    it('in the crisis alert', async () => {
      const el = await arabicFinder();
      await typeQuery(el, 'suicide');
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(readsLeftToRight(drawnX(alert.querySelector('a[href="tel:988"]')!, '9-8-8'))).to.be.true;
      await expectNoViolations(el);
    });

    it('in the results: phone numbers with their extension, email, web address and street address', async () => {
      const el = await arabicFinder();
      const results = root(el).querySelector('.results')!;
      expect(readsLeftToRight(drawnX(results, '1-888-555-0199'))).to.be.true;
      for (const text of ['family@example.org', 'example.org', '45 Main Street']) {
        const bdi = [...results.querySelectorAll('bdi')].find((b) => b.textContent!.includes(text));
        expect(bdi, text).to.exist;
        expect(readsLeftToRight(drawnX(bdi!, text)), text).to.be.true;
      }
      // The house number stays before the street name, on the left, in a right-to-left list.
      const [number, street] = drawnX(results, '45 Main').filter((_, i) => i === 0 || i === 3);
      expect(number).to.be.below(street!);
    });
  });

  it('prints My list with its numbers and web addresses left to right', async () => {
    const el = await arabicFinder();
    for (const id of ['peer-line', 'family-group']) root(el).querySelector<HTMLButtonElement>(`[data-id="${id}"] .add`)!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
    await el.updateComplete;
    await executeServerCommand('emulate-media-features', { media: 'print', features: [] });
    try {
      const list = root(el).querySelector('.list-view')!;
      expect(readsLeftToRight(drawnX(list, '1-888-555-0199'))).to.be.true;
      expect(readsLeftToRight(drawnX(list.querySelector('[data-id="family-group"]')!, 'family@example.org'))).to.be.true;
      const web = getComputedStyle(list.querySelector('a[target]')!, '::after');
      expect([web.content, web.direction, web.unicodeBidi]).to.deep.equal(['"https://example.org/peer"', 'ltr', 'isolate']);
    } finally {
      await executeServerCommand('emulate-media-features', { media: '', features: [] });
    }
  });

  it('has no accessibility violations, wide and at 320 px', async () => {
    await expectNoViolations(await arabicFinder());
    await expectNoViolations(await arabicFinder(320));
  });

  it('moves focus with Tab in the order it is read, right to left', async () => {
    const el = await arabicFinder();
    const links = [...root(el).querySelectorAll<HTMLElement>('.banner-main a')];
    links[0]!.focus();
    const seen = [links[0]!];
    for (let i = 1; i < links.length; i++) {
      await sendKeys({ press: 'Tab' });
      seen.push(root(el).activeElement as HTMLElement);
    }
    expect(seen).to.deep.equal(links);
    const xs = seen.map((a) => a.getBoundingClientRect());
    // Each next link is to the left of the one before on its row, or starts a row below.
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]!.right <= xs[i - 1]!.left + 1 || xs[i]!.top >= xs[i - 1]!.bottom - 1, `link ${i}`).to.be.true;
    // From the search box, Tab goes on to the filter column on the right, then to the results on its left.
    root(el).querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const next = root(el).activeElement!;
    expect(next.closest('.side'), next.outerHTML).to.exist;
    expect(next.getBoundingClientRect().left).to.be.at.least(box(el, '.result').right);
  });

  it('reflows at 320 px: nothing scrolls sideways', async () => {
    const el = await arabicFinder(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(root(el).querySelector('.filters-toggle')!.getBoundingClientRect().right).to.be.closeTo(box(el, '.finder').right - 16, 2);
  });
});
