// A pseudo-locale made from English in the test: every word the finder shows must come from its table, and fit at 320 px.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import en from '../../src/i18n/tables/en.json';
import { SupportFinder } from '../../src/index.js';
import { areaName, AREAS } from '../../src/catalogue/areas.js';
import { root, settled, typeQuery } from '../helpers.js';

const ACCENTS: Record<string, string> = { a: 'à', e: 'é', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', A: 'Å', E: 'É', O: 'Ø', S: 'Š' };

/** "Call {name}" → "⟦Çàll {name} ·····⟧": accented, about 40 % longer, placeholders and digits kept. */
function pseudo(text: string): string {
  const accented = text.replace(/\{\w+\}|./gu, (part) => (part.length > 1 ? part : (ACCENTS[part] ?? part)));
  return `⟦${accented} ${'·'.repeat(Math.ceil(text.length * 0.4))}⟧`;
}

const table = Object.fromEntries(
  Object.entries(en).map(([key, value]) => [
    key,
    typeof value === 'string' ? pseudo(value) : Object.fromEntries(Object.entries(value).map(([form, text]) => [form, pseudo(text)])),
  ]),
);

/** Text that may show without coming from the table: the catalogue's own words, numbers, punctuation, and names the browser gives. */
function leftover(text: string, allowed: readonly string[]): string {
  let rest = text.replace(/⟦[^⟧]*⟧/gu, ' ');
  for (const word of allowed) rest = rest.split(word).join(' ');
  return rest.replace(/[\s\d\p{P}\p{S}]/gu, '');
}

/** Every visible text node and accessible label in the finder's shadow root. */
function shownTexts(el: Element): string[] {
  const texts: string[] = [];
  // A sentence whose numbers sit in <bdi> (kept left to right) is read whole, as one string of the table.
  const sentences = new Set<Element>();
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('style') || !node.textContent!.trim()) continue;
    const sentence = parent.localName === 'bdi' ? parent.parentElement! : parent;
    if (!sentence.querySelector(':scope > bdi')) texts.push(node.textContent!);
    else if (!sentences.has(sentence)) {
      sentences.add(sentence);
      texts.push(sentence.textContent!);
    }
  }
  for (const node of root(el).querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) if (node.getAttribute(name)) texts.push(node.getAttribute(name)!);
  }
  return texts;
}

/** The catalogue's own text, place names, and the names of languages the browser gives. */
async function dataOf(src: string): Promise<string[]> {
  const catalogue = await (await fetch(src)).json();
  return (
    JSON.stringify(catalogue)
      .match(/"(?:[^"\\]|\\.)*"/g)!
      .map((s) => JSON.parse(s) as string)
      // Web addresses show by their host name.
      .flatMap((s) => (/^https?:/.test(s) ? [s, new URL(s).host.replace(/^www\./, '')] : [s]))
      .concat(AREAS.map((area) => areaName(area, 'en')))
      .concat(['English', 'French', 'Punjabi', 'Chinese', 'Arabic', 'Spanish'])
      .filter((s) => s.length > 2)
      // Province codes close an address line.
      .concat(AREAS.map((area) => `, ${area}`))
      .sort((a, b) => b.length - a.length)
  );
}

/** Inside what a narrow finder keeps for screen readers only, clipped to nothing (the banner's small print). */
const clipped = (node: Element | null): boolean =>
  !!node && (getComputedStyle(node).clip === 'rect(0px, 0px, 0px, 0px)' || clipped(node.parentElement));

describe('a pseudo-locale built from English', () => {
  before(() => SupportFinder.addTranslation('en-XA', table));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [src, filters] of [
    ['/test/fixtures/good.json', ''],
    ['/test/fixtures/hours.json', ''],
    ['/data/examples/pei-catalogue.json', 'province category open audience language delivery cost referral region'],
  ]) {
    it(`shows no word that did not come from the table, and nothing overflows a 320 px column, in every state (${src})`, async () => {
      const allowed = await dataOf(src!);
      await setViewport({ width: 800, height: 900 });
      const page = await fixture<HTMLElement>(
        html`<div style="width: 320px"><support-finder lang="en-XA" src=${src} filters=${filters || nothing} quick-exit=""></support-finder></div>`,
      );
      const el = page.querySelector('support-finder')!;
      await settled(el);
      await waitUntil(() => root(el).querySelector('label')!.textContent!.startsWith('⟦'), 'the pseudo-locale never showed');
      const check = (state: string) => {
        const bad = shownTexts(el).filter((text) => leftover(text, allowed));
        expect(bad, `${state}: text not from the table`).to.deep.equal([]);
        const right = page.getBoundingClientRect().right;
        for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
          if (node.closest('.visually-hidden') || !node.offsetParent || clipped(node)) continue;
          expect(node.getBoundingClientRect().right, `${state}: ${node.className || node.localName} overflows`).to.be.at.most(right + 1);
        }
      };
      check('first results');
      // The filters, unfolded as a narrow finder shows them, with every option of a long facet.
      root(el).querySelector<HTMLButtonElement>('.filters-toggle')?.click();
      await el.updateComplete;
      for (const more of root(el).querySelectorAll<HTMLButtonElement>('.show-options')) more.click();
      await el.updateComplete;
      check('filters open');
      const box = root(el).querySelector<HTMLInputElement>('.facets input[type=checkbox]:not(:disabled)');
      if (box) {
        box.click();
        await el.updateComplete;
        check('a filter chosen');
      }
      await typeQuery(el, 'suicide');
      check('crisis alert');
      await typeQuery(el, 'zzzzqqq');
      check('no results');
      await typeQuery(el, '');
      root(el).querySelector<HTMLButtonElement>('.add')!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('#list-title')).to.exist;
      check('my list');
    });
  }
});
