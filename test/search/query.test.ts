import { expect } from '@open-wc/testing';
import Fuse from 'fuse.js/basic';
import data from '../../data/catalogue.json';
import { generateCatalogue } from '../../bench/generate-catalogue.js';
import { QUERIES } from '../../bench/queries.js';
import type { Catalogue, Resource } from '../../src/catalogue/schema.js';
import { buildIndex, buildIndexInSlices, FUSE_OPTIONS } from '../../src/search/build-index.js';
import { CANDIDATES, KEPT_RECORDS, normaliseQuery, search, searchInSlices } from '../../src/search/query.js';

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

    it('keeps only what fuse.js accepts, with the scores a full fuse.js scan gives', () => {
      const fuse = new Fuse(builtin as Resource[], FUSE_OPTIONS);
      for (const query of ['warm', 'peer suport', 'zzqxvw', 'proches', 'support']) {
        expect(ids(search(index, query).items), query).to.deep.equal(fuse.search(normaliseQuery(query)).map((r) => r.item.id));
      }
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
      expect(items.length).to.be.greaterThan(CANDIDATES);
      expect(matches.length).to.equal(items.length);
      const holding = resources.filter((r) => JSON.stringify([r.name, r.tags, r.organization, r.description]).toLowerCase().includes('anxiety'));
      const listed = new Set(ids(items));
      expect(holding.every((r) => listed.has(r.id))).to.be.true;
      expect(new Set(ids(items)).size).to.equal(items.length);
    });

    it('ranks the best entries of each category with fuse.js too, so a filtered list starts with them', () => {
      const fuse = new Fuse(resources.filter((r) => r.category === 'family'), FUSE_OPTIONS);
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

  it('keeps a bounded number of fuse.js records however long the session, with the same answers', function () {
    this.timeout(30000);
    const resources = generateCatalogue(12000, { seed: 5 }).resources;
    const index = buildIndex(resources);
    const queries = QUERIES.map((q) => q.query);
    const first = queries.map((q) => ids(search(index, q).items.slice(0, 20)));
    // More entries were scored than are kept.
    expect(index.records.size).to.equal(KEPT_RECORDS);
    // The first queries' records are gone by now: they are made again, alike.
    expect(queries.map((q) => ids(search(index, q).items.slice(0, 20)))).to.deep.equal(first);
    const fresh = buildIndex(resources);
    expect(queries.map((q) => ids(search(fresh, q).items.slice(0, 20)))).to.deep.equal(first);
  });
});
