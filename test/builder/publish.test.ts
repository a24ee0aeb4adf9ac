import { expect } from '@open-wc/testing';
import { builder, fixtureText, openedWith } from './builder-helpers.js';

describe('the catalogue a page publishes from the builder (catalogueToPublish)', () => {
  it('holds the entries the preview shows and counts the ones left out for their problems', async () => {
    const el = await openedWith('one-bad-entry.json', await fixtureText('one-bad-entry.json'));
    const { catalogue, leftOut } = el.catalogueToPublish();
    expect(catalogue.version).to.equal(1);
    expect(catalogue.resources.map((r) => r.id)).to.deep.equal(['good-one', 'good-two']);
    expect(leftOut).to.equal(1);
  });

  it('is empty before anything is opened', async () => {
    const el = await builder();
    const { catalogue, leftOut } = el.catalogueToPublish();
    expect(catalogue.resources).to.deep.equal([]);
    expect(leftOut).to.equal(0);
  });
});
