import { expect } from '@open-wc/testing';
import data from '../../data/catalogue.json';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { buildIndex } from '../../src/search/build-index.js';
import { search } from '../../src/search/query.js';

// Issue 15: a young person searching "youth crisis" found nothing; the lines for particular people are results now.
describe('the built-in catalogue finds the lines for particular people', () => {
  const index = buildIndex((data as unknown as Catalogue).resources);
  const top = (query: string, n: number) =>
    search(index, query)
      .items.slice(0, n)
      .map((r) => r.id);

  for (const [query, wanted] of [
    ['youth crisis', 'kids-help-phone'],
    ['jeunes', 'kids-help-phone'],
    ['indigenous crisis', 'hope-for-wellness'],
    ['residential school', 'indian-residential-school-crisis-line'],
    ['pensionnat', 'indian-residential-school-crisis-line'],
    ['trans', 'trans-lifeline'],
    ['transgenre', 'trans-lifeline'],
  ] as const) {
    it(`finds ${wanted} in the top 3 for "${query}"`, () => {
      expect(top(query, 3)).to.include(wanted);
    });
  }
});
