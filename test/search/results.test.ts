import { expect } from '@open-wc/testing';
import { generateCatalogue } from '../../bench/generate-catalogue.js';
import type { Resource } from '../../src/catalogue/schema.js';
import { buildIndex, type SearchIndex } from '../../src/search/build-index.js';
import { applyFacets, knownSelection } from '../../src/search/facets.js';
import { search } from '../../src/search/query.js';
import { categoryCounts, firstPage, PAGE_SIZE, Results, SLICED_FROM, type ResultsView } from '../../src/search/results.js';

const ids = (view?: ResultsView) => view?.items.map((r) => r.id);
/** What the pipeline should give, worked out the plain way: a full search, then the filters. */
function expected(index: SearchIndex, query: string, selection = {}) {
  const entries = applyFacets(index.facets, search(index, query).matches, knownSelection(index.facets, selection)).entries;
  return Array.from(entries, (e) => index.resources[e]!.id);
}

describe('the results of a branch-sized catalogue', () => {
  const index = buildIndex(generateCatalogue(300, { seed: 3 }).resources);

  it('are worked out at once, in the asking task', () => {
    const results = new Results(() => {});
    expect(results.ask({ index, query: 'support', selection: {} })).to.equal(true);
    const all = expected(index, 'support');
    expect(results.view!.count).to.equal(all.length);
    expect(ids(results.view)).to.deep.equal(all.slice(0, firstPage(all.length)));
    expect(results.view!.all().map((r) => r.id)).to.deep.equal(all);
  });

  it('are not worked out again for the same question', () => {
    const results = new Results(() => {});
    results.ask({ index, query: 'group', selection: {} });
    const view = results.view;
    expect(results.ask({ index, query: 'group', selection: {} })).to.equal(false);
    expect(results.view).to.equal(view);
  });

  it('narrow by every chosen facet and count each option as choosing it would give', () => {
    const results = new Results(() => {});
    const selection = { category: ['peer'], delivery: ['phone'] };
    results.ask({ index, query: '', selection });
    expect(results.view!.items.map((r) => r.id)).to.deep.equal(expected(index, '', selection).slice(0, results.view!.items.length));
    expect(results.view!.counts.delivery.phone).to.equal(results.view!.count);
    // The category buttons count the other filters' results in each category, and in all of them.
    const counts = categoryCounts(results.view!.counts.category);
    expect(counts.peer).to.equal(results.view!.count);
    expect(counts.all).to.equal(counts.peer + counts.family + counts.clinical);
    expect(counts.all).to.equal(expected(index, '', { delivery: ['phone'] }).length);
  });

  it('draw a page at a time, and start again from the first page for a new list', () => {
    const results = new Results(() => {});
    results.ask({ index, query: '', selection: {} });
    expect(results.view!.items).to.have.length(PAGE_SIZE);
    expect(results.view!.more).to.equal(300 - PAGE_SIZE);
    expect(results.showMore()).to.equal(PAGE_SIZE);
    expect(results.view!.items).to.have.length(PAGE_SIZE * 2);
    expect(ids(results.view)).to.deep.equal(expected(index, '').slice(0, PAGE_SIZE * 2));
    results.ask({ index, query: '', selection: { category: ['family'] } });
    expect(results.view!.items.length).to.equal(firstPage(results.view!.count));
  });

  it('draw a short list whole, with nothing more to show', () => {
    const results = new Results(() => {});
    results.ask({ index, query: 'zzqxvw', selection: {} });
    expect(results.view!.count).to.equal(0);
    expect(results.view!.more).to.equal(0);
    expect(firstPage(PAGE_SIZE * 2)).to.equal(PAGE_SIZE * 2);
    expect(firstPage(PAGE_SIZE * 2 + 1)).to.equal(PAGE_SIZE);
  });

  it('ignore chosen values the catalogue does not have', () => {
    const results = new Results(() => {});
    results.ask({ index, query: '', selection: { region: ['Nowhere at all'] } });
    expect(results.view!.count).to.equal(300);
  });
});

describe('the results of a large directory', () => {
  let index: SearchIndex;
  before(function () {
    this.timeout(30000);
    index = buildIndex(generateCatalogue(SLICED_FROM + 500, { seed: 11 }).resources);
  });

  it('are worked out in slices, after the asking task, and reported once', async function () {
    this.timeout(30000);
    let changes = 0;
    const results = new Results(() => changes++);
    expect(results.ask({ index, query: 'grief', selection: {} })).to.equal(false);
    expect(results.view).to.equal(undefined);
    await results.settled();
    expect(changes).to.equal(1);
    expect(ids(results.view)).to.deep.equal(expected(index, 'grief').slice(0, results.view!.items.length));
    expect(results.view!.count).to.equal(expected(index, 'grief').length);
  });

  it('answer only the last of questions asked in a row', async function () {
    this.timeout(30000);
    const seen: string[][] = [];
    const results = new Results(() => seen.push(ids(results.view)!));
    for (const query of ['g', 'gr', 'gri', 'grie', 'grief']) results.ask({ index, query, selection: {} });
    await results.settled();
    expect(seen).to.have.length(1);
    expect(results.view!.count).to.equal(expected(index, 'grief').length);
  });

  it('keep the view held until the new one is ready, and narrow many matches in slices too', async function () {
    this.timeout(30000);
    const results = new Results(() => {});
    results.ask({ index, query: '', selection: {} });
    await results.settled();
    const before = results.view!;
    expect(before.count).to.equal(SLICED_FROM + 500);
    expect(results.ask({ index, query: '', selection: { category: ['peer'] } })).to.equal(false);
    expect(results.view).to.equal(before);
    await results.settled();
    expect(results.view!.count).to.equal(expected(index, '', { category: ['peer'] }).length);
  });

  it('narrow to a province in slices, with every count following', async function () {
    this.timeout(30000);
    const places: Resource['areas'][] = [['CA'], ['QC'], ['ON'], undefined];
    const resources = generateCatalogue(SLICED_FROM + 500, { seed: 11 }).resources.map((r, i) => ({ ...r, areas: places[i % 4] }));
    const placed = buildIndex(resources);
    const results = new Results(() => {});
    expect(results.ask({ index: placed, query: '', selection: { province: ['QC'] } })).to.equal(false);
    await results.settled();
    const served = resources.filter((r) => !r.areas || r.areas.includes('CA') || r.areas.includes('QC'));
    expect(results.view!.count).to.equal(served.length);
    expect(results.view!.all().every((r) => r.areas?.[0] !== 'ON')).to.be.true;
    expect(categoryCounts(results.view!.counts.category).all).to.equal(served.length);
  });

  it('narrow a search already done at once when it matched few', async function () {
    this.timeout(30000);
    const results = new Results(() => {});
    results.ask({ index, query: 'grief', selection: {} });
    await results.settled();
    expect(results.ask({ index, query: 'grief', selection: { category: ['family'] } })).to.equal(true);
    expect(results.view!.count).to.equal(expected(index, 'grief', { category: ['family'] }).length);
  });

  it('stop when cancelled, keeping the view held', async function () {
    this.timeout(30000);
    let changes = 0;
    const results = new Results(() => changes++);
    results.ask({ index, query: 'anxiety', selection: {} });
    results.cancel();
    await results.settled();
    // The same question asked alongside, from then on: by the time it is answered, one not stopped would have been too.
    const alongside = new Results(() => {});
    alongside.ask({ index, query: 'anxiety', selection: {} });
    await alongside.settled();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alongside.view!.count).to.be.greaterThan(0);
    expect(changes).to.equal(0);
    expect(results.view).to.equal(undefined);
  });
});
