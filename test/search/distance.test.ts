import { expect } from '@open-wc/testing';
import type { Resource } from '../../src/catalogue/schema.js';
import { buildIndex } from '../../src/search/build-index.js';
import { distanceKm, sortByDistance } from '../../src/search/distance.js';

const at = (id: string, lat?: number, lng?: number) =>
  ({ id, category: 'peer', name: id, description: id, ...(lat === undefined ? {} : { coordinates: { lat, lng } }) }) as Resource;

describe('distances', () => {
  it('gives the great-circle distance in kilometres', () => {
    expect(distanceKm({ lat: 43.65, lng: -79.38 }, { lat: 43.65, lng: -79.38 })).to.equal(0);
    // One degree of latitude is about 111.2 km anywhere.
    expect(distanceKm({ lat: 45, lng: -75 }, { lat: 46, lng: -75 })).to.be.closeTo(111.2, 0.1);
    // Across the date line, the short way round.
    expect(distanceKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).to.be.closeTo(111.2, 0.1);
  });

  it('sorts the located entries nearest first and keeps the others after them, in their order', () => {
    const items = [at('no-1'), at('far', 46, -75), at('no-2'), at('near', 45.1, -75)];
    const { items: sorted, km } = sortByDistance(items, { lat: 45, lng: -75 });
    expect(sorted.map((r) => r.id)).to.deep.equal(['near', 'far', 'no-1', 'no-2']);
    expect(km.get(items[3]!)).to.be.closeTo(11.1, 0.1);
    expect(km.has(items[0]!)).to.be.false;
  });

  it('tells whether a catalogue has any coordinates', () => {
    expect(buildIndex([at('a'), at('b')]).located).to.be.false;
    expect(buildIndex([at('a'), at('b', 45, -75)]).located).to.be.true;
  });
});
