import { expect } from '@open-wc/testing';
import { csvToCatalogue } from '../../src/catalogue/csv.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { builtinCatalogue } from '../../src/catalogue/builtin.js';
import { $, builder, download, downloadBytes, fixtureText, focused, openedWith, retype, root } from './builder-helpers.js';

describe('<support-finder-builder>: downloading', () => {
  it('writes the built-in catalogue back unchanged, as a valid file', async () => {
    const el = await builder();
    el.startFromBuiltin();
    await el.updateComplete;
    const json = JSON.parse(await download(el, '#download-json'));
    const { catalogue, problems } = parseCatalogue(json);
    expect(problems).to.deep.equal([]);
    expect(catalogue!.resources).to.deep.equal(builtinCatalogue.resources);
    expect(json.version).to.equal(1);
    expect(json.updated).to.equal(builtinCatalogue.updated);
  });

  it('includes an edit made a moment ago, and the file validates with no errors', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    await retype(el, '#f-name-en', 'Peer Warm Line (evenings)');
    const audience = root(el).querySelector<HTMLInputElement>('#f-audiences-1')!;
    audience.click();
    const cost = $<HTMLSelectElement>(el, '#f-cost');
    cost.value = 'free';
    cost.dispatchEvent(new Event('change'));
    await retype(el, '#f-tags', 'peer; evenings');
    await retype(el, '#f-address-province', 'ON');
    const json = JSON.parse(await download(el, '#download-json'));
    const { catalogue, problems } = parseCatalogue(json);
    expect(problems).to.deep.equal([]);
    expect(catalogue!.title).to.deep.equal({ en: 'Test Branch supports', fr: 'Ressources de la section test' });
    expect(catalogue!.crisis!.lines).to.have.length(1);
    expect(catalogue!.resources[0]).to.deep.include({
      name: { en: 'Peer Warm Line (evenings)', fr: 'Ligne chaleureuse entre pairs' },
      audiences: ['youth'],
      cost: 'free',
      tags: ['peer', 'evenings'],
      address: { province: 'ON' },
    });
    expect(Object.keys(json.resources[0])).to.not.include('hours');
  });

  it('writes a spreadsheet that reads back into the same entries', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    const bytes = await downloadBytes(el, '#download-csv');
    // A byte-order mark, so that Excel reads the accents right.
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    const back = csvToCatalogue(csv);
    expect(back.rejected).to.deep.equal([]);
    expect(back.catalogue.resources.map((r) => r.id)).to.deep.equal(['warm-line', 'family-group', 'therapy-clinic']);
    expect(back.catalogue.resources[0].website).to.equal('https://example.org/warm');
  });

  describe('when an entry has problems', () => {
    it('keeps it in the file, says so, and leads to it', async () => {
      const el = await openedWith('one-bad-entry.json', await fixtureText('one-bad-entry.json'));
      const json = JSON.parse(await download(el, '#download-json'));
      expect(json.resources.map((r: { id: string }) => r.id)).to.deep.equal(['good-one', 'youth-drop-in', 'good-two']);
      const warning = $(el, '.download .warning');
      expect(warning.textContent).to.contain('1 entry has problems');
      warning.querySelector('button')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect($(el, '#edit-heading').textContent).to.contain('Youth Drop-in');
      expect(focused(el)).to.equal($(el, '#error-summary'));
    });
  });
});
