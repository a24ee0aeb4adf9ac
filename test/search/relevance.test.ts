import { expect } from '@open-wc/testing';
import Fuse from 'fuse.js/basic';
import data from '../../data/catalogue.json';
import { generateCatalogue } from '../../bench/generate-catalogue.js';
import { QUERIES } from '../../bench/queries.js';
import type { Catalogue, Resource } from '../../src/catalogue/schema.js';
import { buildIndex, FUSE_OPTIONS } from '../../src/search/build-index.js';
import { foldAccents } from '../../src/search/fold.js';
import { normaliseQuery, search } from '../../src/search/query.js';
import { searchText } from '../../src/catalogue/text.js';

const builtin = (data as unknown as Catalogue).resources;

/** Plain fuse.js over every entry: what the finder did before the word index, the bar to meet. */
function plainFuse(resources: readonly Resource[]) {
  const fuse = new Fuse(resources as Resource[], FUSE_OPTIONS);
  return (query: string) => fuse.search(normaliseQuery(query));
}

const ids = (items: readonly Resource[]) => items.map((r) => r.id);

describe('relevance on the built-in catalogue', () => {
  const index = buildIndex(builtin);

  // [what people type, the entry they want, how far down it may be]
  const fixtures: [string, string, number][] = [
    ['peer suport', 'peer-support-canada', 3],
    ['councelling', 'nihb-mental-health-counselling', 1],
    ['therapie', 'ontario-structured-psychotherapy', 3],
    ['psycotherapy', 'ontario-structured-psychotherapy', 1],
    ['cargiver', 'ontario-caregiver-helpline', 1],
    ['anciens combattants', 'vac-assistance-service', 1],
    ['schizofrenia', 'bc-schizophrenia-society-family-support', 2],
    ['etudiants', 'here2talk-bc', 2],
    ['autochtones', 'nihb-mental-health-counselling', 1],
    ["ligne d'ecoute", 'revivre', 2],
    ['someone to talk to', 'alberta-mental-health-helpline', 3],
    ['drugs', 'alberta-addiction-helpline', 1],
  ];
  for (const [query, wanted, within] of fixtures) {
    it(`finds ${wanted} in the top ${within} for "${query}", wherever plain fuse.js puts it`, () => {
      const mine = ids(search(index, query).items).indexOf(wanted);
      expect(mine, `rank of ${wanted}`).to.be.within(0, within - 1);
    });
  }

  for (const [query, category] of [
    ['peer suport', 'peer'],
    ['proches aidants', 'family'],
    ['soutien par les pairs', 'peer'],
  ] as const) {
    it(`puts ${category} supports first for "${query}"`, () => {
      const first = search(index, query).items.slice(0, 3);
      expect(first).to.have.length(3);
      expect(first.every((r) => r.category === category)).to.be.true;
    });
  }
});

describe('relevance on a 3,000-entry directory', () => {
  const resources = generateCatalogue(3000, { seed: 7, planted: builtin }).resources;
  let index: ReturnType<typeof buildIndex>;
  let full: ReturnType<typeof plainFuse>;
  before(() => {
    index = buildIndex(resources);
    full = plainFuse(resources);
  });

  const wanted = (r: Resource, words: string[]) => {
    const text = foldAccents([...searchText(r.name), ...(r.tags ?? [])].join(' | '));
    return words.some((w) => text.includes(foldAccents(w)));
  };

  it('puts what was looked for in the top 5 as often as plain fuse.js does', function () {
    this.timeout(60000);
    let mine = 0;
    let theirs = 0;
    for (const { query, expect: words } of QUERIES) {
      if (
        search(index, query)
          .items.slice(0, 5)
          .some((r) => wanted(r, words))
      )
        mine++;
      if (
        full(query)
          .slice(0, 5)
          .some((r) => wanted(r.item, words))
      )
        theirs++;
    }
    expect(mine).to.be.at.least(theirs);
  });
});
