import { expect } from '@open-wc/testing';
import { createCatalogueSplitter } from '../../src/catalogue/split-catalogue.js';

const never = () => undefined;

/** Feeds `text` in pieces of `size` characters, as a download would arrive. */
async function split(text: string, size = 7) {
  const splitter = createCatalogueSplitter();
  const batches: string[] = [];
  for (let i = 0; i < text.length; i += size) batches.push(...splitter.push(text.slice(i, i + size)));
  const last = await splitter.end(never);
  if (!last) return null;
  return { rest: JSON.parse(splitter.rest()), entries: [...batches, ...last].flatMap((b) => JSON.parse(`[${b}]`)), batches: batches.length + last.length };
}

describe('splitting a catalogue file into batches of entries', () => {
  const catalogue = {
    version: 1,
    title: { en: 'A "quoted" title with ] and }, {"id": too' },
    resources: [
      { id: 'a', name: 'Brackets ] } [ { and }, {"id": in text', tags: ['back\\slash', 'quote \\" end'] },
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

  it('gives up on anything that is not one object with one list of resources', async () => {
    for (const text of [
      '[{"id":"a"}]',
      '{"version":1}',
      '{"resources":{"id":"a"}}',
      '{"resources":[],"resources":[]}',
      '{"resources":[{"id":"a"}',
      '{"resources":[{"id":"a"}]} trailing',
      '',
    ]) {
      expect(await split(text), text).to.equal(null);
    }
  });
});
