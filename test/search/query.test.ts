import { expect } from '@open-wc/testing';
import Fuse from 'fuse.js/basic';
import data from '../../data/catalogue.json';
import { generateCatalogue } from '../../bench/generate-catalogue.js';
import { QUERIES } from '../../bench/queries.js';
import type { Catalogue, Resource } from '../../src/catalogue/schema.js';
import { buildIndex, buildIndexInSlices, FUSE_OPTIONS } from '../../src/search/build-index.js';
import { search, searchInSlices } from '../../src/search/query.js';
import { foldAccents } from '../../src/search/fold.js';

const builtin = (data as unknown as Catalogue).resources;
const ids = (items: readonly Resource[]) => items.map((r) => r.id);

describe('search', () => {
  describe('on a branch catalogue', () => {
    const index = buildIndex(builtin);

    it('lists every entry in catalogue order for an empty or blank query', () => {
      expect(ids(search(index, '').items)).to.deep.equal(ids(builtin));
      expect(ids(search(index, '   ').items)).to.deep.equal(ids(builtin));
    });

    it('ignores accents and case on both sides', () => {
      expect(ids(search(index, 'DÉPENDANCE').items)).to.deep.equal(ids(search(index, 'dependance').items));
    });

    it('lists every entry holding a word typed, those holding it as typed first', () => {
      for (const word of ['warm', 'proches', 'support', 'caregiver']) {
        const holding = builtin.filter((r) => foldAccents(JSON.stringify([r.name, r.tags, r.organization, r.description])).includes(word));
        const found = ids(search(index, word).items);
        expect(found.slice(0, holding.length), word).to.have.members(ids(holding));
      }
    });

    it('finds words with typos, as fuse.js does', () => {
      expect(ids(search(index, 'peer suport').items).slice(0, 3)).to.include('peer-support-canada');
      expect(ids(search(index, 'cargiver').items)[0]).to.equal('ontario-caregiver-helpline');
    });

    it('lists every match in every category: the category is narrowed by the filters', () => {
      const all = search(index, 'support');
      expect(all.matches.length).to.equal(all.items.length);
      expect(new Set(all.items.map((r) => r.category))).to.have.keys('peer', 'family', 'clinical');
    });

    it('finds nothing for words that are nowhere', () => {
      expect(search(index, 'zzqxvw').items).to.deep.equal([]);
      expect(search(index, '?!').items).to.deep.equal([]);
    });
  });

  describe('on a directory far larger than the candidates fuse.js scores', () => {
    const resources = generateCatalogue(4000, { seed: 3 }).resources;
    const index = buildIndex(resources);

    it('still counts and lists every entry that holds all the words, after the ranked ones', () => {
      const { items, matches } = search(index, 'anxiety');
      expect(items.length).to.be.greaterThan(200);
      expect(matches.length).to.equal(items.length);
      const holding = resources.filter((r) =>
        JSON.stringify([r.name, r.tags, r.organization, r.description]).toLowerCase().includes('anxiety'),
      );
      const listed = new Set(ids(items));
      expect(holding.every((r) => listed.has(r.id))).to.be.true;
      expect(new Set(ids(items)).size).to.equal(items.length);
    });

    it('ranks the best entries of each category with fuse.js too, so a filtered list starts with them', () => {
      const fuse = new Fuse(
        resources.filter((r) => r.category === 'family'),
        FUSE_OPTIONS,
      );
      const best = fuse.search('grief')[0]!.score;
      const first = search(index, 'grief').items.find((r) => r.category === 'family')!;
      expect(fuse.search('grief').find((r) => r.item.id === first.id)!.score).to.equal(best);
    });

    it('builds the same index in slices as in one go', async () => {
      const sliced = await buildIndexInSlices(resources);
      expect(sliced.words).to.deep.equal(index.words);
      expect(sliced.postings.map((p) => [...p])).to.deep.equal(index.postings.map((p) => [...p]));
    });

    it('stops building when the load is abandoned', async () => {
      const abort = new AbortController();
      // Far more than one slice of work, so the build yields and sees the abort.
      const building = buildIndexInSlices(generateCatalogue(20000).resources, abort.signal);
      abort.abort();
      let error: unknown;
      await building.catch((e) => (error = e));
      expect(error).to.be.instanceOf(DOMException);
    });
  });

  it('gives the same answer in slices as at once, and stops when a newer query aborts it', async () => {
    const index = buildIndex(generateCatalogue(3000, { seed: 9 }).resources);
    for (const query of ['peer suport', '', 'anxiete']) {
      const sliced = await searchInSlices(index, query, new AbortController().signal);
      expect(ids(sliced.items)).to.deep.equal(ids(search(index, query).items));
      expect([...sliced.matches]).to.deep.equal([...search(index, query).matches]);
    }
    const abort = new AbortController();
    const stale = searchInSlices(index, 'family support', abort.signal);
    abort.abort();
    let error: unknown;
    await stale.catch((e) => (error = e));
    expect(error).to.be.instanceOf(DOMException);
    // An abandoned search leaves nothing behind for the next one.
    const fresh = buildIndex(generateCatalogue(3000, { seed: 9 }).resources);
    expect(ids(search(index, 'family support').items)).to.deep.equal(ids(search(fresh, 'family support').items));
  });

  it('answers alike whatever was searched before, the words remembered between keystrokes included', function () {
    this.timeout(30000);
    const resources = generateCatalogue(12000, { seed: 5 }).resources;
    const index = buildIndex(resources);
    // Letter by letter, as typed: each word narrows the words its shorter form found.
    const typed = QUERIES.flatMap(({ query }) => Array.from(query, (_, i) => query.slice(0, i + 1)));
    const answers = new Map(typed.map((q) => [q, ids(search(index, q).items.slice(0, 20))]));
    const fresh = buildIndex(resources);
    for (const { query } of QUERIES) expect(ids(search(fresh, query).items.slice(0, 20)), query).to.deep.equal(answers.get(query));
  });
});
