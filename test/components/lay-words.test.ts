import { expect } from '@open-wc/testing';
import { finder, resultIds, typeQuery } from '../helpers.js';

describe('searching in lay words', () => {
  it('finds the built-in entries a lay word means, in English and in French', async () => {
    const el = await finder();
    await typeQuery(el, 'drinking');
    expect(resultIds(el).slice(0, 3)).to.include('alberta-addiction-helpline');
    el.lang = 'fr';
    await typeQuery(el, 'mon fils se drogue');
    expect(resultIds(el).slice(0, 3)).to.include('moms-stop-the-harm-holding-hope');
  });

  it("uses the catalogue's own synonyms", async () => {
    const el = await finder({ src: '/test/fixtures/synonyms.json' });
    await typeQuery(el, 'detox');
    expect(resultIds(el)).to.deep.equal(['sunrise']);
    await typeQuery(el, 'Sunrise');
    expect(resultIds(el)).to.deep.equal(['sunrise']);
  });
});
