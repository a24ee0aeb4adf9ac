import { expect, waitUntil } from '@open-wc/testing';
import { expectNoViolations } from '../axe.js';
import { allByRole, byRole, finder, hrefs, resultIds, root, settled, typeQuery } from '../helpers.js';

const alertOf = (el: Element) => root(el).querySelector('[role="alert"]');

describe('the crisis alert in search results', () => {
  it('appears above the results, with 9-8-8 and 9-1-1, for a search suggesting danger', async () => {
    const el = await finder({ src: '/test/fixtures/crisis-terms.json' });
    await typeQuery(el, 'suicide');
    const alert = alertOf(el)!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain('You don’t have to go through this alone.');
    expect(alert.textContent).to.contain('If your life is in immediate danger, call 9-1-1.');
    expect(hrefs(alert)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    // Results still follow: the alert never replaces them.
    expect(resultIds(el)).to.deep.equal(['warm-line']);
    const position = alert.compareDocumentPosition(byRole(el, 'list', /supports? found$/)!);
    expect(position & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('speaks French on a French page', async () => {
    const el = await finder({ lang: 'fr' });
    await typeQuery(el, 'je veux mourir');
    expect(alertOf(el)!.textContent).to.contain('Vous n’avez pas à vivre cela sans aide.');
    // The French review's wording: "si vous" each time, so no clause reads as a question.
    expect(alertOf(el)!.textContent).to.contain(
      'Si vous pensez au suicide, si vous risquez de vous faire du mal ou si vous avez pris trop de médicaments',
    );
    expect(alertOf(el)!.textContent).to.contain('Si votre vie est en danger immédiat, composez le 9-1-1.');
    expect(alertOf(el)!.textContent).to.contain('Appeler le 9-8-8');
  });

  it("uses the catalogue's extra crisis terms", async () => {
    const el = await finder({ src: '/test/fixtures/crisis-terms.json' });
    await typeQuery(el, 'unalive');
    expect(alertOf(el)).to.exist;
  });

  it('does not appear for ordinary searches, and goes when the search changes', async () => {
    const el = await finder();
    for (const q of ['caregiver', 'sleep', 'peer support']) {
      await typeQuery(el, q);
      expect(alertOf(el), q).to.equal(null);
    }
    await typeQuery(el, 'overdose');
    expect(alertOf(el)).to.exist;
    await typeQuery(el, '');
    expect(alertOf(el)).to.equal(null);
  });

  it('answers a crisis search that finds nothing with kind words and peer lines, not "No supports match"', async () => {
    for (const [lang, query, kind] of [
      ['en', 'i want to die', 'people are ready to listen'],
      ['fr', 'je veux mourir', 'des gens sont prêts à vous écouter'],
    ] as const) {
      const el = await finder({ lang });
      await typeQuery(el, query);
      expect(resultIds(el).length, 'the peer lines are listed').to.be.within(1, 3);
      const message = root(el).querySelector('[part="message"]')!;
      // A line that answers now comes before a closed one.
      const closed = allByRole(message, 'listitem').map((r) =>
        /^(Closed|Fermé)/.test(r.querySelector('[part~="hours-status"]')?.textContent?.trim() ?? ''),
      );
      expect(closed.indexOf(true) === -1 || !closed.slice(closed.indexOf(true)).includes(false), 'closed lines last').to.be.true;
      expect(message.textContent).to.contain(kind);
      expect(message.textContent).to.not.contain(lang === 'en' ? 'No supports match' : 'Aucune ressource ne correspond à votre recherche');
      for (const item of allByRole(message, 'listitem')) {
        expect(item.dataset.category).to.equal('peer');
        expect(hrefs(item).some((h) => /^(tel|sms):/.test(h))).to.be.true;
      }
      await expectNoViolations(el);
    }
    // An ordinary search that finds nothing keeps the usual words.
    const el = await finder();
    await typeQuery(el, 'zzqxvw');
    expect(root(el).querySelector('[part="message"]')!.textContent).to.contain('No supports match your search.');
    expect(resultIds(el)).to.deep.equal([]);
  });

  it('offers only peer lines that serve the province chosen, and national ones first when none is', async () => {
    const el = await finder({ src: '/test/fixtures/peer-lines-by-province.json' });
    await typeQuery(el, 'i want to die');
    expect(resultIds(el)).to.deep.equal(['national-line', 'nova-scotia-line', 'ontario-line']);
    const place = byRole(el, 'combobox', 'Province or territory') as HTMLSelectElement;
    place.value = 'ON';
    place.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['ontario-line', 'national-line']);
  });
});

describe('the crisis alert, whatever state the catalogue is in', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  /** Catalogue requests that stay open until `release` is called (never, if it is not). */
  function stallCatalogue() {
    const held: (() => void)[] = [];
    window.fetch = (input, init) =>
      new Promise((resolve, reject) => {
        held.push(() => realFetch(input, init).then(resolve, reject));
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    return {
      requested: () => waitUntil(() => held.length > 0, 'the catalogue was never requested'),
      release: () => held.forEach((go) => go()),
    };
  }

  it('appears while a src catalogue is still loading, and stays when it arrives', async () => {
    const request = stallCatalogue();
    const el = await finder({ src: '/test/fixtures/good.json' }, { wait: false });
    await request.requested();
    await typeQuery(el, 'i want to kill myself');
    expect(alertOf(el), 'while loading').to.exist;
    expect(hrefs(alertOf(el)!)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    expect(root(el).querySelector('.loading')).to.exist;
    await expectNoViolations(el);
    request.release();
    await settled(el);
    expect(alertOf(el), 'once loaded').to.exist;
  });

  it('appears when the catalogue never finishes loading', async () => {
    const request = stallCatalogue();
    const el = await finder({ src: '/test/fixtures/good.json', lang: 'fr' }, { wait: false });
    await request.requested();
    expect(root(el).querySelector('.loading')).to.exist;
    await typeQuery(el, 'mon fils veut se suicider');
    expect(alertOf(el)!.textContent).to.contain('Vous n’avez pas à vivre cela sans aide.');
    await typeQuery(el, 'proches aidants');
    expect(alertOf(el)).to.equal(null);
  });

  it('appears above the message when the catalogue failed to load', async () => {
    const el = await finder({ src: '/test/fixtures/does-not-exist.json' });
    // Two alerts: the crisis alert, then the message that the list could not be loaded.
    const failed = () => byRole(el, 'alert', /could not be loaded/)!;
    expect(failed()).to.exist;
    await typeQuery(el, 'overdosed');
    const alert = byRole(el, 'alert', /^You don’t have to go through this alone\./)!;
    expect(alert).to.exist;
    expect(alert.compareDocumentPosition(failed()) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expectNoViolations(el);
  });
});
