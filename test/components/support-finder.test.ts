import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { byRole, categoryButtons, countText, finder, hrefs, resultIds, resultNames, root, settled, typeQuery } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

describe('<support-finder>', () => {
  describe('with the built-in catalogue', () => {
    it('lists real supports in all three groups', async () => {
      const el = await finder();
      const cats = [...root(el).querySelectorAll<HTMLElement>('.result')].map((li) => li.dataset.category);
      expect(cats.length).to.be.greaterThanOrEqual(25);
      expect(new Set(cats)).to.have.all.keys('peer', 'family', 'clinical');
      expect(countText(el)).to.equal(`${cats.length} supports found`);
    });

    it('finds peer support despite a typo', async () => {
      const el = await finder();
      await typeQuery(el, 'peer suport');
      const first = [...root(el).querySelectorAll<HTMLElement>('.result')].slice(0, 3);
      expect(first.length).to.be.greaterThan(0);
      expect(first.every((li) => li.dataset.category === 'peer')).to.be.true;
    });

    it('finds caregiver support from French words', async () => {
      const el = await finder({ lang: 'fr' });
      await typeQuery(el, 'proches aidants');
      const first = [...root(el).querySelectorAll<HTMLElement>('.result')].slice(0, 3);
      expect(first.length).to.be.greaterThan(0);
      expect(first.every((li) => li.dataset.category === 'family')).to.be.true;
    });

    it('shows a kind message, a way back and the crisis lines when nothing matches', async () => {
      const el = await finder();
      await typeQuery(el, 'zzqxvw');
      expect(resultNames(el)).to.deep.equal([]);
      const empty = root(el).querySelector('.empty')!;
      expect(empty.textContent).to.contain('No supports match your search.');
      expect(empty.textContent).to.contain('9-8-8');
      expect(countText(el)).to.equal('0 supports found');
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(resultNames(el).length).to.be.greaterThanOrEqual(25);
      expect(root(el).activeElement).to.equal(root(el).querySelector('input'));
    });
  });

  describe('searching', () => {
    it('is accent-insensitive: "therapie" finds "thérapie"', async () => {
      const el = await finder({ src: '/test/fixtures/good.json', lang: 'fr' });
      await typeQuery(el, 'therapie');
      expect(resultIds(el)[0]).to.equal('therapy-clinic');
    });

    it('weights the name above the description', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      await typeQuery(el, 'family');
      expect(resultIds(el)[0]).to.equal('family-group');
    });

    it('lists everything again when the query is cleared', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      await typeQuery(el, 'warm');
      expect(resultIds(el)).to.deep.equal(['warm-line']);
      await typeQuery(el, '');
      expect(resultIds(el)).to.deep.equal(['warm-line', 'family-group', 'therapy-clinic']);
    });

    it('announces the result count politely once typing pauses', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      const live = root(el).querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      await typeQuery(el, 'warm');
      await waitUntil(() => live.textContent!.trim() === '1 support found', 'count not announced', { timeout: 3000 });
    });

    it('takes the count out of its live region a few seconds after saying it, so reading the page meets it once', async function () {
      this.timeout(15000);
      const el = await finder({ src: '/test/fixtures/good.json' });
      const live = root(el).querySelector('[role="status"]')!;
      await typeQuery(el, 'warm');
      await waitUntil(() => live.textContent!.trim() === '1 support found', 'count not announced', { timeout: 3000 });
      await waitUntil(() => live.textContent!.trim() === '', 'the count stayed in the live region', { timeout: 10000 });
      expect(countText(el)).to.equal('1 support found');
      // Not said again while nothing changes.
      await typeQuery(el, 'warm ');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(live.textContent!.trim()).to.equal('');
    });

    it('keeps announcing the count shown when typing goes back to it before the pause', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      const live = root(el).querySelector('[role="status"]')!;
      await waitUntil(() => live.textContent!.trim() === '3 supports found', 'count not announced', { timeout: 3000 });
      await typeQuery(el, 'warm');
      await typeQuery(el, '');
      // Longer than the pause: the count passed on the way must not be said.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(live.textContent!.trim()).to.equal('3 supports found');
      expect(countText(el)).to.equal('3 supports found');
    });

    it('reports searches without the words typed', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      const event = oneEvent(el, 'support-finder-search');
      await typeQuery(el, 'warm');
      const { detail } = await event;
      expect(detail).to.deep.equal({ resultCount: 1, category: null });
      expect(JSON.stringify(detail)).not.to.contain('warm');
    });
  });

  describe('filtering by category', () => {
    it('shows each category with its count and filters on click', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      const buttons = categoryButtons(el);
      expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'All (3)',
        'Peer support (1)',
        'Family & caregivers (1)',
        'Clinical services (1)',
      ]);
      expect(buttons[0].getAttribute('aria-pressed')).to.equal('true');
      buttons[2].click();
      await el.updateComplete;
      expect(resultIds(el)).to.deep.equal(['family-group']);
      expect(buttons[2].getAttribute('aria-pressed')).to.equal('true');
      expect(el.getAttribute('category')).to.equal('family');
    });

    it('opens on the group named by the category attribute', async () => {
      const el = await finder({ src: '/test/fixtures/good.json', category: 'clinical' });
      expect(resultIds(el)).to.deep.equal(['therapy-clinic']);
    });

    it('counts matches per category for the current query', async () => {
      const el = await finder();
      await typeQuery(el, 'famille');
      const buttons = categoryButtons(el);
      const numbers = buttons.map((b) => Number(/\((\d+)\)/.exec(b.textContent!)![1]));
      expect(numbers[0]).to.equal(numbers[1] + numbers[2] + numbers[3]);
      expect(numbers[2]).to.be.greaterThan(0);
    });
  });

  describe('results', () => {
    it('offers call, text, email and website actions that say what they do', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      const warm = root(el).querySelector('[data-id="warm-line"]')!;
      expect(hrefs(warm)).to.deep.equal(['tel:18885550199', 'sms:5550198', 'https://example.org/warm']);
      const call = warm.querySelector('a[href^="tel:"]')!;
      expect(call.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call 1-888-555-0199');
      expect(call.getAttribute('aria-label')).to.equal('Call 1-888-555-0199, Peer Warm Line');
      const site = warm.querySelector<HTMLAnchorElement>('a[href^="https:"]')!;
      expect(site.target).to.equal('_blank');
      expect(site.rel).to.contain('noopener');
      const family = root(el).querySelector('[data-id="family-group"]')!;
      expect(hrefs(family)).to.deep.equal(['mailto:family@example.org']);
    });

    it('shows the hours and the name as a heading', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      const clinic = root(el).querySelector('[data-id="therapy-clinic"]')!;
      expect(clinic.querySelector('h3')!.textContent).to.equal('Counselling Clinic');
      expect(clinic.querySelector('.details')!.textContent).to.contain('Mon–Fri 9:00–17:00');
    });

    it('renders markup in catalogue text as plain text and runs nothing', async () => {
      const el = await finder({ src: '/test/fixtures/hostile.json' });
      expect(resultNames(el)[0]).to.equal('<img src=x onerror="window.__pwned = true">');
      expect(root(el).querySelector('.results img, .results script')).to.equal(null);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });
  });

  describe('with a src attribute', () => {
    it('shows the branch title, resources and extra crisis lines after the built-in ones', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      expect(root(el).querySelector('#heading')!.textContent).to.equal('Test Branch supports');
      const banner = root(el).querySelector('.banner')!;
      expect(hrefs(banner)).to.deep.equal(['tel:988', 'sms:988', 'tel:911', 'tel:5550100']);
    });

    it('skips one bad entry with a console warning naming it, and shows the rest', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await finder({ src: '/test/fixtures/one-bad-entry.json' });
        expect(resultIds(el)).to.deep.equal(['good-one', 'good-two']);
      } finally {
        console.warn = original;
      }
      expect(warnings.join('\n')).to.contain(
        'resources[1] (id "youth-drop-in"): "category" must be one of peer, family, clinical; got "therapy"',
      );
    });

    for (const [what, file, why] of [
      ['missing', '/test/fixtures/does-not-exist.json', 'the server answered 404'],
      [
        'broken JSON',
        '/test/fixtures/broken.json',
        // Where: the file, and the entry it ends in.
        '"/test/fixtures/broken.json" is not valid JSON: the file ends too early: a "}" or "]" is missing (in resources[0])',
      ],
      ['not a catalogue', '/test/fixtures/wrong-root.json', 'must be a JSON object'],
    ]) {
      it(`keeps the banner and says the list could not be loaded when the file is ${what}`, async () => {
        const errors: string[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => errors.push(args.join(' '));
        let el: SupportFinder;
        try {
          el = await finder({ src: file });
        } finally {
          console.error = original;
        }
        expect(byRole(el, 'alert', /could not be loaded/)).to.not.equal(null);
        expect(hrefs(byRole(el, 'region', 'Crisis lines')!)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
        expect(errors.join('\n')).to.contain(why);
      });
    }

    it('loads the new catalogue when src changes', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      el.setAttribute('src', '/test/fixtures/one-bad-entry.json');
      await waitUntil(() => resultIds(el).includes('good-two'), 'new catalogue not shown');
      el.removeAttribute('src');
      await waitUntil(() => resultIds(el).length >= 25, 'built-in catalogue not shown');
    });
  });

  describe('on a page with two finders', () => {
    it('runs both independently', async () => {
      const wrapper = await fixture(html`<div>
        <support-finder src="/test/fixtures/good.json"></support-finder>
        <support-finder lang="fr"></support-finder>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('support-finder')] as SupportFinder[];
      await settled(a);
      await settled(b);
      await typeQuery(a, 'warm');
      expect(resultIds(a)).to.deep.equal(['warm-line']);
      expect(resultIds(b).length).to.be.greaterThanOrEqual(25);
      expect(root(b).querySelector('label')!.textContent).to.equal('Rechercher du soutien');
    });

    it('tolerates the built script being loaded twice', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        for (let i = 0; i < 2; i++) {
          const script = document.createElement('script');
          script.src = `/dist/support-finder.iife.js?copy=${i}`;
          document.head.append(script);
          await oneEvent(script, 'load');
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      const el = await finder({ src: '/test/fixtures/good.json' });
      expect(resultIds(el)).to.have.length(3);
    });
  });
});
