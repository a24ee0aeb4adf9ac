import { expect } from '@open-wc/testing';
import { $, download, errorFor, openFileDetails, openedWith, root } from './builder-helpers.js';

const file = JSON.stringify({
  version: 1,
  crisis: { lines: [{ name: 'Sudbury Line', phone: '555-0100', areas: ['ON'], region: 'Sudbury', audiences: ['youth'] }] },
  resources: [
    { id: 'warm', category: 'peer', name: 'Warm Line', description: 'Talk.', areas: ['ON'], region: 'Sudbury' },
    { id: 'typo', category: 'peer', name: 'Typo', description: 'Oops.', areas: ['Ontario'] },
  ],
});

/** The checkbox labelled `name` in the fieldset whose legend starts with `legend`. */
function box(el: Element, legend: string, name: string): HTMLInputElement {
  const fieldset = [...root(el).querySelectorAll('fieldset')].find((f) =>
    f.querySelector('legend')?.textContent!.trim().startsWith(legend),
  );
  const label = [...(fieldset?.querySelectorAll('label') ?? [])].find((l) => l.textContent!.trim() === name);
  if (!label) throw new Error(`no "${name}" under "${legend}"`);
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
}

describe('<support-finder-builder>: provinces and territories served', () => {
  it('offers all of Canada and the thirteen by name, ticks the entry’s own, and writes what is ticked', async () => {
    const el = await openedWith('areas.json', file);
    const legend = 'Provinces and territories served';
    expect(box(el, legend, 'Ontario').checked).to.be.true;
    expect(box(el, legend, 'All of Canada').checked).to.be.false;
    expect(root(el).querySelectorAll('#f-areas-13')).to.have.length(1);
    box(el, legend, 'Quebec').click();
    await el.updateComplete;
    const saved = JSON.parse(await download(el, '#download-json'));
    expect(saved.resources[0].areas).to.deep.equal(['ON', 'QC']);
    // Written where docs/CATALOGUE.md puts it, before the local area.
    expect(Object.keys(saved.resources[0]).indexOf('areas')).to.equal(Object.keys(saved.resources[0]).indexOf('region') - 1);
  });

  it('shows a code that is not one of the fourteen, ticked, with its problem, so it can be unticked', async () => {
    const el = await openedWith('areas.json', file);
    $(el, '.entry-list li:nth-child(2) button').click();
    await el.updateComplete;
    const ontario = box(el, 'Provinces and territories served', 'Ontario');
    expect(errorFor(el, '#f-areas-0')).to.contain('must be one of CA, AB');
    expect(ontario.checked).to.be.false;
    const unknown = root(el).querySelector<HTMLInputElement>('#f-areas-14')!;
    expect(unknown.checked).to.be.true;
    unknown.click();
    ontario.click();
    await el.updateComplete;
    expect(errorFor(el, '#f-areas-0')).to.equal('');
    expect(JSON.parse(await download(el, '#download-json')).resources[1].areas).to.deep.equal(['ON']);
  });

  it('gives each crisis line the same choice, in French too, and keeps the line’s audiences', async () => {
    const el = await openedWith('areas.json', file, 'application/json', 'fr');
    await openFileDetails(el);
    const legend = 'Provinces et territoires desservis';
    expect($<HTMLInputElement>(el, '#f-line-0-areas-9').checked).to.be.true;
    box(el, legend, 'Tout le Canada').click();
    await el.updateComplete;
    expect(box(el, legend, 'Québec').checked).to.be.false;
    const line = JSON.parse(await download(el, '#download-json')).crisis.lines[0];
    expect(line.areas).to.deep.equal(['ON', 'CA']);
    expect(line.region).to.equal('Sudbury');
    expect(line.audiences).to.deep.equal(['youth']);
  });
});
