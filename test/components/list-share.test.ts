import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { finder, root } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const text = (node: Element | null) => node?.textContent!.replace(/[ \n]+/g, ' ').trim() ?? '';

function emulatePrint(on: boolean) {
  return executeServerCommand('emulate-media-features', { media: on ? 'print' : '', features: [] });
}

/** A finder with the warm line and the clinic in its list, the list open. */
async function openList(lang = 'en'): Promise<SupportFinder> {
  const el = await finder({ src: '/test/fixtures/good.json', lang });
  for (const id of ['warm-line', 'therapy-clinic']) root(el).querySelector<HTMLButtonElement>(`[data-id="${id}"] .add`)!.click();
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>('.list-button')!.click();
  await el.updateComplete;
  return el;
}

/** Presses Tab until the focused control's text is `label`, then Enter. */
async function press(el: SupportFinder, label: string) {
  for (let i = 0; i < 30 && text(root(el).activeElement) !== label; i++) await sendKeys({ press: 'Tab' });
  expect(text(root(el).activeElement)).to.equal(label);
  await sendKeys({ press: 'Enter' });
}

const visible = (node: Element) => node.checkVisibility();

describe('taking my list away', () => {
  afterEach(() => emulatePrint(false));

  describe('when printed', () => {
    it('prints the crisis lines, then the list with numbers, web addresses in full and hours, and no controls', async () => {
      const el = await openList();
      await emulatePrint(true);
      const shadow = root(el);
      expect(visible(shadow.querySelector('.banner')!)).to.be.true;
      expect(text(shadow.querySelector('.banner'))).to.contain('Call or text 9-8-8');
      expect(text(shadow.querySelector('.banner'))).to.contain('Emergency: 9-1-1');
      expect(visible(shadow.querySelector('.lines')!)).to.be.true;
      for (const hidden of shadow.querySelectorAll('button, input, textarea, .search, .description, .result-meta')) {
        expect(visible(hidden), hidden.outerHTML.slice(0, 60)).to.be.false;
      }
      const names = [...shadow.querySelectorAll('.result-name')].filter(visible).map(text);
      expect(names).to.deep.equal(['Peer Warm Line', 'Counselling Clinic']);
      const web = shadow.querySelector<HTMLElement>('[data-id="warm-line"] a[target]')!;
      expect(getComputedStyle(web, '::after').content).to.equal('"https://example.org/warm"');
      expect(visible(web.querySelector('.host')!)).to.be.false;
      expect(visible(shadow.querySelector('a[href="tel:18885550199"]')!)).to.be.true;
      const hours = shadow.querySelector('[data-id="therapy-clinic"] .detail')!;
      expect(visible(hours)).to.be.true;
      expect(text(hours)).to.contain('Mon–Fri 9:00–17:00');
      // The banner is not pinned to the top of every printed page.
      expect(getComputedStyle(shadow.querySelector('.banner')!).position).to.equal('static');
    });

    it('prints no focus ring, even on the heading that has focus', async () => {
      const el = await openList();
      const title = root(el).querySelector<HTMLElement>('#list-title')!;
      title.focus();
      await sendKeys({ press: 'Shift' });
      expect(root(el).activeElement).to.equal(title);
      expect(getComputedStyle(title).outlineStyle).to.equal('solid');
      await emulatePrint(true);
      expect(getComputedStyle(title).outlineStyle).to.equal('none');
    });

    it('prints the results shown when the list is closed', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      await emulatePrint(true);
      const names = [...root(el).querySelectorAll('.result-name')].filter(visible).map(text);
      expect(names).to.have.length(3);
      expect(visible(root(el).querySelector('.search')!)).to.be.false;
    });
  });

  describe('when copied', () => {
    it('puts the list on the real clipboard as plain text, and says so', async () => {
      await executeServerCommand('grant-clipboard');
      const el = await openList();
      await press(el, 'Copy');
      await waitUntil(() => text(root(el).querySelector('.copy-status')) !== '', 'copy never reported');
      expect(text(root(el).querySelector('.copy-status'))).to.equal('List copied.');
      const copied = await navigator.clipboard.readText();
      expect(copied.split('\n\n')).to.deep.equal([
        'In crisis or thinking about suicide? Help is here, any time.\nCall or text 9-8-8\nEmergency: 9-1-1\nTest Distress Line · 24/7 · Call 555-0100',
        'Peer Warm Line\nCall 1-888-555-0199\nText 555-0198\nWebsite https://example.org/warm',
        'Counselling Clinic\nHours: Mon–Fri 9:00–17:00',
      ]);
    });

    it('selects the text for copying by hand when the clipboard refuses', async () => {
      const el = await openList('fr');
      const clipboard = navigator.clipboard;
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      });
      try {
        await press(el, 'Copier');
        await waitUntil(() => root(el).querySelector('textarea'), 'no text to copy by hand');
      } finally {
        delete (clipboard as unknown as Record<string, unknown>).writeText;
      }
      const area = root(el).querySelector('textarea')!;
      expect(root(el).activeElement).to.equal(area);
      expect(area.value.startsWith('Vous êtes en crise ou vous pensez au suicide')).to.be.true;
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
      expect(text(root(el).querySelector('.copy-status'))).to.contain('Copie impossible.');
    });
  });

  describe('when emailed', () => {
    it('links to a new email with a localised subject and the list in the body', async () => {
      for (const [lang, subject] of [
        ['en', 'Mental health supports'],
        ['fr', 'Ressources en santé mentale'],
      ]) {
        const el = await openList(lang);
        const link = [...root(el).querySelectorAll('.tools a')].find((a) => a.getAttribute('href')!.startsWith('mailto:'))!;
        const href = link.getAttribute('href')!;
        const params = new URLSearchParams(href.slice('mailto:?'.length));
        expect(params.get('subject')).to.equal(subject);
        const body = params.get('body')!;
        expect(body.split('\r\n\r\n')).to.have.length(3);
        expect(body).to.contain(lang === 'en' ? 'Peer Warm Line\r\nCall 1-888-555-0199' : 'Ligne chaleureuse entre pairs\r\nAppeler');
      }
    });
  });
});
