import { expect } from '@open-wc/testing';
import builtin from '../../data/catalogue.json';
import set from '../fixtures/relevance-set.json';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { buildIndex, type SearchIndex } from '../../src/search/build-index.js';
import { search } from '../../src/search/query.js';

type Case = [catalogue: string, query: string, mode: 'top3' | 'all', entries: string[]];

// The examples are fetched as a site fetches them: other tests fetch them too, and the test server then serves them as plain JSON, not as modules.
const catalogues: Record<string, Catalogue> = { builtin: builtin as unknown as Catalogue };
before(async () => {
  for (const name of ['branch', 'pei', 'quebec']) {
    catalogues[name] = (await (await fetch(new URL(`../../data/examples/${name}-catalogue.json`, import.meta.url))).json()) as Catalogue;
  }
});
const indexes = new Map<string, SearchIndex>();
const indexOf = (name: string) => {
  if (!indexes.has(name)) indexes.set(name, buildIndex(catalogues[name]!.resources, catalogues[name]!.synonyms));
  return indexes.get(name)!;
};

/** Why a case fails, or '' when it passes. */
function judge([catalogue, query, mode, entries]: Case): string {
  const found = search(indexOf(catalogue), query).items.map((r) => r.id);
  const looked = mode === 'top3' ? found.slice(0, 3) : found;
  const missing = entries.filter((id) => !looked.includes(id));
  return missing.length
    ? `${missing.join(', ')} not ${mode === 'top3' ? 'in the top 3' : 'listed'} (top 3: ${found.slice(0, 3).join(', ')})`
    : '';
}

describe('the relevance set: what people type, and what they should find', () => {
  const cases = set.queries as Case[];

  it('holds at least 60 queries, in both languages, on the built-in and example catalogues', () => {
    expect(cases.length).to.be.at.least(60);
    expect(new Set(cases.map((c) => c[0]))).to.have.keys('builtin', 'branch', 'pei', 'quebec');
    expect(cases.some((c) => /[éèàç]/.test(c[1]))).to.be.true;
  });

  it('finds every case as expected, and prints its score', () => {
    const failures = cases.map((c) => [c, judge(c)] as const).filter(([, why]) => why);
    // The score, for anyone tuning the ranking: it shows in the test runner's output.
    console.log(`Relevance set: ${cases.length - failures.length} of ${cases.length} queries as expected.`);
    expect(failures.map(([c, why]) => `${c[0]} "${c[1]}": ${why}`)).to.deep.equal([]);
  });

  for (const c of cases.filter(([, q]) => ['caregiver burnout', 'aidant épuisé', 'parent support group', 'youth', 'jeunes'].includes(q))) {
    it(`answers the issue's own example "${c[1]}"`, () => {
      expect(judge(c)).to.equal('');
    });
  }

  it('ranks a typed word found in a name above a lay word’s synonym', () => {
    const found = search(indexOf('builtin'), 'caregiver burnout').items.map((r) => r.id);
    expect(found.indexOf('ontario-caregiver-helpline')).to.be.below(found.indexOf('here2talk-bc') >>> 0);
    expect(found.slice(0, 3)).to.not.include.members(['here2talk-bc', 'good2talk']);
  });

  it('lists every youth entry for "youth", as the filter beside it counts them', () => {
    const youth = catalogues.builtin!.resources.filter((r) => r.audiences?.includes('youth')).map((r) => r.id);
    expect(search(indexOf('builtin'), 'youth').items.map((r) => r.id)).to.include.members(youth);
    expect(youth).to.have.length(11);
  });
});
