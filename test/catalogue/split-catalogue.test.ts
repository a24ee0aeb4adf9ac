import { expect } from '@open-wc/testing';
import { createCatalogueSplitter, SplitError } from '../../src/catalogue/split-catalogue.js';

/** Feeds `text` in pieces of `size` characters, as a download would arrive. */
async function split(text: string, size = 7) {
  const splitter = createCatalogueSplitter();
  const batches: string[] = [];
  for (let i = 0; i < text.length; i += size) batches.push(...splitter.push(text.slice(i, i + size)));
  const whileDownloading = batches.length;
  batches.push(...splitter.end());
  return {
    rest: JSON.parse(splitter.rest()),
    entries: batches.flatMap((b) => JSON.parse(`[${b}]`)),
    batches: batches.length,
    whileDownloading,
    repeated: splitter.repeatedFields,
  };
}

async function failure(text: string): Promise<SplitError | undefined> {
  try {
    await split(text);
  } catch (error) {
    if (error instanceof SplitError) return error;
    throw error;
  }
  return undefined;
}

describe('splitting a catalogue file into batches of entries', () => {
  const catalogue = {
    version: 1,
    title: { en: 'A "quoted" title with ] and }, {"id": too' },
    resources: [
      { id: 'a', name: 'Brackets ] } [ { and }, {"id": in text', tags: ['back\\slash', 'quote \\" end', 'ends in \\', '\\\\"'] },
      { id: 'b', name: 'Nested', address: { city: 'Montréal' }, coordinates: { lat: 45.5, lng: -73.6 } },
      { name: 'No id first', id: 'c' },
      { id: 'd', name: 'ᐃᓄᒃᑎᑐᑦ \u2028 emoji 🙂' },
    ],
    crisis: { lines: [{ name: 'Line', phone: '988' }] },
  };

  it('finds every entry, whatever its strings hold, and keeps the rest of the file', async () => {
    for (const text of [JSON.stringify(catalogue), JSON.stringify(catalogue, null, 2)]) {
      for (const size of [1, 7, 1000]) {
        const parts = await split(text, size);
        expect(parts!.entries).to.deep.equal(catalogue.resources);
        expect(parts!.rest).to.deep.equal({ ...catalogue, resources: [] });
      }
    }
  });

  it('cuts a long list into many batches while it downloads', async () => {
    const resources = Array.from({ length: 3000 }, (_, i) => ({ id: `r${i}`, name: `Entry ${i}`, description: 'x'.repeat(50) }));
    const parts = await split(JSON.stringify({ version: 1, resources }), 4096);
    expect(parts!.entries).to.deep.equal(resources);
    expect(parts!.batches).to.be.greaterThan(2);
  });

  it('handles an empty list and a list given first', async () => {
    expect((await split('{"resources":[],"version":1}'))!.entries).to.deep.equal([]);
    expect((await split('{ "resources" : [ {"id":"x"} ] , "version" : 1 }'))!.entries).to.deep.equal([{ id: 'x' }]);
  });

  it('gives up on anything that is not one whole JSON object', async () => {
    for (const text of ['[{"id":"a"}]', '{"resources":[{"id":"a"}', '{"resources":[{"id":"a"}]} trailing', '{"resources":[}]}', '']) {
      expect(await failure(text), text).to.be.instanceOf(SplitError);
    }
  });

  it('hands a file without a list of resources on whole, for the checks to word', async () => {
    for (const value of [{ version: 1 }, { version: 1, resources: { id: 'a' } }]) {
      const parts = await split(JSON.stringify(value));
      expect(parts.entries).to.deep.equal([]);
      expect(parts.rest).to.deep.equal(value);
    }
  });

  it('cuts entries whose keys are sorted alphabetically while they download, not only at the end', async () => {
    const resources = Array.from({ length: 3000 }, (_, i) => ({
      category: 'peer',
      description: 'x'.repeat(50),
      id: `r${i}`,
      name: `Entry ${i}`,
    }));
    const parts = await split(JSON.stringify({ resources, version: 1 }), 4096);
    expect(parts.entries).to.deep.equal(resources);
    expect(parts.whileDownloading).to.be.greaterThan(2);
  });
});

describe('reading key names as JSON.parse does', () => {
  it('finds the list of resources under an escaped name', async () => {
    const parts = await split('{"version":1,"resourc\\u0065s":[{"id":"a"}]}');
    expect(parts.entries).to.deep.equal([{ id: 'a' }]);
  });

  it('refuses a file with its list of resources written twice, escaped or not', async () => {
    for (const text of ['{"resources":[],"resources":[{"id":"b"}]}', '{"resources":[{"id":"a"}],"resourc\\u0065s":[]}']) {
      const error = await failure(text);
      expect(error?.path, text).to.deep.equal([]);
      expect(error?.message).to.match(/^has the field "resources" twice/);
    }
  });

  it('marks an entry with a field written twice, naming where', async () => {
    const parts = await split('{"resources":[{"id":"a"},{"id":"b","address":{"city":"X","cit\\u0079":"Y"}},{"id":"c","id":"d"}]}');
    expect([...parts.repeated.keys()]).to.deep.equal([1, 2]);
    expect(parts.repeated.get(1)!.path).to.deep.equal(['resources', 1, 'address']);
    expect(parts.repeated.get(1)!.message).to.match(/has the field "city" twice/);
    expect(parts.repeated.get(2)!.path).to.deep.equal(['resources', 2]);
  });

  it('refuses nesting deeper than the CLI reads', async () => {
    const error = await failure(`{"resources":[${'['.repeat(100)}${']'.repeat(100)}]}`);
    expect(error?.path.slice(0, 3)).to.deep.equal(['resources', 0, 0]);
    expect(error?.message).to.match(/nested too deeply/);
  });
});
