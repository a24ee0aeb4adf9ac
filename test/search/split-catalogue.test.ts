import { expect } from '@open-wc/testing';
import { splitCatalogue } from '../../src/search/split-catalogue.js';

const never = () => undefined;

async function split(text: string) {
  const parts = await splitCatalogue(text, never);
  if (!parts) return null;
  const entries: unknown[] = [];
  for (let i = 0; i < parts.entries.length; i += 2) entries.push(JSON.parse(text.slice(parts.entries[i], parts.entries[i + 1])));
  return { head: JSON.parse(parts.head), entries };
}

describe('splitting a catalogue file into its entries', () => {
  it('finds each entry, whatever its strings hold, and keeps the rest of the file', async () => {
    const catalogue = {
      version: 1,
      title: { en: 'A "quoted" title with ] and }' },
      resources: [
        { id: 'a', name: 'Brackets ] } [ { in text', tags: ['back\\slash', 'quote \\" end'] },
        { id: 'b', name: 'Nested', address: { city: 'Montréal' }, coordinates: { lat: 45.5, lng: -73.6 } },
        { id: 'c', name: 'ᐃᓄᒃᑎᑐᑦ \u2028 emoji 🙂' },
      ],
      crisis: { lines: [{ name: 'Line', phone: '988' }] },
    };
    for (const text of [JSON.stringify(catalogue), JSON.stringify(catalogue, null, 2)]) {
      const parts = await split(text);
      expect(parts!.entries).to.deep.equal(catalogue.resources);
      expect(parts!.head).to.deep.equal({ ...catalogue, resources: [] });
    }
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
