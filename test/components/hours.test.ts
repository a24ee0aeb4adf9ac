import { expect } from '@open-wc/testing';
import { finder, root, typeQuery } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

const SRC = '/test/fixtures/hours.json';
const RealDate = Date;

/**
 * Sets the page's clock: `new Date()` and `Date.now()` give `iso` until the
 * test ends. The element itself is unchanged; it reads the clock as on any page.
 */
function setClock(iso: string) {
  const fixed = new RealDate(iso).getTime();
  class FixedDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date> | []) {
      if (args.length) super(...(args as ConstructorParameters<typeof Date>));
      else super(fixed);
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}

function statusOf(el: SupportFinder, id: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`.result[data-id="${id}"] .hours-status`);
}

/** What the eye reads: without the text meant only for screen readers. */
function shown(node: HTMLElement | null): string {
  const copy = node!.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return copy.textContent!.replace(/[ \t\n]+/g, ' ').trim();
}

/** What a screen reader reads: without what is hidden from it. */
function spoken(node: HTMLElement | null): string {
  const copy = node!.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent!.replace(/[ \t\n]+/g, ' ').trim();
}

// 2026-11-23 is a Monday; Toronto is at UTC−5 and Halifax at UTC−4 in November.
describe('opening hours in the results', () => {
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  describe('in English', () => {
    it('says open now and when it closes, open 24/7, and nothing for a resource without a schedule', async () => {
      setClock('2026-11-23T17:00:00Z');
      const el = await finder({ src: SRC });
      expect(shown(statusOf(el, 'weekday-line'))).to.equal('Open now · closes 5 pm');
      expect(shown(statusOf(el, 'always-line'))).to.equal('Open 24/7');
      expect(shown(statusOf(el, 'night-line'))).to.equal('Closed · opens Friday 6 pm');
      expect(statusOf(el, 'unknown-hours')).to.equal(null);
      // The free-text hours stay.
      expect(root(el).querySelector('.result[data-id="unknown-hours"]')!.textContent).to.contain('First Tuesday of the month');
      expect(root(el).querySelector('.result[data-id="weekday-line"]')!.textContent).to.contain('Monday to Friday, 9 a.m. to 5 p.m.');
    });

    it('says when a closed service opens, naming the day when it is not today', async () => {
      setClock('2026-11-28T15:00:00Z');
      const el = await finder({ src: SRC });
      expect(shown(statusOf(el, 'weekday-line'))).to.equal('Closed · opens Monday 9 am');
      expect(shown(statusOf(el, 'night-line'))).to.equal('Closed · opens 6 pm');
    });

    it('works out each service in its own time zone, past midnight', async () => {
      // Saturday 01:00 in Halifax, where the Friday night line runs until 2 am.
      setClock('2026-11-28T05:00:00Z');
      const el = await finder({ src: SRC });
      expect(shown(statusOf(el, 'night-line'))).to.equal('Open now · closes 2 am');
      expect(shown(statusOf(el, 'weekday-line'))).to.equal('Closed · opens Monday 9 am');
    });

    it('is read by screen readers as words with a pause, not as a dot', async () => {
      setClock('2026-11-23T17:00:00Z');
      const el = await finder({ src: SRC });
      expect(spoken(statusOf(el, 'weekday-line'))).to.equal('Open now, closes 5 pm');
      expect(spoken(statusOf(el, 'always-line'))).to.equal('Open 24/7');
    });

    it('is worked out again each time the list is drawn', async () => {
      setClock('2026-11-23T17:00:00Z');
      const el = await finder({ src: SRC });
      setClock('2026-11-23T22:30:00Z');
      await typeQuery(el, 'line');
      expect(shown(statusOf(el, 'weekday-line'))).to.equal('Closed · opens Tuesday 9 am');
    });
  });

  describe('in French', () => {
    it('uses French words and the 24-hour clock', async () => {
      setClock('2026-11-23T17:00:00Z');
      const el = await finder({ src: SRC, lang: 'fr' });
      expect(shown(statusOf(el, 'weekday-line'))).to.equal('Ouvert · ferme à 17\u00a0h');
      expect(shown(statusOf(el, 'always-line'))).to.equal('Ouvert 24\u00a0h sur 24, 7\u00a0jours sur 7');
      expect(spoken(statusOf(el, 'weekday-line'))).to.equal('Ouvert, ferme à 17\u00a0h');
    });
    it('names the day a closed service opens', async () => {
      setClock('2026-11-28T15:00:00Z');
      const el = await finder({ src: SRC, lang: 'fr' });
      expect(shown(statusOf(el, 'weekday-line'))).to.equal('Fermé · ouvre lundi à 9\u00a0h');
    });
  });
});
