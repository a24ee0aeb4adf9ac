import { expect } from '@open-wc/testing';
import { generateCatalogue } from '../../bench/generate-catalogue.js';
import type { Catalogue, Resource } from '../../src/catalogue/schema.js';
import { buildIndex } from '../../src/search/build-index.js';
import { applyFacets, buildFacetIndex, FACETS, knownSelection, type Facet, type Selection } from '../../src/search/facets.js';
import { search } from '../../src/search/query.js';

// Fetched rather than imported: the element tests fetch the same file, and a
// cached JSON response would then be refused as a module.
const resources = ((await (await fetch('/test/fixtures/facets.json')).json()) as Catalogue).resources;
const all = [...resources.keys()];
const index = buildFacetIndex(resources);
const ids = (entries: ArrayLike<number>) => Array.from(entries, (e) => resources[e]!.id);

/** What a facet's option is worth, written the slow and obvious way. */
function naive(list: readonly Resource[], matches: number[], selection: Selection) {
  const has = (r: Resource, facet: Facet, value: string) => {
    const v = {
      category: r.category,
      audience: r.audiences,
      language: r.languages,
      delivery: r.delivery,
      cost: r.cost,
      referral: r.referral,
      region: r.region,
    }[facet];
    return Array.isArray(v) ? (v as readonly string[]).includes(value) : v === value;
  };
  const passes = (r: Resource, skip?: Facet) =>
    FACETS.every((f) => f === skip || !selection[f]?.length || selection[f]!.some((value) => has(r, f, value)));
  const entries = matches.filter((e) => passes(list[e]!));
  const counts = (facet: Facet, value: string) => matches.filter((e) => passes(list[e]!, facet) && has(list[e]!, facet, value)).length;
  return { entries, counts };
}

describe('facet filters', () => {
  it('offers only the options the catalogue has, in a fixed order', () => {
    expect(index.options.category).to.deep.equal(['peer', 'family', 'clinical']);
    expect(index.options.audience).to.deep.equal(['adults', 'youth', 'older-adults', 'families', 'indigenous', '2slgbtqia']);
    expect(index.options.language).to.deep.equal(['en', 'fr']);
    expect(index.options.delivery).to.deep.equal(['in-person', 'phone', 'virtual', 'text']);
    expect(index.options.region).to.deep.equal(['Canada', 'Ontario', 'Toronto', 'Waterloo Wellington']);
  });

  it('offers "free" and "no referral needed" only: what people narrow to', () => {
    expect(index.options.cost).to.deep.equal(['free']);
    expect(index.options.referral).to.deep.equal(['self']);
  });

  it('keeps every match, in the order given, when nothing is chosen', () => {
    const order = [3, 1, 5, 0];
    expect([...applyFacets(index, order, {}).entries]).to.deep.equal(order);
  });

  it('keeps an entry with any chosen option of a facet (OR within one)', () => {
    const { entries } = applyFacets(index, all, { audience: ['youth', 'older-adults'] });
    expect(ids(entries)).to.deep.equal(['youth-drop-in', 'youth-text-line', 'elder-line']);
  });

  it('keeps an entry only when it satisfies every facet (AND across facets)', () => {
    const { entries } = applyFacets(index, all, { audience: ['youth', 'families'], delivery: ['in-person'] });
    expect(ids(entries)).to.deep.equal(['youth-drop-in', 'family-circle']);
  });

  it('counts each option with the other facets applied but not its own', () => {
    const { counts } = applyFacets(index, all, { audience: ['youth'], cost: ['free'] });
    // Within audience, only cost applies: youth 2, families 1 (elder line), adults 1 (circle counselling).
    expect(counts.audience).to.include({ youth: 2, families: 1, adults: 1, 'older-adults': 1, indigenous: 1 });
    // Within cost, only audience applies: both youth entries are free.
    expect(counts.cost).to.deep.equal({ free: 2 });
    // Other facets count the entries that pass both.
    expect(counts.delivery).to.deep.equal({ 'in-person': 1, text: 1, virtual: 1, phone: 0 });
    expect(counts.category).to.deep.equal({ peer: 2, family: 0, clinical: 0 });
  });

  it('treats the category as one facet among the others', () => {
    const { entries, counts } = applyFacets(index, all, { category: ['family'], language: ['fr'] });
    expect(ids(entries)).to.deep.equal(['family-circle']);
    expect(counts.category).to.deep.equal({ peer: 1, family: 1, clinical: 1 });
    expect(counts.language).to.deep.equal({ en: 1, fr: 1 });
  });

  it('ignores chosen values the catalogue does not have', () => {
    const selection = { audience: ['yuth'], region: ['Waterloo Wellington', 'Atlantis'] };
    expect(knownSelection(index, selection)).to.deep.equal({ region: ['Waterloo Wellington'] });
    expect(ids(applyFacets(index, all, { audience: ['yuth'] }).entries)).to.deep.equal(ids(all));
  });

  it('applies "Open now" as one more facet, asking only about entries it can change', () => {
    const open = new Set([0, 3, 5]);
    const asked = new Set<number>();
    const isOpen = (e: number) => (asked.add(e), open.has(e));
    const none = applyFacets(index, all, { audience: ['youth'] }, isOpen);
    expect(none.openCount).to.equal(1);
    expect(asked).to.deep.equal(new Set([0, 1]));
    const { entries, counts, openCount } = applyFacets(index, all, { open: ['now'] }, isOpen);
    expect(ids(entries)).to.deep.equal(['youth-drop-in', 'elder-line', 'circle-counselling']);
    expect(openCount).to.equal(3);
    expect(counts.audience).to.include({ youth: 1, 'older-adults': 1, indigenous: 1, '2slgbtqia': 0 });
    // Without a test (no entry has hours) the choice changes nothing.
    expect([...applyFacets(index, all, { open: ['now'] }).entries]).to.deep.equal(all);
  });

  it('counts only the matches of the query', () => {
    const searchIndex = buildIndex(resources);
    const { matches } = search(searchIndex, 'counselling');
    const { entries, counts } = applyFacets(searchIndex.facets, matches, {});
    expect(ids(entries).sort()).to.deep.equal(['circle-counselling', 'city-clinic']);
    expect(counts.audience).to.include({ adults: 2, indigenous: 1, youth: 0 });
  });

  it('agrees with a plain count on a generated directory, whatever is chosen', () => {
    const list = generateCatalogue(3000, { seed: 7 }).resources;
    const facets = buildFacetIndex(list);
    const matches = [...list.keys()].filter((e) => e % 3 !== 1).reverse();
    const selections: Selection[] = [
      {},
      { cost: ['free'] },
      { language: ['fr'], delivery: ['phone', 'text'] },
      { category: ['peer', 'clinical'], region: facets.options.region.slice(0, 3), delivery: ['virtual'] },
    ];
    for (const selection of selections) {
      const fast = applyFacets(facets, matches, selection);
      const slow = naive(list, matches, selection);
      expect([...fast.entries], JSON.stringify(selection)).to.deep.equal(slow.entries);
      for (const facet of FACETS) {
        for (const value of facets.options[facet])
          expect(fast.counts[facet][value], `${facet} ${value}`).to.equal(slow.counts(facet, value));
      }
    }
  });

  describe('with a province chosen', () => {
    const at = (id: string, areas?: string[], audiences?: string[]) =>
      ({ id, category: 'peer', name: id, description: id, ...(areas ? { areas } : {}), ...(audiences ? { audiences } : {}) }) as Resource;
    const list = [
      at('national', ['CA']),
      at('quebec', ['QC'], ['youth']),
      at('ontario', ['ON'], ['youth']),
      at('unstated'),
      at('two', ['ON', 'QC']),
    ];
    const facets = buildFacetIndex(list);
    const names = (entries: ArrayLike<number>) => Array.from(entries, (e) => list[e]!.id);

    it('keeps the entries serving it: all of Canada, that province, or no areas stated', () => {
      expect(names(applyFacets(facets, [...list.keys()], { province: ['QC'] }).entries)).to.deep.equal([
        'national',
        'quebec',
        'unstated',
        'two',
      ]);
      expect(names(applyFacets(facets, [...list.keys()], { province: ['ON'] }).entries)).to.deep.equal([
        'national',
        'ontario',
        'unstated',
        'two',
      ]);
    });

    it('counts only what serves it, and narrows nothing for all of Canada or a code that is not a province', () => {
      expect(applyFacets(facets, [...list.keys()], { province: ['QC'] }).counts.audience).to.deep.equal({ youth: 1 });
      for (const province of [[], ['CA'], ['XX']]) expect(applyFacets(facets, [...list.keys()], { province }).entries).to.have.length(5);
    });
  });
});
