import { expect } from '@open-wc/testing';
import { loadCatalogue } from '../../src/catalogue/load.js';
import { loadCatalogueInSlices } from '../../src/catalogue/load-catalogue-in-slices.js';

function served(value: unknown): string {
  return URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));
}

async function failure(load: Promise<unknown>): Promise<string> {
  try {
    await load;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no error';
}

describe('loading a catalogue in slices', () => {
  it('gives what loadCatalogue gives for a good file and for one with bad entries', async () => {
    for (const url of ['/test/fixtures/good.json', '/test/fixtures/one-bad-entry.json']) {
      const sliced = await loadCatalogueInSlices(url);
      const whole = await loadCatalogue(url);
      expect(sliced.catalogue).to.deep.equal(whole.catalogue);
      expect(sliced.problems).to.deep.equal(whole.problems);
    }
  });

  it('numbers bad entries and repeated ids across slices as in the file', async () => {
    const resources = Array.from({ length: 250 }, (_, i) => ({ id: `r${i}`, category: 'peer', name: `R ${i}`, description: 'Fine.' }));
    resources[180] = { ...resources[180]!, category: 'nonsense' };
    resources[230] = { ...resources[230]!, id: 'r5' };
    const url = served({ version: 1, resources });
    const sliced = await loadCatalogueInSlices(url);
    const whole = await loadCatalogue(url);
    expect(sliced.catalogue!.resources.map((r) => r.id)).to.deep.equal(whole.catalogue!.resources.map((r) => r.id));
    expect(sliced.problems.map((p) => p.path)).to.deep.equal(whole.problems.map((p) => p.path));
    expect(sliced.problems.map((p) => p.message)).to.deep.equal(whole.problems.map((p) => p.message));
    URL.revokeObjectURL(url);
  });

  it('fails as loadCatalogue does on broken, wrong and missing files', async () => {
    for (const url of ['/test/fixtures/broken.json', '/test/fixtures/wrong-root.json', '/test/fixtures/does-not-exist.json', served('{"version": 2, "resources": []}')]) {
      expect(await failure(loadCatalogueInSlices(url)), url).to.equal(await failure(loadCatalogue(url)));
    }
  });

  it('asks for a missing file once, not again to word the error', async () => {
    const url = '/test/fixtures/does-not-exist.json';
    // Counted on the way to the real fetch, which still answers.
    const realFetch = window.fetch;
    let asked = 0;
    window.fetch = (...args) => (asked++, realFetch(...args));
    try {
      expect(await failure(loadCatalogueInSlices(url))).to.match(/could not fetch .* the server answered 404/);
    } finally {
      window.fetch = realFetch;
    }
    expect(asked).to.equal(1);
  });
});
