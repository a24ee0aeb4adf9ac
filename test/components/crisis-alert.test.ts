import { expect } from '@open-wc/testing';
import { finder, hrefs, resultIds, root, typeQuery } from '../helpers.js';

const alertOf = (el: Element) => root(el).querySelector('[role="alert"]');

describe('the crisis alert in search results', () => {
  it('appears above the results, with 9-8-8 and 9-1-1, for a search suggesting danger', async () => {
    const el = await finder({ src: '/test/fixtures/crisis-terms.json' });
    await typeQuery(el, 'suicide');
    const alert = alertOf(el)!;
    expect(alert).to.exist;
    expect(alert.textContent).to.contain('You don’t have to go through this alone.');
    expect(hrefs(alert)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    // Results still follow: the alert never replaces them.
    expect(resultIds(el)).to.deep.equal(['warm-line']);
    const position = alert.compareDocumentPosition(root(el).querySelector('.results')!);
    expect(position & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('speaks French on a French page', async () => {
    const el = await finder({ lang: 'fr' });
    await typeQuery(el, 'je veux mourir');
    expect(alertOf(el)!.textContent).to.contain('Vous n’avez pas à traverser cela seul ou seule.');
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
});
